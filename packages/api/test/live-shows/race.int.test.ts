import { createDb, type Db } from "@atelier/db";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { callerAs, useTestDatabase } from "../harness.ts";
import { makeWork } from "../checkout/shop.ts";
import { artworkStock, claimsOf, showArtist, type Caller } from "./helpers.ts";

/**
 * THE RACE: many operators record claims on one original at the same moment against a real PostgreSQL server
 * (pooled connections, so the transactions truly overlap). The item's row lock orders them: one holder, everyone
 * else in line with distinct positions, the artwork held once. PGlite runs one session at a time: skipped there.
 */
const h = useTestDatabase();
let wide: Db;
const OPERATORS = 30;
const ROUNDS = 3;

beforeAll(() => {
  wide = createDb({ connectionString: h.database.url, max: OPERATORS });
});
afterAll(async () => {
  await wide?.$disconnect();
});

async function operators(userId: string): Promise<Caller[]> {
  const out: Caller[] = [];
  for (let i = 0; i < OPERATORS; i++) out.push(await callerAs(wide, userId));
  return out;
}

describe("the race for one original in a live show", () => {
  it(`${OPERATORS} operators claim one original at once, ${ROUNDS} rounds: one HOLDING, the rest QUEUED at 2..${OPERATORS}`, async (ctx) => {
    ctx.skip(h.database.kind === "pglite", "PGlite serialises every session, so nothing can race; run with TEST_DATABASE_URL (./atelier test does)");
    const timings: number[] = [];
    for (let round = 0; round < ROUNDS; round++) {
      const artist = await showArtist(h.db, `Racer ${round}`);
      const work = await makeWork(h.db, artist.profile.id, { title: `Only One ${round}` });
      const show = await artist.caller.liveShow.create({ title: `Race ${round}`, startsAt: new Date(), platform: "FACEBOOK", currency: "EUR" });
      const item = await artist.caller.liveShow.addItem({ kind: "artwork", showId: show.id, artworkId: work.id });
      await artist.caller.liveShow.start({ showId: show.id });
      const ops = await operators(artist.user.id);

      const t0 = performance.now();
      const results = await Promise.allSettled(ops.map((op, i) => op.liveShow.claim({ showId: show.id, itemNumber: item.number, handle: `buyer${i}` })));
      timings.push(performance.now() - t0);

      const failed = results.flatMap((r) => (r.status === "rejected" ? [String(r.reason)] : []));
      expect(failed).toEqual([]);
      const claims = await claimsOf(h.db, item.id);
      expect(claims.filter((c) => c.status === "HOLDING")).toHaveLength(1);
      expect(claims.filter((c) => c.status === "QUEUED")).toHaveLength(OPERATORS - 1);
      expect(claims.map((c) => c.position)).toEqual(Array.from({ length: OPERATORS }, (_, i) => i + 1));
      expect(claims[0]!.status).toBe("HOLDING"); // the holder is the first to arrive
      expect(await artworkStock(h.db, work.id)).toMatchObject({ unitsHeld: 1, editionsSold: 0 });
      expect(await h.db.liveShowItem.findUniqueOrThrow({ where: { id: item.id } })).toMatchObject({ unitsHeld: 1 });
    }
    console.info(`[live-race] ${ROUNDS} rounds × ${OPERATORS} operators for one original: decided in ${timings.map((t) => `${t.toFixed(0)} ms`).join(", ")}`);
  });

  it("the same buyer claimed by many operators at once: one claim", async (ctx) => {
    ctx.skip(h.database.kind === "pglite", "PGlite serialises every session, so nothing can race; run with TEST_DATABASE_URL (./atelier test does)");
    const artist = await showArtist(h.db, "Echo");
    const show = await artist.caller.liveShow.create({ title: "Echo", startsAt: new Date(), platform: "OWN_STREAM", currency: "EUR" });
    const item = await artist.caller.liveShow.addItem({ kind: "adhoc", showId: show.id, title: "Zine", price: "8", quantity: 5 });
    await artist.caller.liveShow.start({ showId: show.id });
    const ops = await operators(artist.user.id);
    const results = await Promise.all(ops.map((op) => op.liveShow.claim({ showId: show.id, itemNumber: item.number, handle: "@Jane" })));
    expect(new Set(results.map((r) => r.claim.id)).size).toBe(1);
    expect(results.filter((r) => r.outcome === "holding")).toHaveLength(1);
    expect(await claimsOf(h.db, item.id)).toEqual([{ buyerHandle: "jane", status: "HOLDING", position: 1 }]);
  });

  it("ending the show while operators record claims: every claim is either recorded before the end or refused after it", async (ctx) => {
    ctx.skip(h.database.kind === "pglite", "PGlite serialises every session, so nothing can race; run with TEST_DATABASE_URL (./atelier test does)");
    const artist = await showArtist(h.db, "Closer");
    const show = await artist.caller.liveShow.create({ title: "Closing", startsAt: new Date(), platform: "OTHER", currency: "EUR" });
    const item = await artist.caller.liveShow.addItem({ kind: "adhoc", showId: show.id, title: "Card", price: "3", quantity: 100 });
    await artist.caller.liveShow.start({ showId: show.id });
    const ops = await operators(artist.user.id);
    const ender = await callerAs(wide, artist.user.id);
    // settled handlers attached at once, so a claim refused before the end returns is not an unhandled rejection
    const settled = Promise.allSettled(ops.map((op, i) => op.liveShow.claim({ showId: show.id, itemNumber: item.number, handle: `late${i}` })));
    const ended = await ender.liveShow.end({ showId: show.id });
    const results = await settled;
    const recorded = await h.db.liveClaim.findMany({ where: { itemId: item.id }, select: { createdAt: true } });
    expect(recorded.length).toBe(results.filter((r) => r.status === "fulfilled").length);
    for (const r of results) if (r.status === "rejected") expect(String(r.reason)).toContain("This show has ended");
    for (const c of recorded) expect(c.createdAt.getTime()).toBeLessThanOrEqual(ended.show.endedAt!.getTime() + 1_000);
  });
});
