import { createDb, type Db } from "@atelier/db";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { callerAs, makeUser, useTestDatabase } from "../harness.ts";
import { startPaymentsWorld, type PaymentsWorld } from "../payments/world.ts";
import { expectLedgerAddsUp, makeSeller, makeWork, payInSandbox, stock } from "./shop.ts";

/**
 * THE RACE: many buyers check out the same work at the same moment against a real PostgreSQL server
 * (50 pooled connections, so the transactions truly overlap). The conditional UPDATE under the row lock
 * decides: exactly as many reservations as there are units, everyone else told "no longer available".
 * PGlite runs one session at a time, so there is no race to test there: skipped with that reason.
 */
const h = useTestDatabase();
let world: PaymentsWorld;
let wide: Db;
const BUYERS = 50;
const ROUNDS = 5;

beforeAll(async () => {
  world = await startPaymentsWorld(h.db);
  wide = createDb({ connectionString: h.database.url, max: BUYERS });
});
afterAll(async () => {
  await wide?.$disconnect();
  await world?.close();
});

async function buyersWith(artworkId: string, count: number) {
  return Promise.all(
    Array.from({ length: count }, async (_, i) => {
      const user = await makeUser(h.db, ["BUYER"], { name: `Racer ${i}` });
      const caller = await callerAs(wide, user.id, {}, { payments: world.payments, events: world.jobDeps.events, clock: world.jobDeps.now });
      await caller.cart.add({ artworkId });
      await caller.cart.setShipTo({ country: "IE" });
      return { user, caller };
    }),
  );
}

async function race(buyers: Awaited<ReturnType<typeof buyersWith>>) {
  const t0 = performance.now();
  const results = await Promise.allSettled(buyers.map((b) => b.caller.checkout.create({ currency: "EUR" })));
  const ms = performance.now() - t0;
  const won = results.flatMap((r) => (r.status === "fulfilled" ? [r.value] : []));
  const lost = results.flatMap((r) => (r.status === "rejected" ? [r.reason as Error] : []));
  return { won, lost, ms };
}

describe("the race for one original", () => {
  it(`${BUYERS} concurrent checkouts, ${ROUNDS} rounds: one hold and one paid order each round, everyone else "no longer available"`, async (ctx) => {
    ctx.skip(h.database.kind === "pglite", "PGlite serialises every session, so nothing can race; run with TEST_DATABASE_URL (./atelier test does)");
    const timings: number[] = [];
    for (let round = 0; round < ROUNDS; round++) {
      const seller = await makeSeller(h.db, "IE");
      const work = await makeWork(h.db, seller.profile.id, { title: `Only One ${round}` });
      const buyers = await buyersWith(work.id, BUYERS);
      const { won, lost, ms } = await race(buyers);
      timings.push(ms);
      expect(won).toHaveLength(1);
      expect(lost).toHaveLength(BUYERS - 1);
      for (const e of lost) expect(e.message).toContain(`Only One ${round} is no longer available`);
      expect(await stock(h.db, work.id)).toMatchObject({ unitsHeld: 1, editionsSold: 0 });
      expect(await h.db.orderItem.count({ where: { artworkId: work.id } })).toBe(1);

      expect((await payInSandbox(world, won[0]!.url)).status).toBe(200);
      await world.settle();
      await expectLedgerAddsUp(h.db, won[0]!.orderId);
      expect(await stock(h.db, work.id)).toEqual({ unitsHeld: 0, editionsSold: 1, status: "SOLD" });
      expect(await h.db.order.count({ where: { items: { some: { artworkId: work.id } }, status: "PAID" } })).toBe(1);
    }
    console.info(`[race] ${ROUNDS} rounds × ${BUYERS} buyers for one original: decided in ${timings.map((t) => `${t.toFixed(0)} ms`).join(", ")}`);
  });

  it("an edition with 7 left and 30 buyers at once: exactly 7 holds, never oversold", async (ctx) => {
    ctx.skip(h.database.kind === "pglite", "PGlite serialises every session, so nothing can race; run with TEST_DATABASE_URL (./atelier test does)");
    for (let round = 0; round < 3; round++) {
      const seller = await makeSeller(h.db, "IE");
      const work = await makeWork(h.db, seller.profile.id, { kind: "EDITION", editionSize: 10, title: `Print ${round}` });
      await h.db.artwork.update({ where: { id: work.id }, data: { editionsSold: 3 } });
      const buyers = await buyersWith(work.id, 30);
      const { won, lost, ms } = await race(buyers);
      expect(won).toHaveLength(7);
      expect(lost).toHaveLength(23);
      for (const e of lost) expect(e.message).toContain("no longer available");
      expect(await stock(h.db, work.id)).toMatchObject({ unitsHeld: 7, editionsSold: 3 });
      for (const w of won) expect((await payInSandbox(world, w.url)).status).toBe(200);
      await world.settle();
      expect(await stock(h.db, work.id)).toEqual({ unitsHeld: 0, editionsSold: 10, status: "PUBLISHED" });
      console.info(`[race] edition round ${round}: 30 buyers for 7 prints decided in ${ms.toFixed(0)} ms`);
    }
  });
});
