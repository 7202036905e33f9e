import type { Db } from "@atelier/db";
import { stripeCatalogueEvent, stripeEventName } from "@atelier/events";
import type { CatalogueEvent, EventSender } from "@atelier/events";
import type Stripe from "stripe";
import { handOverStored, storeOnce, type PlannedJobRun } from "./webhook-store.ts";

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

/**
 * A sender that can say which JobRun rows an event becomes without writing them (the in-process
 * queue can), so the ingest writes them in the very statement that stores the event.
 */
interface PlansJobRuns {
  planJobRuns(event: CatalogueEvent): { runs: PlannedJobRun[]; afterCommit: () => void };
}

function plansJobRuns(sender: EventSender): sender is EventSender & PlansJobRuns {
  return typeof (sender as Partial<PlansJobRuns>).planJobRuns === "function";
}

/**
 * POST /api/webhooks/stripe, minus HTTP: verify the signature over the raw body, store the event
 * once by its id (a duplicate only counts a delivery), and hand events some function handles to
 * the job system under `stripe/<type>` with the Stripe event id as the event id.
 *
 * With the in-process queue, storing and handing over are ONE SQL statement (one round trip, its
 * own transaction; under load shared with the deliveries that arrived meanwhile, see
 * ./webhook-store.ts): the StripeEvent row and its JobRun rows commit together or not at all, the
 * JobRun rows are written only by the delivery that inserted the event, and nothing is answered
 * before the commit. With Inngest the hand-over follows the commit, and a failed send leaves
 * `enqueuedAt` empty so Stripe's next delivery hands it over again.
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
  const planned = handOver && plansJobRuns(deps.events) ? deps.events.planJobRuns(handOver) : null;
  const now = deps.now();

  const row = await storeOnce(deps.db, {
    id: event.id,
    type: event.type,
    account: event.account ?? null,
    livemode: event.livemode === true,
    apiVersion: event.api_version ?? null,
    event,
    status: handled ? "RECEIVED" : "IGNORED",
    stripeCreatedAt: new Date(event.created * 1000),
    now,
    runs: planned?.runs ?? [],
  });
  let queued = row.queued;
  if (planned && !row.inserted && !row.enqueuedAt) {
    // stored earlier without a hand-over (e.g. while Inngest was configured and unreachable)
    queued = await handOverStored(deps.db, event.id, planned.runs, now);
  } else if (handOver && !planned && !row.enqueuedAt) {
    await deps.events.send(handOver); // throws → 500 → Stripe retries, and we hand it over then
    await deps.db.stripeEvent.updateMany({ where: { id: event.id, enqueuedAt: null }, data: { enqueuedAt: deps.now() } });
  }
  if (planned && queued > 0) planned.afterCommit();
  return { ok: true, eventId: event.id, type: event.type, outcome: row.inserted ? "stored" : "duplicate", handled };
}
