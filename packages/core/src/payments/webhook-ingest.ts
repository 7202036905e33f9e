import { Prisma, type Db } from "@atelier/db";
import { stripeCatalogueEvent, stripeEventName } from "@atelier/events";
import type { CatalogueEvent, EventSender } from "@atelier/events";
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

/** A JobRun row an event becomes, as the in-process queue plans it (packages/jobs `planJobRuns`). */
interface PlannedJobRun {
  functionId: string;
  eventName: string;
  eventId: string;
  payload: unknown;
  maxAttempts: number;
}

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

interface Stored {
  inserted: boolean;
  enqueuedAt: Date | null;
  queued: number;
}

/**
 * POST /api/webhooks/stripe, minus HTTP: verify the signature over the raw body, store the event
 * once by its id (a duplicate only counts a delivery), and hand events some function handles to
 * the job system under `stripe/<type>` with the Stripe event id as the event id.
 *
 * With the in-process queue, storing and handing over are ONE SQL statement (one round trip, its
 * own transaction): the StripeEvent row and its JobRun rows commit together or not at all, and
 * the JobRun rows are written only by the delivery that inserted the event. With Inngest the
 * hand-over follows the commit, and a failed send leaves `enqueuedAt` empty so Stripe's next
 * delivery hands it over again.
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

  const row = await storeOnce(deps.db, event, { handled, now, runs: planned?.runs ?? [] });
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

/**
 * INSERT … SELECT of planned JobRun rows (from the `input` CTE's `runs`), written only when `gate`
 * holds; a (functionId, eventId) already queued is skipped.
 */
function insertJobRuns(gate: Prisma.Sql): Prisma.Sql {
  return Prisma.sql`
    INSERT INTO "JobRun" ("id", "functionId", "eventName", "eventId", "payload", "maxAttempts", "runAt", "createdAt", "updatedAt")
    SELECT gen_random_uuid()::text, r."functionId", r."eventName", r."eventId", r."payload", r."maxAttempts", input.now, input.now, input.now
    FROM input, jsonb_to_recordset(input.runs) AS r("functionId" text, "eventName" text, "eventId" text, "payload" jsonb, "maxAttempts" int)
    WHERE ${gate}
    ON CONFLICT ("functionId", "eventId") DO NOTHING
    RETURNING 1`;
}

/**
 * The statement's inputs, each bound once. Times go as UTC ISO text cast to timestamp(3) — what
 * Prisma itself writes for a Date — which spares the client its per-Date parameter handling.
 */
function input(now: Date, runs: PlannedJobRun[]): Prisma.Sql {
  return Prisma.sql`input AS (SELECT ${now.toISOString()}::timestamp(3) AS now, ${JSON.stringify(runs)}::jsonb AS runs)`;
}

/**
 * One statement: insert the event (or count one more delivery of it) and, when this delivery
 * inserted it, its JobRun rows. A new row with runs is marked enqueued in the same statement.
 * `RETURNING enqueuedAt` gives the stored value: a duplicate does not change it.
 */
async function storeOnce(db: Db, event: Stripe.Event, o: { handled: boolean; now: Date; runs: PlannedJobRun[] }): Promise<Stored> {
  const [row] = await db.$queryRaw<Stored[]>`
    WITH ${input(o.now, o.runs)}, ev AS (
      INSERT INTO "StripeEvent" ("id", "type", "account", "livemode", "apiVersion", "payload", "status", "stripeCreatedAt", "receivedAt", "processedAt", "enqueuedAt")
      SELECT ${event.id}, ${event.type}, ${event.account ?? null}, ${event.livemode === true}, ${event.api_version ?? null}, ${JSON.stringify(event)}::jsonb,
             ${o.handled ? "RECEIVED" : "IGNORED"}::"StripeEventStatus", ${new Date(event.created * 1000).toISOString()}::timestamp(3), input.now,
             ${o.handled ? Prisma.sql`NULL` : Prisma.sql`input.now`}, ${o.runs.length ? Prisma.sql`input.now` : Prisma.sql`NULL`}
      FROM input
      ON CONFLICT ("id") DO UPDATE SET "deliveries" = "StripeEvent"."deliveries" + 1
      RETURNING (xmax = 0) AS "inserted", "enqueuedAt"
    ), queued AS (${insertJobRuns(Prisma.sql`EXISTS (SELECT 1 FROM ev WHERE ev."inserted")`)})
    SELECT ev."inserted", ev."enqueuedAt", (SELECT count(*) FROM queued)::int AS "queued" FROM ev`;
  if (!row) throw new Error("StripeEvent insert returned nothing");
  return row;
}

/** One statement: claim a stored event that was never handed over (row lock: one claimer wins) and queue its runs. */
async function handOverStored(db: Db, id: string, runs: PlannedJobRun[], now: Date): Promise<number> {
  const [row] = await db.$queryRaw<{ queued: number }[]>`
    WITH ${input(now, runs)}, claimed AS (
      UPDATE "StripeEvent" SET "enqueuedAt" = input.now FROM input WHERE "id" = ${id} AND "enqueuedAt" IS NULL RETURNING "id"
    ), queued AS (${insertJobRuns(Prisma.sql`EXISTS (SELECT 1 FROM claimed)`)})
    SELECT (SELECT count(*) FROM queued)::int AS "queued"`;
  return row?.queued ?? 0;
}
