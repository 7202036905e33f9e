import type { Db } from "@atelier/db";
import { AppError } from "../errors.ts";
import { stripeCatalogueEvent, stripeEventName, type EventSender } from "@atelier/events";
import type { z } from "zod";
import { jobRunIdSchema, listJobRunsSchema, listStripeEventsSchema, stripeEventIdSchema } from "../schemas/operations.ts";
import { afterIdCursor, idCursorPage } from "../pagination.ts";

export interface OperationsDeps {
  db: Db;
  events: EventSender;
  now: () => Date;
}

/** Stored Stripe webhook events, newest first; `status: "FAILED"` is the "needs attention" list. */
export async function listStripeEvents(db: Db, raw: z.input<typeof listStripeEventsSchema>) {
  const { status, type, cursor, limit } = listStripeEventsSchema.parse(raw);
  const rows = await db.stripeEvent.findMany({
    where: { ...(status ? { status } : {}), ...(type ? { type: { startsWith: type } } : {}) },
    orderBy: [{ receivedAt: "desc" }, { id: "desc" }],
    take: limit + 1,
    ...(await afterIdCursor(cursor, (id) => db.stripeEvent.findUnique({ where: { id }, select: { id: true } }))),
    select: {
      id: true,
      type: true,
      account: true,
      status: true,
      receivedAt: true,
      processedAt: true,
      deliveries: true,
      attempts: true,
      lastError: true,
      stripeCreatedAt: true,
    },
  });
  const counts = await db.stripeEvent.groupBy({ by: ["status"], _count: { _all: true } });
  return { ...idCursorPage(rows, limit), counts: Object.fromEntries(counts.map((c) => [c.status, c._count._all])) as Partial<Record<string, number>> };
}

export async function getStripeEvent(db: Db, raw: z.input<typeof stripeEventIdSchema>) {
  const { id } = stripeEventIdSchema.parse(raw);
  const event = await db.stripeEvent.findUnique({ where: { id } });
  if (!event) throw new AppError("NOT_FOUND", "No such webhook event");
  const runs = await db.jobRun.findMany({
    where: { OR: [{ eventId: id }, { eventId: { startsWith: `${id}:replay:` } }] },
    orderBy: { createdAt: "asc" },
    select: { id: true, functionId: true, eventId: true, status: true, attempts: true, maxAttempts: true, lastError: true, createdAt: true, finishedAt: true },
  });
  return { event, runs };
}

/**
 * Hands a stored event to its functions again (after a fix, or to re-check a failed one). The
 * functions re-read Stripe and only move records forward, so replaying a processed event is safe.
 * A fresh event id makes both runners run it again; the data still names the original event.
 */
export async function replayStripeEvent(deps: OperationsDeps, actorId: string, raw: z.input<typeof stripeEventIdSchema>) {
  const { id } = stripeEventIdSchema.parse(raw);
  const row = await deps.db.stripeEvent.findUnique({ where: { id } });
  if (!row) throw new AppError("NOT_FOUND", "No such webhook event");
  if (!deps.events.consumes(stripeEventName(row.type)))
    throw new AppError("PRECONDITION_FAILED", `Nothing handles ${row.type} events, so there is nothing to replay.`);
  const now = deps.now();
  const object = (row.payload as { data?: { object?: { id?: unknown } } }).data?.object;
  const event = stripeCatalogueEvent(
    { stripeEventId: row.id, type: row.type, account: row.account, objectId: typeof object?.id === "string" ? object.id : null },
    `${row.id}:replay:${now.getTime()}`,
  );
  await deps.events.send(event);
  await deps.db.$transaction([
    deps.db.stripeEvent.update({ where: { id }, data: { status: "RECEIVED", enqueuedAt: now } }),
    deps.db.auditLog.create({
      data: { actorId, action: "webhook.replay", targetType: "StripeEvent", targetId: id, data: { replayId: event.id, previousStatus: row.status } },
    }),
  ]);
  return { id, replayId: event.id };
}

/** Background function runs of the in-process queue, newest first. */
export async function listJobRuns(db: Db, raw: z.input<typeof listJobRunsSchema>) {
  const { status, functionId, cursor, limit } = listJobRunsSchema.parse(raw);
  const rows = await db.jobRun.findMany({
    where: { ...(status ? { status } : {}), ...(functionId ? { functionId } : {}) },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take: limit + 1,
    ...(await afterIdCursor(cursor, (id) => db.jobRun.findUnique({ where: { id }, select: { id: true } }))),
    select: {
      id: true,
      functionId: true,
      eventName: true,
      eventId: true,
      status: true,
      attempts: true,
      maxAttempts: true,
      runAt: true,
      lastError: true,
      createdAt: true,
      finishedAt: true,
    },
  });
  const counts = await db.jobRun.groupBy({ by: ["status"], _count: { _all: true } });
  return { ...idCursorPage(rows, limit), counts: Object.fromEntries(counts.map((c) => [c.status, c._count._all])) as Partial<Record<string, number>> };
}

export async function getJobRun(db: Db, raw: z.input<typeof jobRunIdSchema>) {
  const { id } = jobRunIdSchema.parse(raw);
  const run = await db.jobRun.findUnique({ where: { id } });
  if (!run) throw new AppError("NOT_FOUND", "No such job run");
  return run;
}

/** Puts a FAILED run back in the queue with a fresh attempt budget (completed steps are not redone). */
export async function replayJobRun(deps: OperationsDeps, actorId: string, raw: z.input<typeof jobRunIdSchema>) {
  const { id } = jobRunIdSchema.parse(raw);
  const run = await deps.db.jobRun.findUnique({ where: { id }, select: { status: true, functionId: true, eventId: true } });
  if (!run) throw new AppError("NOT_FOUND", "No such job run");
  if (!(await requeueFailedJobRun(deps.db, id, deps.now())))
    throw new AppError(
      "PRECONDITION_FAILED",
      `Only failed runs can be replayed; this run is ${{ QUEUED: "queued", RUNNING: "running", SUCCEEDED: "already done", FAILED: "failed" }[run.status]}.`,
    );
  await deps.db.auditLog.create({
    data: { actorId, action: "job.replay", targetType: "JobRun", targetId: id, data: { functionId: run.functionId, eventId: run.eventId } },
  });
  // the in-process worker picks it up on its next poll (≤ 2 s)
  return { id, status: "QUEUED" as const };
}

/** Puts a FAILED run of the in-process queue back with a fresh attempt budget; completed steps stay memoised. */
export async function requeueFailedJobRun(db: Db, id: string, now: Date): Promise<boolean> {
  const r = await db.jobRun.updateMany({
    where: { id, status: "FAILED" },
    data: { status: "QUEUED", attempts: 0, runAt: now, finishedAt: null, lockedUntil: null },
  });
  return r.count === 1;
}
