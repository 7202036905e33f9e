import { Prisma, type Db } from "@atelier/db";

/** A JobRun row an event becomes, as the in-process queue plans it (packages/jobs `planJobRuns`). */
export interface PlannedJobRun {
  functionId: string;
  eventName: string;
  eventId: string;
  payload: unknown;
  maxAttempts: number;
}

/** One verified Stripe delivery, ready to store. */
export interface Delivery {
  id: string;
  type: string;
  account: string | null;
  livemode: boolean;
  apiVersion: string | null;
  /** the parsed event, stored as `payload` */
  event: unknown;
  status: "RECEIVED" | "IGNORED";
  stripeCreatedAt: Date;
  /** the handler's clock: receivedAt, and processedAt / enqueuedAt / the runs' times where they apply */
  now: Date;
  /** written with the row, in the same statement, when this delivery inserts it (the row is then marked enqueued) */
  runs: PlannedJobRun[];
}

export interface Stored {
  inserted: boolean;
  /** as stored: a duplicate delivery does not change it */
  enqueuedAt: Date | null;
  /** JobRun rows this delivery wrote */
  queued: number;
}

/** Statements per database that may be storing webhooks at once; deliveries arriving meanwhile wait and go together. */
export const MAX_STATEMENTS_IN_FLIGHT = 2;
const MAX_BATCH = 100;

interface Waiting {
  delivery: Delivery;
  resolve: (s: Stored) => void;
  reject: (e: unknown) => void;
}

/**
 * Stores a delivery once and writes its JobRun rows in the same statement (so in the same
 * transaction). Deliveries that arrive while MAX_STATEMENTS_IN_FLIGHT statements are running are
 * written together by the next one: each row and its runs still commit or roll back together, and
 * nobody is answered before the commit. Under no load a delivery goes alone, at once.
 */
export function storeOnce(db: Db, delivery: Delivery): Promise<Stored> {
  return new Promise((resolve, reject) => queueFor(db).add({ delivery, resolve, reject }));
}

const queues = new WeakMap<Db, ReturnType<typeof createQueue>>();
function queueFor(db: Db) {
  let q = queues.get(db);
  if (!q) queues.set(db, (q = createQueue(db)));
  return q;
}

function createQueue(db: Db) {
  const waiting: Waiting[] = [];
  let inFlight = 0;
  const pump = () => {
    while (inFlight < MAX_STATEMENTS_IN_FLIGHT && waiting.length) {
      inFlight++;
      void settle(db, waiting.splice(0, MAX_BATCH)).finally(() => {
        inFlight--;
        pump();
      });
    }
  };
  return {
    add(w: Waiting) {
      waiting.push(w);
      pump();
    },
  };
}

/** Runs one statement for the batch; when it fails, nothing of it was written, and each event is tried alone so one bad event fails only its own deliveries. */
async function settle(db: Db, batch: Waiting[]): Promise<void> {
  const byId = new Map<string, Waiting[]>();
  for (const w of batch) byId.set(w.delivery.id, [...(byId.get(w.delivery.id) ?? []), w]);
  try {
    const rows = await storeStatement(db, [...byId.values()]);
    for (const [id, group] of byId) answer(group, rows.get(id));
  } catch (e) {
    if (byId.size === 1) for (const w of batch) w.reject(e);
    else for (const group of byId.values()) await settle(db, group);
  }
}

/** The first delivery of an event in a batch is the one that may have inserted it; the others are duplicates of it. */
function answer(group: Waiting[], row: Stored | undefined) {
  if (!row) {
    for (const w of group) w.reject(new Error("StripeEvent insert returned nothing"));
    return;
  }
  group.forEach((w, i) => w.resolve(i === 0 ? row : { inserted: false, enqueuedAt: row.enqueuedAt, queued: 0 }));
}

/**
 * One statement for several events: insert each (in id order, so concurrent statements lock rows in
 * the same order and cannot deadlock) or count its deliveries, and write the JobRun rows of the ones
 * it inserted. Times travel as UTC ISO text into timestamp(3) columns, as Prisma writes Dates.
 */
async function storeStatement(db: Db, groups: Waiting[][]) {
  const events = groups.map((g) => {
    const d = g[0]!.delivery;
    return {
      id: d.id,
      type: d.type,
      account: d.account,
      livemode: d.livemode,
      apiVersion: d.apiVersion,
      payload: d.event,
      status: d.status,
      stripeCreatedAt: d.stripeCreatedAt.toISOString(),
      now: d.now.toISOString(),
      enqueue: d.runs.length > 0,
      deliveries: g.length,
    };
  });
  const runs = groups.flatMap((g) => g[0]!.delivery.runs);
  const rows = await db.$queryRaw<(Stored & { id: string })[]>`
    WITH d AS (
      SELECT * FROM jsonb_to_recordset(${JSON.stringify(events)}::jsonb) AS d("id" text, "type" text, "account" text, "livemode" boolean, "apiVersion" text,
        "payload" jsonb, "status" "StripeEventStatus", "stripeCreatedAt" timestamp(3), "now" timestamp(3), "enqueue" boolean, "deliveries" int)
    ), ev AS (
      INSERT INTO "StripeEvent" ("id", "type", "account", "livemode", "apiVersion", "payload", "status", "stripeCreatedAt", "receivedAt", "processedAt", "enqueuedAt", "deliveries")
      SELECT d."id", d."type", d."account", d."livemode", d."apiVersion", d."payload", d."status", d."stripeCreatedAt", d."now",
             CASE WHEN d."status" = 'IGNORED' THEN d."now" END, CASE WHEN d."enqueue" THEN d."now" END, d."deliveries"
      FROM d ORDER BY d."id"
      ON CONFLICT ("id") DO UPDATE SET "deliveries" = "StripeEvent"."deliveries" + EXCLUDED."deliveries"
      RETURNING "id", (xmax = 0) AS "inserted", "enqueuedAt", "receivedAt"
    ), queued AS (${insertJobRuns(runs, Prisma.sql`JOIN ev ON ev."id" = r."eventId" AND ev."inserted"`, Prisma.sql`ev."receivedAt"`)})
    SELECT ev."id", ev."inserted", ev."enqueuedAt", (SELECT count(*) FROM queued WHERE queued."eventId" = ev."id")::int AS "queued" FROM ev`;
  return new Map(rows.map((r) => [r.id, { inserted: r.inserted, enqueuedAt: r.enqueuedAt, queued: r.queued }]));
}

/** INSERT … SELECT of planned JobRun rows joined to `gate`; a (functionId, eventId) already queued is skipped. */
function insertJobRuns(runs: PlannedJobRun[], gate: Prisma.Sql, at: Prisma.Sql): Prisma.Sql {
  return Prisma.sql`
    INSERT INTO "JobRun" ("id", "functionId", "eventName", "eventId", "payload", "maxAttempts", "runAt", "createdAt", "updatedAt")
    SELECT gen_random_uuid()::text, r."functionId", r."eventName", r."eventId", r."payload", r."maxAttempts", ${at}, ${at}, ${at}
    FROM jsonb_to_recordset(${JSON.stringify(runs)}::jsonb) AS r("functionId" text, "eventName" text, "eventId" text, "payload" jsonb, "maxAttempts" int)
    ${gate}
    ON CONFLICT ("functionId", "eventId") DO NOTHING
    RETURNING "eventId"`;
}

/**
 * One statement: claim a stored event that was never handed over (the row lock lets one claimer
 * win) and write its runs. Rare (an event stored while Inngest was unreachable), so not batched.
 */
export async function handOverStored(db: Db, id: string, runs: PlannedJobRun[], now: Date): Promise<number> {
  const [row] = await db.$queryRaw<{ queued: number }[]>`
    WITH claimed AS (
      UPDATE "StripeEvent" SET "enqueuedAt" = ${now.toISOString()}::timestamp(3) WHERE "id" = ${id} AND "enqueuedAt" IS NULL RETURNING "enqueuedAt"
    ), queued AS (${insertJobRuns(runs, Prisma.sql`JOIN claimed ON true`, Prisma.sql`claimed."enqueuedAt"`)})
    SELECT (SELECT count(*) FROM queued)::int AS "queued"`;
  return row?.queued ?? 0;
}
