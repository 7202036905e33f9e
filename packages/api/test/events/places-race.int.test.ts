import { createDb, type Db } from "@atelier/db";
import { reservePlaces, releaseHeldPlaces, sellHeldPlaces } from "@atelier/core/inventory/places";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { makeUser, useTestDatabase } from "../harness.ts";

/**
 * Places at an event follow the artwork rule: one conditional UPDATE per stock row under its lock (event first, then
 * ticket types in id order). On a real PostgreSQL server with pooled connections the transactions truly overlap:
 * 100 buyers for 10 seats, many rounds, must give exactly 10 holds every round. PGlite serialises sessions: the race
 * is skipped there, the rules are not.
 */
const h = useTestDatabase();
let wide: Db;
const BUYERS = 100;
const SEATS = 10;
const ROUNDS = 10;

beforeAll(() => {
  wide = createDb({ connectionString: h.database.url, max: 30 });
});
afterAll(async () => {
  await wide?.$disconnect();
});

async function eventWithSeats(quota: number, capacity = quota) {
  const organiser = await makeUser(h.db, ["ARTIST"]);
  const startsAt = new Date(Date.now() + 7 * 86_400_000);
  const event = await h.db.event.create({
    data: {
      slug: `workshop-${Math.random().toString(36).slice(2, 10)}`,
      organizerId: organiser.id,
      kind: "WORKSHOP",
      title: "Linocut workshop",
      venueName: "The studio",
      city: "Galway",
      country: "IE",
      startsAt,
      endsAt: new Date(startsAt.getTime() + 2 * 3_600_000),
      timeZone: "Europe/Dublin",
      capacity,
      currency: "EUR",
      status: "PUBLISHED",
      landing: { hero: { eyebrow: "", headline: "Linocut workshop", tagline: "" }, sections: [] },
    },
  });
  const type = await h.db.ticketType.create({ data: { eventId: event.id, name: "Place", priceAmount: 4500, quota } });
  return { organiser, event, type };
}

const counts = async (eventId: string, typeId: string) => ({
  event: await h.db.event.findUniqueOrThrow({ where: { id: eventId }, select: { seatsSold: true, seatsHeld: true } }),
  type: await h.db.ticketType.findUniqueOrThrow({ where: { id: typeId }, select: { sold: true, held: true, offered: true } }),
});

describe("places at an event", () => {
  it(`${BUYERS} buyers for ${SEATS} seats at once, ${ROUNDS} rounds: exactly ${SEATS} holds every round`, async (ctx) => {
    ctx.skip(h.database.kind === "pglite", "PGlite serialises every session, so nothing can race; run with TEST_DATABASE_URL (./atelier test does)");
    const started = performance.now();
    for (let round = 0; round < ROUNDS; round++) {
      const { event, type } = await eventWithSeats(SEATS);
      const results = await Promise.allSettled(
        Array.from({ length: BUYERS }, () =>
          wide.$transaction(async (tx) => {
            const refused = await reservePlaces(tx, event.id, [{ ticketTypeId: type.id, quantity: 1 }], new Date());
            if (refused.length) throw new Error("sold out"); // all or nothing: the event's hold rolls back too
            return true;
          }),
        ),
      );
      expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(SEATS);
      expect(results.filter((r) => r.status === "rejected" && String(r.reason).includes("sold out"))).toHaveLength(BUYERS - SEATS);
      expect(await counts(event.id, type.id)).toEqual({ event: { seatsSold: 0, seatsHeld: SEATS }, type: { sold: 0, held: SEATS, offered: 0 } });
    }
    console.log(`[measure] places race: ${((ROUNDS * 1000) / (performance.now() - started)).toFixed(1)} rounds/s (${BUYERS} buyers, ${SEATS} seats)`);
  });

  it("holds, sells and releases keep the event and its ticket type in step; the quota and the waiting list are respected", async () => {
    const { event, type } = await eventWithSeats(3, 5);
    const now = new Date();
    await h.db.$transaction(async (tx) => expect(await reservePlaces(tx, event.id, [{ ticketTypeId: type.id, quantity: 2 }], now)).toEqual([]));
    await h.db.$transaction((tx) => sellHeldPlaces(tx, type.id, 1));
    await h.db.$transaction((tx) => releaseHeldPlaces(tx, type.id, 1));
    expect(await counts(event.id, type.id)).toEqual({ event: { seatsSold: 1, seatsHeld: 0 }, type: { sold: 1, held: 0, offered: 0 } });
    // more than the type's quota is refused, and the event's hold is undone with the transaction
    await expect(
      h.db.$transaction(async (tx) => {
        if ((await reservePlaces(tx, event.id, [{ ticketTypeId: type.id, quantity: 3 }], now)).length) throw new Error("refused");
      }),
    ).rejects.toThrow("refused");
    expect((await counts(event.id, type.id)).event).toEqual({ seatsSold: 1, seatsHeld: 0 });
    // someone waiting: the general sale is refused, a paid-late re-reservation is not
    const waiter = await makeUser(h.db);
    await h.db.waitingListEntry.create({ data: { eventId: event.id, ticketTypeId: type.id, userId: waiter.id } });
    expect(await h.db.$transaction((tx) => reservePlaces(tx, event.id, [{ ticketTypeId: type.id, quantity: 1 }], now))).toEqual([type.id]);
    await h.db.$transaction(async (tx) =>
      expect(await reservePlaces(tx, event.id, [{ ticketTypeId: type.id, quantity: 1 }], now, { waitingListFirst: false })).toEqual([]),
    );
    // a draft, cancelled or finished event sells nothing; the CHECK refuses what no code path should write
    await h.db.event.update({ where: { id: event.id }, data: { status: "CANCELLED" } });
    expect(await h.db.$transaction((tx) => reservePlaces(tx, event.id, [{ ticketTypeId: type.id, quantity: 1 }], now, { waitingListFirst: false }))).toEqual([
      type.id,
    ]);
    await expect(h.db.$executeRaw`UPDATE "TicketType" SET sold = quota + 1 WHERE id = ${type.id}`).rejects.toThrow(/TicketType_places_fit/);
  });
});
