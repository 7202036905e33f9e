import { effectiveTermsOfArtwork } from "@atelier/core/licensing/read";
import type { ArtworkLicensingTermsInput, LicensingTermsInput } from "@atelier/core/schemas/licensing";
import type { CatalogueEvent, EventSender } from "@atelier/events";
import { describe, expect, it } from "vitest";
import { callerAs, makeUser, useTestDatabase } from "../harness.ts";
import { makeArtist, makeArtwork } from "../orders/fixtures.ts";
import { outcomeOf } from "../orders/helpers.ts";

const h = useTestDatabase();

/** Records what the domain announces (mockups-for-terms consumes licensing-terms.changed; the stores part will too). */
function recordingSender() {
  const sent: CatalogueEvent[] = [];
  const sender: EventSender = {
    consumes: () => true,
    async send(e) {
      sent.push(...(Array.isArray(e) ? e : [e]));
      return { ids: [] };
    },
  };
  return { sent, sender };
}

const terms: LicensingTermsInput = {
  royalty: "12.5",
  minimumPrice: "8",
  currency: "EUR",
  maxDiscount: "15",
  allowThirdPartyStores: true,
  productTypes: ["giclee-print", "poster", "digital-download"],
};

async function artistWithWork() {
  const artist = await makeArtist(h.db, "Terms Artist");
  const artwork = await makeArtwork(h.db, artist, { title: "Salt Marsh", currency: "GBP" });
  const events = recordingSender();
  return { artist, artwork, events, api: await callerAs(h.db, artist.id, {}, { events: events.sender }) };
}

describe("licensing terms: the artist's own", () => {
  it("an artist who set nothing sees the platform's defaults and the example for every product", async () => {
    const { api } = await artistWithWork();
    const mine = await api.licensing.mine();
    expect(mine.saved).toBe(false);
    expect(mine.form).toEqual({
      royalty: "10",
      minimumPrice: "5.00",
      currency: "EUR",
      maxDiscount: "20",
      allowThirdPartyStores: false,
      productTypes: ["giclee-print", "canvas", "poster", "postcard", "tote", "tshirt", "digital-download"],
    });
    expect(mine.productTypes.map((t) => t.code)).toEqual(mine.form.productTypes);
    expect(mine.example.rows).toHaveLength(16);
    expect(mine.example.rows.find((r) => r.variantCode === "giclee-a3")).toMatchObject({
      productionCostAmount: 1_900,
      store: null,
      ownShop: { creatorAmount: 2_150 },
    });
  });

  it("saves, versions and announces a change; saving the same terms again writes and announces nothing", async () => {
    const { api, artist, events } = await artistWithWork();
    expect(await api.licensing.update(terms)).toEqual({ version: 1, changed: true });
    expect(await api.licensing.update(terms)).toEqual({ version: 1, changed: false });
    expect(await api.licensing.update({ ...terms, royalty: "15" })).toEqual({ version: 2, changed: true });
    const stored = await h.db.artistLicensingTerms.findUniqueOrThrow({ where: { artistId: artist.profileId } });
    expect(stored).toMatchObject({
      royaltyBps: 1_500,
      minimumPriceAmount: 800,
      minimumPriceCurrency: "EUR",
      maxDiscountBps: 1_500,
      allowThirdPartyStores: true,
      version: 2,
    });
    expect(events.sent).toEqual([
      {
        name: "atelier/licensing-terms.changed",
        data: { artistId: artist.profileId, artworkId: null, version: 1 },
        id: `licensing-terms:${artist.profileId}:all:v1`,
      },
      {
        name: "atelier/licensing-terms.changed",
        data: { artistId: artist.profileId, artworkId: null, version: 2 },
        id: `licensing-terms:${artist.profileId}:all:v2`,
      },
    ]);
    const mine = await api.licensing.mine();
    expect(mine).toMatchObject({ saved: true, version: 2, form: { ...terms, royalty: "15", minimumPrice: "8.00" } });
    // third-party stores now allowed: the example shows a store's sale of an A3 at €45 (15% royalty) and at 15% off
    expect(mine.example.rows.find((r) => r.variantCode === "giclee-a3")?.store).toEqual({
      atExamplePrice: { chargedAmount: 4_500, creatorAmount: 675 },
      atDeepestDiscount: { chargedAmount: 3_825, creatorAmount: 573 },
    });
  });

  it("bad input answers field errors and writes nothing", async () => {
    const { api, artist, events } = await artistWithWork();
    const cases: [Partial<LicensingTermsInput>, string][] = [
      [{ royalty: "60" }, "royalty"],
      [{ royalty: "ten" }, "royalty"],
      [{ minimumPrice: "-3" }, "minimumPrice"],
      [{ minimumPrice: "5.001" }, "minimumPrice"],
      [{ currency: "XYZ" }, "currency"],
      [{ maxDiscount: "95" }, "maxDiscount"],
      [{ productTypes: ["mug"] }, "productTypes.0"],
    ];
    for (const [patch, field] of cases) {
      const r = await outcomeOf(api.licensing.update({ ...terms, ...patch }));
      expect(r.code, JSON.stringify(patch)).toBe("BAD_REQUEST");
      expect(Object.keys(r.fields), JSON.stringify(patch)).toContain(field);
    }
    expect(await h.db.artistLicensingTerms.count({ where: { artistId: artist.profileId } })).toBe(0);
    expect(events.sent).toEqual([]);
  });

  it("the preview computes the example for terms as typed, without saving them", async () => {
    const { api, artist } = await artistWithWork();
    const ex = await api.licensing.preview({ ...terms, currency: "JPY", minimumPrice: "5000" });
    expect(ex.currency).toBe("JPY");
    const poster = ex.rows.find((r) => r.variantCode === "poster-a3")!;
    expect(poster.examplePriceAmount).toBe(5_000); // the floor is above the suggested ¥4,272
    // at the floor no discount is possible: both sales are ¥5,000 with a 12.5% royalty
    expect(poster.store).toEqual({
      atExamplePrice: { chargedAmount: 5_000, creatorAmount: 625 },
      atDeepestDiscount: { chargedAmount: 5_000, creatorAmount: 625 },
    });
    expect(ex.rows.find((r) => r.variantCode === "postcard-a6")).toMatchObject({ licensed: false, store: null, ownShop: null });
    expect(await h.db.artistLicensingTerms.count({ where: { artistId: artist.profileId } })).toBe(0);
  });
});

describe("licensing terms: one artwork's override", () => {
  const override = (artworkId: string, patch: Partial<ArtworkLicensingTermsInput> = {}): ArtworkLicensingTermsInput => ({
    artworkId,
    royalty: "20",
    minimumPrice: "30",
    currency: "GBP",
    ...patch,
  });

  it("each field set on the artwork wins; the rest follows the artist, then the platform; clearing it follows again", async () => {
    const { api, artwork, artist, events } = await artistWithWork();
    await api.licensing.update(terms);
    expect(await api.licensing.updateArtwork(override(artwork.id, { productTypes: ["poster"] }))).toEqual({ version: 1, changed: true, overridden: true });
    const view = await api.licensing.artwork({ artworkId: artwork.id });
    expect(view).toMatchObject({
      artwork: { id: artwork.id, currency: "GBP" },
      hasOverride: true,
      form: { royalty: "20", minimumPrice: "30.00", currency: "GBP", maxDiscount: "", allowThirdPartyStores: null, productTypes: ["poster"] },
      inheritedForm: { royalty: "12.5", maxDiscount: "15", allowThirdPartyStores: true },
    });
    expect(view.terms.sources).toEqual({
      royalty: "artwork",
      minimumPrice: "artwork",
      maxDiscount: "artist",
      allowThirdPartyStores: "artist",
      allowedProductTypes: "artwork",
    });
    expect(view.example.currency).toBe("GBP");
    expect(view.example.rows.filter((r) => r.licensed).map((r) => r.variantCode)).toEqual(["poster-a3", "poster-50x70"]);

    const effective = await effectiveTermsOfArtwork(h.db, artwork.id);
    expect(effective).toMatchObject({
      royaltyBps: 2_000,
      minimumPriceAmount: 3_000,
      minimumPriceCurrency: "GBP",
      maxDiscountBps: 1_500,
      artistTermsVersion: 1,
      artworkTermsVersion: 1,
    });

    // an override that sets nothing: the work follows the artist again, the version keeps counting
    expect(await api.licensing.updateArtwork({ artworkId: artwork.id })).toEqual({ version: 2, changed: true, overridden: false });
    expect(await effectiveTermsOfArtwork(h.db, artwork.id)).toMatchObject({ royaltyBps: 1_250, minimumPriceAmount: 800, minimumPriceCurrency: "EUR" });
    expect((await api.licensing.artwork({ artworkId: artwork.id })).hasOverride).toBe(false);
    expect(events.sent.filter((e) => e.name === "atelier/licensing-terms.changed" && e.data.artworkId === artwork.id).map((e) => e.id)).toEqual([
      `licensing-terms:${artist.profileId}:${artwork.id}:v1`,
      `licensing-terms:${artist.profileId}:${artwork.id}:v2`,
    ]);
  });

  it("bad input answers field errors and writes nothing", async () => {
    const { api, artwork } = await artistWithWork();
    for (const [input, field] of [
      [override(artwork.id, { royalty: "51" }), "royalty"],
      [override(artwork.id, { currency: null }), "currency"],
      [override(artwork.id, { minimumPrice: "thirty" }), "minimumPrice"],
      [override(artwork.id, { productTypes: ["figurine"] }), "productTypes.0"],
    ] as const) {
      const r = await outcomeOf(api.licensing.updateArtwork(input));
      expect(r.code).toBe("BAD_REQUEST");
      expect(Object.keys(r.fields)).toContain(field);
    }
    expect(await h.db.artworkLicensingTerms.count({ where: { artworkId: artwork.id } })).toBe(0);
  });

  it("another artist's artwork is NOT_FOUND for every licensing procedure, and nothing is written", async () => {
    const { artwork } = await artistWithWork();
    const other = await makeArtist(h.db, "Other Terms Artist");
    const events = recordingSender();
    const asOther = await callerAs(h.db, other.id, {}, { events: events.sender });
    // one call at a time: calls started together and awaited in turn leave a rejection unhandled for a moment
    for (const call of [
      () => asOther.licensing.artwork({ artworkId: artwork.id }),
      () => asOther.licensing.updateArtwork(override(artwork.id)),
      () => asOther.licensing.previewArtwork(override(artwork.id)),
      () => asOther.licensing.updateArtwork(override("no-such-artwork")),
    ]) {
      expect((await outcomeOf(call())).code).toBe("NOT_FOUND");
    }
    expect(await h.db.artworkLicensingTerms.count({ where: { artworkId: artwork.id } })).toBe(0);
    expect(events.sent).toEqual([]);
  });

  it("a buyer cannot reach licensing at all; an artist without a profile is asked to make one", async () => {
    const buyer = await makeUser(h.db, ["BUYER"]);
    expect((await outcomeOf((await callerAs(h.db, buyer.id)).licensing.mine())).code).toBe("FORBIDDEN");
    const fresh = await makeUser(h.db, ["ARTIST"]);
    const r = await outcomeOf((await callerAs(h.db, fresh.id)).licensing.update(terms));
    expect(r.code).toBe("PRECONDITION_FAILED");
  });
});
