import { drainJobs } from "@atelier/jobs";
import { describe, expect, it } from "vitest";
import { callerAs, makeUser, useTestDatabase } from "../harness.ts";
import { makeArtwork } from "../orders/fixtures.ts";
import { outcomeOf } from "../orders/helpers.ts";
import { approvedStoreOwner, artistAllowingStores } from "./helpers.ts";

const h = useTestDatabase();

describe("store applications", () => {
  it("a buyer applies, an admin approves: STORE_OWNER role, a store with a slug, an audit entry and mails both ways", async () => {
    const { user, store, applicationId } = await approvedStoreOwner(h.db, "Harbour & Co. Prints");
    expect(store.slug).toBe("harbour-co-prints");
    const roles = await h.db.userRole.findMany({ where: { userId: user.id }, select: { role: true } });
    expect(roles.map((r) => r.role).sort()).toEqual(["BUYER", "STORE_OWNER"]);
    const row = await h.db.store.findUniqueOrThrow({ where: { ownerUserId: user.id } });
    expect(row).toMatchObject({ name: "Harbour & Co. Prints", website: "https://harbour.example.org" });
    expect(await h.db.auditLog.count({ where: { targetId: applicationId, action: "store-application.approve" } })).toBe(1);
    const mails = await h.db.emailOutbox.findMany({ where: { toEmail: user.email }, orderBy: { createdAt: "asc" }, select: { template: true } });
    expect(mails.map((m) => m.template)).toEqual(["store-application-submitted", "store-application-approved"]);
    // a second application from someone who has a store is refused
    expect(
      (await outcomeOf((await callerAs(h.db, user.id)).store.submitApplication({ name: "Again", description: "x".repeat(30), reason: "y".repeat(30) }))).code,
    ).toBe("PRECONDITION_FAILED");
  });

  it("a rejected applicant is told why; two applications at once are one; bad input writes nothing", async () => {
    const user = await makeUser(h.db, ["BUYER"]);
    const admin = await makeUser(h.db, ["ADMIN", "BUYER"]);
    const api = await callerAs(h.db, user.id);
    const bad = await outcomeOf(api.store.submitApplication({ name: "A", description: "short", reason: "", website: "not a url" }));
    expect(bad.code).toBe("BAD_REQUEST");
    expect(Object.keys(bad.fields).sort()).toEqual(["description", "name", "reason", "website"]);
    expect(await h.db.storeApplication.count({ where: { userId: user.id } })).toBe(0);

    const input = { name: "Quay Editions", description: "Small prints of big skies, framed by hand.", reason: "We sell to visitors of our gallery in Cobh." };
    const both = await Promise.all([outcomeOf(api.store.submitApplication(input)), outcomeOf(api.store.submitApplication(input))]);
    expect(both.map((o) => o.code).sort()).toEqual(["CONFLICT", "OK"]);
    const app = await h.db.storeApplication.findFirstOrThrow({ where: { userId: user.id } });
    await (await callerAs(h.db, admin.id)).admin.storeApplication.reject({ id: app.id, reason: "We need a website that shows your shop." });
    await drainJobs(h.db);
    const mine = await api.store.myApplication();
    expect(mine).toMatchObject({ application: { status: "REJECTED", rejectionReason: "We need a website that shows your shop." }, store: null });
    const mail = await h.db.emailOutbox.findFirstOrThrow({ where: { toEmail: user.email, template: "store-application-rejected" } });
    expect(mail.text).toContain("We need a website that shows your shop.");
    expect(await h.db.userRole.count({ where: { userId: user.id, role: "STORE_OWNER" } })).toBe(0);
  });
});

describe("listings keep the artist's terms", () => {
  it("a store lists a print within the terms; every way out of them is a field error that writes nothing", async () => {
    const { api } = await approvedStoreOwner(h.db);
    const { artwork } = await artistAllowingStores(h.db);
    const listing = await api.store.createListing({ artworkId: artwork.id, variantCode: "poster-a3", price: "30", discount: "20" });
    expect(listing).toMatchObject({ seller: "STORE", status: "ACTIVE", unitAmount: 3_000, discountBps: 2_000, saleAmount: 2_400, currency: "EUR" });
    expect(listing.product).toMatchObject({ typeCode: "poster", variantCode: "poster-a3" });
    // the dashboard says where a sale's €24.00 goes: €7.50 to the lab, 10% royalty, 10% fee, the rest to the store (to the cent)
    const [mine] = (await api.store.mine()).listings;
    expect(mine!.earnings).toEqual({ chargedAmount: 2_400, productionAmount: 750, creatorAmount: 240, platformFeeAmount: 240, storeAmount: 1_170 });

    const refused = async (input: Parameters<typeof api.store.createListing>[0]) => {
      const o = await outcomeOf(api.store.createListing(input));
      expect(o.code).toBe("BAD_REQUEST");
      return o.fields;
    };
    // under the €20 floor
    expect(Object.keys(await refused({ artworkId: artwork.id, variantCode: "giclee-a4", price: "19.99" }))).toEqual(["price"]);
    // 25% off when the cap is 20%
    expect(Object.keys(await refused({ artworkId: artwork.id, variantCode: "giclee-a4", price: "40", discount: "25" }))).toEqual(["discount"]);
    // 20% off €21 is €16.80, under the floor
    expect(Object.keys(await refused({ artworkId: artwork.id, variantCode: "giclee-a4", price: "21", discount: "20" }))).toEqual(["discount"]);
    // the artist licenses posters, prints and postcards, not T-shirts
    expect((await refused({ artworkId: artwork.id, variantCode: "tshirt-m", price: "40" })).variantCode?.[0]).toContain("T-shirt".toLowerCase());
    // an unknown product, a price that is not one
    expect(Object.keys(await refused({ artworkId: artwork.id, variantCode: "mug-11oz", price: "40" }))).toEqual(["variantCode"]);
    expect(Object.keys(await refused({ artworkId: artwork.id, variantCode: "giclee-a4", price: "abc" }))).toEqual(["price"]);
    expect(await h.db.listing.count({ where: { artworkId: artwork.id } })).toBe(1);

    // the same product of the same work twice is a conflict; a store's listing cannot be repriced under the floor either
    expect((await outcomeOf(api.store.createListing({ artworkId: artwork.id, variantCode: "poster-a3", price: "31" }))).code).toBe("CONFLICT");
    expect((await outcomeOf(api.store.updateListing({ listingId: listing.id, price: "15" }))).fields).toHaveProperty("price");
    expect(await h.db.listing.findUniqueOrThrow({ where: { id: listing.id } })).toMatchObject({ unitAmount: 3_000 });
  });

  it("a price that does not cover production, royalty and fee is refused even without a floor", async () => {
    const { api } = await approvedStoreOwner(h.db);
    const { artwork, api: artistApi } = await artistAllowingStores(h.db);
    await artistApi.licensing.updateArtwork({ artworkId: artwork.id, minimumPrice: "0", currency: "EUR" });
    // an A2 giclée costs €29.00 to make; at €30 the 10% royalty and 10% fee (€6) do not fit
    const o = await outcomeOf(api.store.createListing({ artworkId: artwork.id, variantCode: "giclee-a2", price: "30" }));
    expect(o.code).toBe("BAD_REQUEST");
    expect(o.fields.price?.[0]).toMatch(/cover/i);
    expect((await outcomeOf(api.store.createListing({ artworkId: artwork.id, variantCode: "giclee-a2", price: "37" }))).code).toBe("OK");
  });

  it("a store can never list a work whose artist disallows stores (the default), whatever the price", async () => {
    const { api } = await approvedStoreOwner(h.db);
    const { artwork } = await artistAllowingStores(h.db, { allow: false });
    const o = await outcomeOf(api.store.createListing({ artworkId: artwork.id, variantCode: "poster-a3", price: "500" }));
    expect(o.code).toBe("BAD_REQUEST");
    expect(o.fields.artworkId?.[0]).toContain("does not allow third-party stores");
    expect((await api.store.listable({})).map((a) => a.id)).not.toContain(artwork.id);
    // an artist who never set terms follows the platform's default: no stores
    const { artist } = await artistAllowingStores(h.db);
    const silent = await makeArtwork(h.db, {
      profileId: (
        await h.db.artistProfile.create({ data: { userId: (await makeUser(h.db, ["ARTIST"])).id, displayName: "Quiet", slug: `quiet-${artist.id.slice(-6)}` } })
      ).id,
    });
    expect((await outcomeOf(api.store.createListing({ artworkId: silent.id, variantCode: "poster-a3", price: "500" }))).fields).toHaveProperty("artworkId");
    expect(await h.db.listing.count({ where: { artworkId: { in: [artwork.id, silent.id] } } })).toBe(0);
  });

  it("the artist's own shop needs no store consent and pays no store share; it shows on the public pages", async () => {
    const { artwork, api: artistApi, artist } = await artistAllowingStores(h.db, { allow: false });
    const own = await artistApi.shop.create({ artworkId: artwork.id, variantCode: "postcard-a6", price: "20" });
    expect(own).toMatchObject({ seller: "ARTIST_SHOP", store: null, saleAmount: 2_000 });
    // no store share and no royalty line: after the lab's €1.20 and the 10% fee, the artist keeps the rest
    expect((await artistApi.shop.mine())[0]!.earnings).toEqual({
      chargedAmount: 2_000,
      productionAmount: 120,
      creatorAmount: 1_680,
      platformFeeAmount: 200,
      storeAmount: 0,
    });
    const anon = await callerAs(h.db, null);
    const slug = (await h.db.artistProfile.findUniqueOrThrow({ where: { userId: artist.id } })).slug;
    expect((await anon.shop.byArtist({ slug })).map((l) => l.id)).toEqual([own.id]);
    expect((await anon.shop.ofArtwork({ artworkId: artwork.id })).map((l) => l.id)).toEqual([own.id]);
    // the gallery's "with prints and products" filter finds the work while something is on sale
    const licensedIds = async () => (await anon.artwork.list({ filters: { licensed: true, artist: slug }, limit: 60 })).items.map((a) => a.id);
    expect(await licensedIds()).toContain(artwork.id);
    // paused listings leave the public pages and the filter
    await artistApi.shop.setStatus({ listingId: own.id, status: "PAUSED" });
    expect(await anon.shop.ofArtwork({ artworkId: artwork.id })).toEqual([]);
    expect(await licensedIds()).not.toContain(artwork.id);
  });
});
