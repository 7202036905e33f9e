import { drainJobs } from "@atelier/jobs";
import { describe, expect, it } from "vitest";
import { callerAs, makeUser, useTestDatabase } from "../harness.ts";
import { makeArtwork } from "../orders/fixtures.ts";
import { outcomeOf } from "../orders/helpers.ts";
import { approvedStoreOwner, artistAllowingStores, withPicture } from "./helpers.ts";

const h = useTestDatabase();

const terms = {
  royalty: "10",
  minimumPrice: "20",
  currency: "EUR",
  maxDiscount: "20",
  allowThirdPartyStores: true,
  productTypes: ["giclee-print", "poster", "postcard"],
};

describe("a change of terms pauses the listings that no longer keep them", () => {
  it("raising the floor pauses a store's cheaper listing with the reason, mails the store once, and leaves the rest on sale", async () => {
    const a = await approvedStoreOwner(h.db);
    const { artwork, api: artistApi } = await artistAllowingStores(h.db);
    const cheap = await a.api.store.createListing({ artworkId: artwork.id, variantCode: "poster-a3", price: "25" });
    const dear = await a.api.store.createListing({ artworkId: artwork.id, variantCode: "giclee-a3", price: "60" });
    const own = await artistApi.shop.create({ artworkId: artwork.id, variantCode: "postcard-a6", price: "22" });

    await artistApi.licensing.update({ ...terms, minimumPrice: "40" });
    await drainJobs(h.db);

    const rows = await h.db.listing.findMany({ where: { artworkId: artwork.id }, select: { id: true, status: true, pauseReason: true } });
    const byId = new Map(rows.map((r) => [r.id, r]));
    expect(byId.get(cheap.id)).toMatchObject({ status: "PAUSED" });
    expect(byId.get(cheap.id)!.pauseReason).toMatch(/^Paused: .*€40\.00/);
    expect(byId.get(dear.id)).toMatchObject({ status: "ACTIVE", pauseReason: null });
    // the artist's own shop follows the same floor (the artist is not mailed about their own change)
    expect(byId.get(own.id)).toMatchObject({ status: "PAUSED" });

    const mails = await h.db.emailOutbox.findMany({ where: { toEmail: a.user.email, template: "listings-paused" } });
    expect(mails).toHaveLength(1);
    expect(mails[0]!.text).toContain(artwork.title);
    expect(mails[0]!.text).toContain("Poster, A3");
    expect(await h.db.emailOutbox.count({ where: { template: "listings-paused", toEmail: { not: a.user.email } } })).toBe(0);

    // the store sees why on its dashboard; it cannot resume under the new floor, but can after repricing
    const mine = await a.api.store.mine();
    expect(mine.listings.find((l) => l.id === cheap.id)).toMatchObject({ status: "PAUSED", pauseReason: byId.get(cheap.id)!.pauseReason });
    expect((await outcomeOf(a.api.store.setListingStatus({ listingId: cheap.id, status: "ACTIVE" }))).fields).toHaveProperty("price");
    await a.api.store.updateListing({ listingId: cheap.id, price: "45" });
    expect(await a.api.store.setListingStatus({ listingId: cheap.id, status: "ACTIVE" })).toMatchObject({ status: "ACTIVE", pauseReason: null });

    // running the same change again pauses nothing twice and mails nothing twice
    await drainJobs(h.db);
    expect(await h.db.emailOutbox.count({ where: { toEmail: a.user.email, template: "listings-paused" } })).toBe(1);
  });

  it("withdrawing consent for stores on one artwork pauses every store's listing of that work, and only that work", async () => {
    const a = await approvedStoreOwner(h.db);
    const b = await approvedStoreOwner(h.db);
    const { artwork, artist, api: artistApi } = await artistAllowingStores(h.db);
    const other = await makeArtwork(h.db, artist, { title: "Another Study" });
    await withPicture(h.db, other.id);
    const la = await a.api.store.createListing({ artworkId: artwork.id, variantCode: "poster-a3", price: "30" });
    const lb = await b.api.store.createListing({ artworkId: artwork.id, variantCode: "poster-a3", price: "30" });
    const lOther = await a.api.store.createListing({ artworkId: other.id, variantCode: "poster-a3", price: "30" });

    await artistApi.licensing.updateArtwork({ artworkId: artwork.id, allowThirdPartyStores: false });
    await drainJobs(h.db);

    const status = async (id: string) => (await h.db.listing.findUniqueOrThrow({ where: { id } })).status;
    expect([await status(la.id), await status(lb.id), await status(lOther.id)]).toEqual(["PAUSED", "PAUSED", "ACTIVE"]);
    for (const who of [a, b]) {
      const mail = await h.db.emailOutbox.findFirstOrThrow({ where: { toEmail: who.user.email, template: "listings-paused" } });
      expect(mail.text).toContain("does not allow third-party stores");
    }
    // the public page no longer offers it; the artist still sees both stores (paused) in the studio
    expect(await (await callerAs(h.db, null)).shop.ofArtwork({ artworkId: artwork.id })).toEqual([]);
    const stores = await artistApi.shop.stores();
    expect(stores.map((s) => s.store.slug).sort()).toEqual([a.store.slug, b.store.slug].sort());
    expect(
      stores
        .flatMap((s) => s.listings)
        .filter((l) => l.artwork.id === artwork.id)
        .every((l) => l.status === "PAUSED"),
    ).toBe(true);
  });
});

describe("who may change a listing", () => {
  it("a store owner cannot touch another store's listing; an artist cannot reprice a store's listing of their work; a buyer cannot list", async () => {
    const a = await approvedStoreOwner(h.db);
    const b = await approvedStoreOwner(h.db);
    const { artwork, api: artistApi } = await artistAllowingStores(h.db);
    const l = await a.api.store.createListing({ artworkId: artwork.id, variantCode: "poster-a3", price: "30" });

    expect((await outcomeOf(b.api.store.updateListing({ listingId: l.id, price: "99" }))).code).toBe("NOT_FOUND");
    expect((await outcomeOf(b.api.store.setListingStatus({ listingId: l.id, status: "REMOVED" }))).code).toBe("NOT_FOUND");
    expect((await outcomeOf(artistApi.shop.update({ listingId: l.id, price: "99" }))).code).toBe("NOT_FOUND");
    expect((await outcomeOf(artistApi.shop.setStatus({ listingId: l.id, status: "PAUSED" }))).code).toBe("NOT_FOUND");
    const buyer = await callerAs(h.db, (await makeUser(h.db, ["BUYER"])).id);
    expect((await outcomeOf(buyer.store.createListing({ artworkId: artwork.id, variantCode: "giclee-a4", price: "40" }))).code).toBe("FORBIDDEN");
    expect((await outcomeOf(buyer.shop.create({ artworkId: artwork.id, variantCode: "giclee-a4", price: "40" }))).code).toBe("FORBIDDEN");
    expect(await h.db.listing.findUniqueOrThrow({ where: { id: l.id } })).toMatchObject({ unitAmount: 3_000, status: "ACTIVE" });
    // an artist cannot put another artist's work in their own shop
    const other = await artistAllowingStores(h.db);
    expect((await outcomeOf(other.api.shop.create({ artworkId: artwork.id, variantCode: "poster-a3", price: "30" }))).code).toBe("NOT_FOUND");
  });
});
