import type { Persona } from "../fixture.ts";
import { only, type MatrixRow, type Outcome } from "../types.ts";

/** Store procedures: the STORE_OWNER role (the fixture's two artists each own a store); buyers and admins without it are refused. */
const storeOwners: Record<Persona, Outcome> = { anonymous: "UNAUTHORIZED", buyer: "FORBIDDEN", owner: "OK", otherArtist: "OK", admin: "FORBIDDEN" };
/** One store's listing: only its owner; another store owner gets NOT_FOUND (ids cannot be probed). */
const thisStoreOnly: Record<Persona, Outcome> = { anonymous: "UNAUTHORIZED", buyer: "FORBIDDEN", owner: "OK", otherArtist: "NOT_FOUND", admin: "FORBIDDEN" };
/** The artist's own shop: any artist for their own; another artist's listing (or artwork) is NOT_FOUND. */
const anyArtist: Record<Persona, Outcome> = { anonymous: "UNAUTHORIZED", buyer: "FORBIDDEN", owner: "OK", otherArtist: "OK", admin: "FORBIDDEN" };
const artworkArtistOnly: Record<Persona, Outcome> = {
  anonymous: "UNAUTHORIZED",
  buyer: "FORBIDDEN",
  owner: "OK",
  otherArtist: "NOT_FOUND",
  admin: "FORBIDDEN",
};
/** A store's listing through the artist's shop procedures: even the artwork's own artist cannot edit a store's prices. */
const noArtistEditsAStore: Record<Persona, Outcome> = {
  anonymous: "UNAUTHORIZED",
  buyer: "FORBIDDEN",
  owner: "NOT_FOUND",
  otherArtist: "NOT_FOUND",
  admin: "FORBIDDEN",
};

let n = 0;
const application = () => ({
  name: `Matrix Prints ${++n}`,
  description: "Prints of contemporary painting for small flats.",
  reason: "We run a print shop and want to sell licensed work.",
});

export const rows: MatrixRow[] = [
  { path: "store.myApplication", input: () => undefined, expect: only.signedIn },
  // the fixture's artists already own a store; buyer and admin submit one application each (withdrawn by the next row)
  {
    path: "store.submitApplication",
    input: application,
    expect: { anonymous: "UNAUTHORIZED", buyer: "OK", owner: "PRECONDITION_FAILED", otherArtist: "PRECONDITION_FAILED", admin: "OK" },
  },
  {
    path: "store.withdrawApplication",
    input: () => undefined,
    expect: { anonymous: "UNAUTHORIZED", buyer: "OK", owner: "PRECONDITION_FAILED", otherArtist: "PRECONDITION_FAILED", admin: "OK" },
  },
  { path: "store.mine", input: () => undefined, expect: storeOwners },
  { path: "store.sales", input: () => undefined, expect: storeOwners },
  { path: "store.listable", input: () => ({}), expect: storeOwners },
  // a buyer cannot list; any store owner may list a work whose artist allows stores
  {
    path: "store.createListing",
    input: async (fx) => ({ artworkId: (await fx.newListableArtwork()).id, variantCode: "poster-a3", price: "30" }),
    expect: storeOwners,
  },
  {
    path: "store.updateListing",
    input: async (fx) => ({ listingId: (await fx.newListing("ownerStore")).id, price: "32", discount: "5" }),
    expect: thisStoreOnly,
  },
  { path: "store.setListingStatus", input: async (fx) => ({ listingId: (await fx.newListing("ownerStore")).id, status: "PAUSED" }), expect: thisStoreOnly },
  { path: "store.onboardingLink", input: () => undefined, expect: storeOwners },
  { path: "store.refreshPayments", input: () => undefined, expect: storeOwners },
  // the Stripe dashboard opens only after onboarding; the fixture's store owners have not onboarded
  {
    path: "store.dashboardLink",
    input: () => undefined,
    expect: { anonymous: "UNAUTHORIZED", buyer: "FORBIDDEN", owner: "PRECONDITION_FAILED", otherArtist: "PRECONDITION_FAILED", admin: "FORBIDDEN" },
  },
  { path: "store.bySlug", input: (fx) => ({ slug: fx.stores.owner.slug }), expect: only.everyone },
  { path: "store.list", input: () => undefined, expect: only.everyone },

  { path: "admin.storeApplication.list", input: () => ({}), expect: only.admin },
  { path: "admin.storeApplication.get", input: async (fx) => ({ id: (await fx.newPendingStoreApplication()).id }), expect: only.admin },
  { path: "admin.storeApplication.approve", input: async (fx) => ({ id: (await fx.newPendingStoreApplication()).id }), expect: only.admin },
  {
    path: "admin.storeApplication.reject",
    input: async (fx) => ({ id: (await fx.newPendingStoreApplication()).id, reason: "We are not taking new stores this month." }),
    expect: only.admin,
  },

  { path: "shop.mine", input: () => undefined, expect: anyArtist },
  { path: "shop.listable", input: () => ({}), expect: anyArtist },
  { path: "shop.stores", input: () => undefined, expect: anyArtist },
  {
    path: "shop.create",
    input: async (fx) => ({ artworkId: (await fx.newListableArtwork()).id, variantCode: "poster-a3", price: "30" }),
    expect: artworkArtistOnly,
  },
  { path: "shop.update", input: async (fx) => ({ listingId: (await fx.newListing("ownerShop")).id, price: "32" }), expect: artworkArtistOnly },
  { path: "shop.update", input: async (fx) => ({ listingId: (await fx.newListing("otherStore")).id, price: "5.01" }), expect: noArtistEditsAStore },
  { path: "shop.setStatus", input: async (fx) => ({ listingId: (await fx.newListing("ownerShop")).id, status: "REMOVED" }), expect: artworkArtistOnly },
  { path: "shop.setStatus", input: async (fx) => ({ listingId: (await fx.newListing("ownerStore")).id, status: "REMOVED" }), expect: noArtistEditsAStore },
  { path: "shop.byArtist", input: (fx) => ({ slug: fx.artistProfiles.owner.slug }), expect: only.everyone },
  { path: "shop.ofArtwork", input: async (fx) => ({ artworkId: (await fx.newListing("ownerStore")).artworkId }), expect: only.everyone },
];
