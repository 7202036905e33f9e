import type { Db } from "@atelier/db";
import type { Fixture } from "../fixture.ts";
import { only, type MatrixRow } from "../types.ts";

let n = 0;

/** A published original of a payable artist (its own seller, so the personas' accounts stay as other rows expect) — or of `owner`. */
async function forSale(fx: Fixture, by: "seller" | "owner" = "seller") {
  const k = ++n;
  const profile =
    by === "owner"
      ? { id: fx.artistProfiles.owner.id, userId: fx.users.owner.id }
      : await fx.db.artistProfile.create({
          data: {
            displayName: `Matrix Seller ${k}`,
            slug: `matrix-seller-${k}-${Date.now()}`,
            user: { create: { name: "Matrix Seller", email: `matrix-seller-${k}-${Date.now()}@test.atelier`, roles: { create: [{ role: "ARTIST" }] } } },
          },
          select: { id: true, userId: true },
        });
  if (by === "seller") {
    await fx.db.connectAccount.create({
      data: {
        userId: profile.userId,
        stripeAccountId: `acct_matrix_${k}_${Date.now()}`,
        country: "IE",
        detailsSubmitted: true,
        chargesEnabled: true,
        payoutsEnabled: true,
      },
    });
  }
  return fx.db.artwork.create({
    data: {
      artistId: profile.id,
      slug: `matrix-sale-${k}-${Date.now()}`,
      title: `Matrix Sale ${k}`,
      medium: "Oil on canvas",
      widthTenths: 500,
      heightTenths: 700,
      priceAmount: 120_000,
      currency: "EUR",
      status: "PUBLISHED",
      publishedAt: new Date(),
    },
    select: { id: true },
  });
}

/** An item in the cart of a user none of the personas is. */
async function strangersCartItem(fx: Fixture) {
  const art = await forSale(fx);
  const stranger = await fx.db.user.create({
    data: { name: "Stranger", email: `stranger-${++n}-${Date.now()}@test.atelier`, roles: { create: [{ role: "BUYER" }] } },
  });
  const cart = await fx.db.cart.create({ data: { userId: stranger.id } });
  const item = await fx.db.cartItem.create({ data: { cartId: cart.id, artworkId: art.id } });
  return item.id;
}

/** A closed (CANCELLED) order of `buyerId`: status and cancel answer it without touching Stripe. */
async function closedOrder(db: Db, fx: Fixture, buyerId: string) {
  const art = await fx.newArtwork({ status: "PUBLISHED" });
  const order = await db.order.create({
    data: {
      number: `AT-MX${String(++n).padStart(6, "0")}`,
      buyerId,
      currency: "EUR",
      status: "CANCELLED",
      itemsAmount: 120_000,
      shippingAmount: 0,
      totalAmount: 120_000,
      commissionAmount: 60_000,
      shipTo: "IE",
      expiresAt: new Date(),
      items: {
        create: [
          {
            artworkId: art.id,
            sellerId: fx.users.owner.id,
            title: "Matrix order work",
            kind: "ORIGINAL",
            quantity: 1,
            unitAmount: 120_000,
            subtotalAmount: 120_000,
            shippingAmount: 0,
            commissionBps: 5000,
            commissionAmount: 60_000,
            artistAmount: 60_000,
            status: "RELEASED",
          },
        ],
      },
    },
  });
  return order.id;
}

const notFoundForAll = { anonymous: "NOT_FOUND", buyer: "NOT_FOUND", owner: "NOT_FOUND", otherArtist: "NOT_FOUND", admin: "NOT_FOUND" } as const;
const buyersOwn = { anonymous: "UNAUTHORIZED", buyer: "OK", owner: "NOT_FOUND", otherArtist: "NOT_FOUND", admin: "NOT_FOUND" } as const;

export const rows: MatrixRow[] = [
  // the cart is open to visitors (their cookie's cart); nobody reaches another person's cart items
  { path: "cart.get", input: () => undefined, expect: only.everyone },
  { path: "cart.count", input: () => undefined, expect: only.everyone },
  {
    // an artist cannot put their own work in a cart
    path: "cart.add",
    input: async (fx, persona) => ({ artworkId: (await forSale(fx, persona === "owner" ? "owner" : "seller")).id }),
    expect: { anonymous: "OK", buyer: "OK", owner: "BAD_REQUEST", otherArtist: "OK", admin: "OK" },
  },
  {
    // a store owner cannot buy their own store's product (the owner persona owns the store); anyone else may
    path: "cart.addProduct",
    input: async (fx) => ({ listingId: (await fx.newListing("ownerStore")).id }),
    expect: { anonymous: "OK", buyer: "OK", owner: "CONFLICT", otherArtist: "OK", admin: "OK" },
  },
  { path: "cart.setQuantity", input: async (fx) => ({ itemId: await strangersCartItem(fx), quantity: 1 }), expect: notFoundForAll },
  { path: "cart.remove", input: async (fx) => ({ itemId: await strangersCartItem(fx) }), expect: notFoundForAll },
  { path: "cart.setShipTo", input: () => ({ country: "FR" }), expect: only.everyone },
  {
    // an agent's hold is for a signed-in buyer (never a visitor); nobody holds their own work
    path: "cart.hold",
    input: async (fx, persona) => ({ artworkId: (await forSale(fx, persona === "owner" ? "owner" : "seller")).id }),
    expect: { anonymous: "UNAUTHORIZED", buyer: "OK", owner: "BAD_REQUEST", otherArtist: "OK", admin: "OK" },
  },
  { path: "cart.holds", input: () => undefined, expect: only.signedIn },
  {
    // signed-in buyers only; these personas' carts hold nothing in JPY
    path: "checkout.create",
    input: () => ({ currency: "JPY" }),
    expect: { anonymous: "UNAUTHORIZED", buyer: "BAD_REQUEST", owner: "BAD_REQUEST", otherArtist: "BAD_REQUEST", admin: "BAD_REQUEST" },
  },
  { path: "checkout.status", input: (fx) => closedOrder(fx.db, fx, fx.users.buyer.id).then((orderId) => ({ orderId })), expect: buyersOwn },
  { path: "checkout.cancel", input: (fx) => closedOrder(fx.db, fx, fx.users.buyer.id).then((orderId) => ({ orderId })), expect: buyersOwn },
];
