import type { Tx } from "./tx.ts";

export interface PlaceRequest {
  ticketTypeId: string;
  quantity: number;
}

/**
 * Holds places at a published event inside the caller's transaction: the same rule as an artwork's units
 * (reserve.ts), one conditional UPDATE per stock row deciding under that row's lock. The event's row first
 * (sold + held + q ≤ capacity), then each ticket type in id order (sold + held + offered + q ≤ quota, inside its
 * sale window, and nobody waiting for it: freed places go to the waiting list first) — the same key order
 * everywhere, so concurrent buyers never deadlock. The row lock plays the part of pretix's advisory lock: every
 * decision on a quota is serialised on its row and sees the others' committed counts. Returns the ticket type
 * ids refused (all of them when the event is full); the caller rolls back on any. CHECK TicketType_places_fit
 * and Event_seats_fit are the backstop.
 */
export async function reservePlaces(
  tx: Tx,
  eventId: string,
  requests: PlaceRequest[],
  now: Date,
  opts: { waitingListFirst?: boolean } = {},
): Promise<string[]> {
  const total = requests.reduce((s, r) => s + r.quantity, 0);
  for (const r of requests)
    if (!Number.isSafeInteger(r.quantity) || r.quantity < 1) throw new RangeError(`quantity must be a whole number ≥ 1 (got ${r.quantity})`);
  const seats = await tx.$executeRaw`
    UPDATE "Event" SET "seatsHeld" = "seatsHeld" + ${total}, "updatedAt" = now()
    WHERE id = ${eventId} AND status = 'PUBLISHED' AND "endsAt" > ${now} AND "seatsSold" + "seatsHeld" + ${total} <= capacity`;
  if (seats !== 1) return requests.map((r) => r.ticketTypeId);
  const waitingListFirst = opts.waitingListFirst ?? true;
  const refused: string[] = [];
  for (const r of [...requests].sort((a, b) => (a.ticketTypeId < b.ticketTypeId ? -1 : 1))) {
    const held = await tx.$executeRaw`
      UPDATE "TicketType" t SET held = held + ${r.quantity}, "updatedAt" = now()
      WHERE t.id = ${r.ticketTypeId} AND t."eventId" = ${eventId}
        AND t.sold + t.held + t.offered + ${r.quantity} <= t.quota
        AND (t."saleStartsAt" IS NULL OR t."saleStartsAt" <= ${now}) AND (t."saleEndsAt" IS NULL OR t."saleEndsAt" > ${now})
        AND (NOT ${waitingListFirst} OR NOT EXISTS (SELECT 1 FROM "WaitingListEntry" w WHERE w."ticketTypeId" = t.id AND w.status = 'WAITING'))`;
    if (held !== 1) refused.push(r.ticketTypeId);
  }
  return refused;
}

/** Held places become sold (payment arrived, or a free ticket): the type's and the event's counts move together. */
export async function sellHeldPlaces(tx: Tx, ticketTypeId: string, quantity: number): Promise<void> {
  await tx.$executeRaw`UPDATE "TicketType" SET held = held - ${quantity}, sold = sold + ${quantity}, "updatedAt" = now() WHERE id = ${ticketTypeId}`;
  await tx.$executeRaw`
    UPDATE "Event" SET "seatsHeld" = "seatsHeld" - ${quantity}, "seatsSold" = "seatsSold" + ${quantity}, "updatedAt" = now()
    WHERE id = (SELECT "eventId" FROM "TicketType" WHERE id = ${ticketTypeId})`;
}

/** Held places go back (an open checkout expired or was cancelled). Callers decide exactly once (a conditional status move) before calling. */
export async function releaseHeldPlaces(tx: Tx, ticketTypeId: string, quantity: number): Promise<void> {
  await tx.$executeRaw`UPDATE "TicketType" SET held = held - ${quantity}, "updatedAt" = now() WHERE id = ${ticketTypeId}`;
  await tx.$executeRaw`
    UPDATE "Event" SET "seatsHeld" = "seatsHeld" - ${quantity}, "updatedAt" = now()
    WHERE id = (SELECT "eventId" FROM "TicketType" WHERE id = ${ticketTypeId})`;
}

/** Sold places come back (a ticket refunded or voided). */
export async function returnSoldPlaces(tx: Tx, ticketTypeId: string, quantity: number): Promise<void> {
  await tx.$executeRaw`UPDATE "TicketType" SET sold = sold - ${quantity}, "updatedAt" = now() WHERE id = ${ticketTypeId}`;
  await tx.$executeRaw`
    UPDATE "Event" SET "seatsSold" = "seatsSold" - ${quantity}, "updatedAt" = now()
    WHERE id = (SELECT "eventId" FROM "TicketType" WHERE id = ${ticketTypeId})`;
}
