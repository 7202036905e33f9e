import type { Db, Prisma } from "@atelier/db";
import { printLabEventReceivedEvent, type EventSender } from "@atelier/events";
import type { PrintLabAdapter } from "./print-lab.ts";

export interface PrintLabWebhookDeps {
  db: Db;
  lab: PrintLabAdapter;
  events: EventSender;
  now: () => Date;
}

export type PrintLabIngestResult =
  { ok: true; eventId: string; type: string; outcome: "stored" | "duplicate"; handled: boolean } | { ok: false; status: 400; error: string };

/**
 * POST /api/webhooks/print-lab, minus HTTP: the configured lab's adapter verifies the raw body (the
 * signature, and that it is fresh: unsigned, wrongly signed and old deliveries are refused and nothing is
 * stored), then the event is stored once by its id — a repeat only counts a delivery — and an event that
 * says something about an order is handed to `apply-print-lab-event`. With the in-process queue the row
 * and its job run commit in one transaction; with Inngest the hand-over follows the commit, and a failed
 * send leaves `enqueuedAt` empty so the lab's next delivery hands it over again (as the Stripe ingest does).
 */
export async function ingestPrintLabWebhook(deps: PrintLabWebhookDeps, rawBody: string, headers: Headers): Promise<PrintLabIngestResult> {
  const verdict = deps.lab.verifyWebhook(rawBody, headers, deps.now());
  if (!verdict.ok) return { ok: false, status: 400, error: verdict.error };
  const e = verdict.event;
  const id = `${e.provider}:${e.id}`;
  const handled = e.status !== null && e.externalOrderId !== null;
  const now = deps.now();
  const handOver = printLabEventReceivedEvent(id);
  const change = { status: e.status, shipment: e.shipment, deliveredAt: e.deliveredAt, reason: e.reason };

  const { inserted, needsSend, afterCommit } = await deps.db.$transaction(async (tx) => {
    const [row] = await tx.$queryRaw<{ inserted: boolean; enqueuedAt: Date | null }[]>`
      INSERT INTO "PrintLabEvent" ("id", "provider", "type", "externalOrderId", "payload", "change", "status", "occurredAt", "receivedAt", "processedAt", "outcome")
      VALUES (${id}, ${e.provider}, ${e.type}, ${e.externalOrderId}, ${JSON.stringify(e.payload)}::jsonb, ${JSON.stringify(change)}::jsonb,
              ${handled ? "RECEIVED" : "IGNORED"}::"PrintLabEventStatus", ${e.occurredAt.toISOString()}::timestamp(3), ${now.toISOString()}::timestamp(3),
              ${handled ? null : now.toISOString()}::timestamp(3), ${handled ? null : "nothing to apply"})
      ON CONFLICT ("id") DO UPDATE SET "deliveries" = "PrintLabEvent"."deliveries" + 1
      RETURNING (xmax = 0) AS "inserted", "enqueuedAt"`;
    if (!row) throw new Error("PrintLabEvent insert returned nothing");
    if (!handled || row.enqueuedAt) return { inserted: row.inserted, needsSend: false, afterCommit: () => {} };
    if (!deps.events.enqueueInTransaction) return { inserted: row.inserted, needsSend: true, afterCommit: () => {} };
    const after = await deps.events.enqueueInTransaction(tx, handOver);
    await markEnqueued(tx, id, now);
    return { inserted: row.inserted, needsSend: false, afterCommit: after };
  });
  afterCommit();
  if (needsSend) {
    await deps.events.send(handOver); // throws → 500 → the lab retries, and we hand it over then
    await markEnqueued(deps.db, id, deps.now());
  }
  return { ok: true, eventId: id, type: e.type, outcome: inserted ? "stored" : "duplicate", handled };
}

async function markEnqueued(db: Db | Prisma.TransactionClient, id: string, at: Date) {
  await db.printLabEvent.updateMany({ where: { id, enqueuedAt: null }, data: { enqueuedAt: at } });
}
