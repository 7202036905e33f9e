import { lexicalHashEmbeddingModel } from "@atelier/ai";
import type { Db } from "@atelier/db";
import { createTestDatabase, type TestDatabase } from "@atelier/db/testing";
import { syncArtworkEmbedding } from "@atelier/core/embeddings/embed-artwork";
import { createSavedSearch, deleteSavedSearch, unsubscribeSavedSearch } from "@atelier/core/saved-searches/manage";
import { matchPublishedArtwork } from "@atelier/core/saved-searches/match";
import { DIGEST_INTERVAL_MS, sendDigest } from "@atelier/core/saved-searches/digest";
import { splitOrder } from "@atelier/core/money/split";
import type { CatalogueEvent, EventSender } from "@atelier/events";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

/** Saved-search alerts against a real database: once per new match, never for a work already seen, at most one digest a day, unsubscribe. */
let database: TestDatabase;
let db: Db;
const model = lexicalHashEmbeddingModel();
const sent: CatalogueEvent[] = [];
const events: EventSender = {
  consumes: () => true,
  send: async (e) => {
    sent.push(...(Array.isArray(e) ? e : [e]));
    return { ids: [] };
  },
};
let clock = new Date("2026-06-01T09:00:00Z");
const deps = () => ({ db, events, appUrl: "http://atelier.test", now: () => clock, embeddings: model });
let n = 0;

beforeAll(async () => {
  database = await createTestDatabase();
  db = database.db;
});
afterAll(async () => database?.dispose());

async function collector() {
  return db.user.create({ data: { email: `collector-${++n}@test.atelier`, name: `Collector ${n}`, roles: { create: [{ role: "BUYER" }] } } });
}
async function publish(title: string, opts: { medium?: string; price?: number; at?: Date; edition?: boolean } = {}) {
  const user = await db.user.create({ data: { email: `artist-${++n}@test.atelier`, name: "Artist" } });
  const profile = await db.artistProfile.create({ data: { userId: user.id, slug: `artist-${n}`, displayName: `Artist ${n}` } });
  const art = await db.artwork.create({
    data: {
      artistId: profile.id,
      slug: `work-${n}`,
      title,
      description: `${title}, new in the studio.`,
      medium: opts.medium ?? "Acrylic on canvas",
      category: "PAINTING",
      tags: ["abstract"],
      widthTenths: 300,
      heightTenths: 300,
      priceAmount: opts.price ?? 60_000,
      currency: "EUR",
      ...(opts.edition ? { kind: "EDITION" as const, editionSize: 20 } : {}),
      status: "PUBLISHED",
      publishedAt: opts.at ?? clock,
    },
  });
  await syncArtworkEmbedding({ db, model, now: () => clock }, art.id);
  return art;
}
const mails = () => sent.filter((e) => e.name === "atelier/email.requested");

/** The collector buys one print of an edition (the work stays published): a PAID order whose totals add up, as checkout writes it. */
async function buyEdition(buyerId: string, art: Awaited<ReturnType<typeof publish>>) {
  const sellerId = (await db.artistProfile.findUniqueOrThrow({ where: { id: art.artistId } })).userId;
  const split = splitOrder([{ unitAmount: art.priceAmount, quantity: 1, shippingAmount: 0, commissionBps: 3000, sellerId }]);
  const s = split.items[0]!;
  await db.order.create({
    data: {
      number: `AT-SS${++n}`,
      buyerId,
      currency: "EUR",
      status: "PAID",
      itemsAmount: split.itemsAmount,
      shippingAmount: 0,
      totalAmount: split.totalAmount,
      commissionAmount: split.commissionAmount,
      shipTo: "IE",
      expiresAt: new Date(clock.getTime() + 30 * 60_000),
      paidAt: clock,
      items: {
        create: {
          artworkId: art.id,
          sellerId,
          title: art.title,
          kind: "EDITION",
          quantity: 1,
          unitAmount: art.priceAmount,
          subtotalAmount: s.subtotalAmount,
          shippingAmount: 0,
          commissionBps: s.commissionBps,
          commissionAmount: s.commissionAmount,
          artistAmount: s.artistAmount,
          status: "PAID",
        },
      },
    },
  });
}

describe("saved-search alerts", () => {
  it("fires once per new match, and only for works published after the search was saved", async () => {
    const c = await collector();
    const before = await publish("Blue Abstract Field", { at: new Date(clock.getTime() - 1000) });
    const { savedSearch } = await createSavedSearch(
      db,
      c.id,
      {
        q: "blue abstract",
        filters: { size: "small", category: "painting", currency: "EUR", maxPrice: 80_000 },
      },
      clock,
    );
    expect(savedSearch.name).toContain("blue abstract");
    clock = new Date(clock.getTime() + 60_000);
    const fresh = await publish("Small Blue Abstract");
    const pricey = await publish("Blue Abstract Grand", { price: 900_000 });

    expect((await matchPublishedArtwork(deps(), before.id)).matched).toBe(0); // it was there when the search was saved
    expect((await matchPublishedArtwork(deps(), fresh.id)).userIds).toEqual([c.id]);
    expect((await matchPublishedArtwork(deps(), fresh.id)).matched).toBe(0); // a retry or republish: still once
    expect((await matchPublishedArtwork(deps(), pricey.id)).matched).toBe(0); // over the price filter

    // a second search of the same collector that also finds it does not alert again
    await createSavedSearch(db, c.id, { q: "abstract" }, clock);
    clock = new Date(clock.getTime() + 60_000);
    expect((await matchPublishedArtwork(deps(), fresh.id)).matched).toBe(0);
    expect(await db.savedSearchMatch.count({ where: { userId: c.id } })).toBe(1);
  });

  it("never alerts to a work the collector favourited (before the match, or while it waits for the digest), nor to the artist's own", async () => {
    const c = await collector();
    await createSavedSearch(db, c.id, { q: "harbour" }, clock);
    clock = new Date(clock.getTime() + 60_000);
    const faved = await publish("Harbour Lights");
    await db.favorite.create({ data: { userId: c.id, artworkId: faved.id } });
    expect((await matchPublishedArtwork(deps(), faved.id)).userIds).not.toContain(c.id);

    // favourited after matching, before the digest: dropped, not mailed
    const later = await publish("Harbour Fog");
    expect((await matchPublishedArtwork(deps(), later.id)).userIds).toContain(c.id);
    await db.favorite.create({ data: { userId: c.id, artworkId: later.id } });
    sent.length = 0;
    expect(await sendDigest(deps(), c.id)).toEqual({ status: "nothing" });
    expect(mails()).toHaveLength(0);

    // the artist's own search never alerts them to their own new work
    const own = await publish("Harbour of My Own", { at: new Date(clock.getTime() + 1000) });
    const artistUserId = (await db.artistProfile.findUniqueOrThrow({ where: { id: own.artistId } })).userId;
    await createSavedSearch(db, artistUserId, { q: "harbour" }, clock);
    const outcome = await matchPublishedArtwork(deps(), own.id);
    expect(outcome.userIds).toContain(c.id);
    expect(outcome.userIds).not.toContain(artistUserId);
  });

  it("never alerts to a work the collector bought: before the match is made, or while it waits for the digest", async () => {
    const c = await collector();
    await createSavedSearch(db, c.id, { q: "estuary" }, clock);
    clock = new Date(clock.getTime() + 60_000);
    const bought = await publish("Estuary Print", { edition: true });
    await buyEdition(c.id, bought);
    expect((await matchPublishedArtwork(deps(), bought.id)).userIds).not.toContain(c.id);

    const later = await publish("Estuary at Low Tide", { edition: true });
    expect((await matchPublishedArtwork(deps(), later.id)).userIds).toContain(c.id);
    await buyEdition(c.id, later);
    sent.length = 0;
    expect(await sendDigest(deps(), c.id)).toEqual({ status: "nothing" });
    expect(mails()).toHaveLength(0);
    expect(await db.savedSearchMatch.findFirstOrThrow({ where: { userId: c.id, artworkId: later.id } })).toMatchObject({ droppedAt: clock, digestId: null });
    // and a retry of the match does not bring it back
    expect((await matchPublishedArtwork(deps(), later.id)).userIds).not.toContain(c.id);
  });

  it("mails at most one digest a day, and the unsubscribe token turns that search off without signing in", async () => {
    const c = await collector();
    const { savedSearch } = await createSavedSearch(db, c.id, { q: "lagoon" }, clock);
    clock = new Date(clock.getTime() + 60_000);
    await matchPublishedArtwork(deps(), (await publish("Lagoon at Noon")).id);
    sent.length = 0;
    const first = await sendDigest(deps(), c.id);
    expect(first.status).toBe("sent");
    expect(mails()).toHaveLength(1);
    const mail = mails()[0]!.data as { template: string; to: string; props: { searches: { unsubscribeUrl: string; works: { title: string }[] }[] } };
    expect(mail.template).toBe("saved-search-digest");
    expect(mail.to).toBe(c.email);
    expect(mail.props.searches[0]!.works.map((w) => w.title)).toEqual(["Lagoon at Noon"]);

    clock = new Date(clock.getTime() + 60_000);
    await matchPublishedArtwork(deps(), (await publish("Lagoon at Dusk")).id);
    expect((await sendDigest(deps(), c.id)).status).toBe("not-due");
    // two at once still make one mail
    clock = new Date(clock.getTime() + DIGEST_INTERVAL_MS);
    const both = await Promise.all([sendDigest(deps(), c.id), sendDigest(deps(), c.id)]);
    expect(both.filter((r) => r.status === "sent")).toHaveLength(1);
    expect(mails()).toHaveLength(2);

    const token = new URL(mail.props.searches[0]!.unsubscribeUrl).searchParams.get("token")!;
    expect(token).toBe((await db.savedSearch.findUniqueOrThrow({ where: { id: savedSearch.id } })).unsubscribeToken);
    expect(await unsubscribeSavedSearch(db, token)).toMatchObject({ alerts: "OFF" });
    clock = new Date(clock.getTime() + 60_000);
    expect((await matchPublishedArtwork(deps(), (await publish("Lagoon Again")).id)).userIds).not.toContain(c.id);
    await expect(unsubscribeSavedSearch(db, "x".repeat(32))).rejects.toMatchObject({ code: "NOT_FOUND" });
  });

  it("keeps another user's saved search out of reach, and refuses a search for everything", async () => {
    const a = await collector();
    const b = await collector();
    const { savedSearch } = await createSavedSearch(db, a.id, { q: "ochre" }, clock);
    await expect(deleteSavedSearch(db, b.id, savedSearch.id)).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(createSavedSearch(db, a.id, {}, clock)).rejects.toMatchObject({ code: "BAD_REQUEST", fieldErrors: { q: [expect.any(String)] } });
    expect((await createSavedSearch(db, a.id, { q: "ochre" }, clock)).created).toBe(false);
  });
});
