import type { Db } from "@atelier/db";
import { stripeCatalogueEvent, stripeEventName } from "@atelier/events";
import type { EventSender } from "@atelier/events";
import type Stripe from "stripe";

export interface WebhookDeps {
  db: Db;
  stripe: Stripe;
  webhookSecret: string;
  events: EventSender;
  now: () => Date;
}

/** Stripe's default: a signature older than five minutes is refused (replay protection). */
export const SIGNATURE_TOLERANCE_SECONDS = 300;

export type IngestResult =
  { ok: true; eventId: string; type: string; outcome: "stored" | "duplicate"; handled: boolean } | { ok: false; status: 400; error: string };

interface Inserted {
  inserted: boolean;
  enqueuedAt: Date | null;
}

/**
 * POST /api/webhooks/stripe, minus HTTP: verify the signature over the raw body, store the event
 * once by its id (a duplicate only counts a delivery), and hand events some function handles to
 * the job system under `stripe/<type>` with the Stripe event id as the event id. With the
 * in-process queue the hand-over commits with the row; with Inngest it follows the commit, and a
 * failed send leaves `enqueuedAt` empty so Stripe's next delivery hands it over again.
 */
export async function ingestStripeWebhook(deps: WebhookDeps, rawBody: string | Buffer, signature: string | null): Promise<IngestResult> {
  if (!signature) return { ok: false, status: 400, error: "Missing Stripe-Signature header" };
  let event: Stripe.Event;
  try {
    event = deps.stripe.webhooks.constructEvent(rawBody, signature, deps.webhookSecret, SIGNATURE_TOLERANCE_SECONDS);
  } catch (e) {
    return { ok: false, status: 400, error: e instanceof SyntaxError ? "Body is not JSON" : `Signature verification failed: ${(e as Error).message}` };
  }
  if (typeof event?.id !== "string" || !event.id.startsWith("evt_") || typeof event.type !== "string" || typeof event.created !== "number") {
    return { ok: false, status: 400, error: "Not a Stripe event" };
  }

  const handled = deps.events.consumes(stripeEventName(event.type));
  const object = event.data?.object as { id?: unknown } | undefined;
  const handOver = handled
    ? stripeCatalogueEvent(
        { stripeEventId: event.id, type: event.type, account: event.account ?? null, objectId: typeof object?.id === "string" ? object.id : null },
        event.id,
      )
    : null;
  const now = deps.now();
  const status = handled ? "RECEIVED" : "IGNORED";
  const enqueueInTx = deps.events.enqueueInTransaction?.bind(deps.events);

  // With the in-process queue a new row is marked enqueued in the same statement, and its job rows
  // are written in the same transaction below: both commit, or neither does.
  const enqueuedNow = handOver && enqueueInTx ? now : null;
  const { row, afterCommit } = await deps.db.$transaction(async (tx) => {
    const [row] = await tx.$queryRaw<Inserted[]>`
      INSERT INTO "StripeEvent" ("id", "type", "account", "livemode", "apiVersion", "payload", "status", "stripeCreatedAt", "receivedAt", "processedAt", "enqueuedAt")
      VALUES (${event.id}, ${event.type}, ${event.account ?? null}, ${event.livemode === true}, ${event.api_version ?? null}, ${JSON.stringify(event)}::jsonb,
              ${status}::"StripeEventStatus", ${new Date(event.created * 1000)}, ${now}, ${handled ? null : now}, ${enqueuedNow})
      ON CONFLICT ("id") DO UPDATE SET "deliveries" = "StripeEvent"."deliveries" + 1
      RETURNING (xmax = 0) AS "inserted", "enqueuedAt"`;
    if (!row) throw new Error("StripeEvent insert returned nothing");
    if (!handOver || !enqueueInTx) return { row, afterCommit: null };
    if (row.inserted) return { row, afterCommit: await enqueueInTx(tx, handOver) };
    if (row.enqueuedAt) return { row, afterCommit: null };
    // stored earlier without a hand-over (e.g. while Inngest was configured and unreachable)
    const wake = await enqueueInTx(tx, handOver);
    await tx.stripeEvent.update({ where: { id: event.id }, data: { enqueuedAt: now } });
    return { row, afterCommit: wake };
  });

  if (afterCommit) afterCommit();
  else if (handOver && !row.enqueuedAt && !enqueueInTx) {
    await deps.events.send(handOver); // throws → 500 → Stripe retries, and we hand it over then
    await deps.db.stripeEvent.updateMany({ where: { id: event.id, enqueuedAt: null }, data: { enqueuedAt: deps.now() } });
  }
  return { ok: true, eventId: event.id, type: event.type, outcome: row.inserted ? "stored" : "duplicate", handled };
}
