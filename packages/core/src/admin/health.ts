import type { Db } from "@atelier/db";
import { recentOperationalErrors } from "../observability/operational-errors.ts";
import type { ProcedureLatency } from "../observability/procedure-stats.ts";

const DAY_MS = 86_400_000;

export interface HealthDeps {
  db: Db;
  now: () => Date;
  /** this server process's per-procedure latency (the tRPC middleware's rolling window) */
  procedureLatency: () => ProcedureLatency[];
}

/**
 * What an admin needs to see at a glance: is background work keeping up (queue depth, age of the
 * oldest run that is due), what failed in the last day (job runs, webhooks), what is parked waiting
 * for a retry, the slowest procedures, and operational errors (AI provider outages, ...).
 */
export async function platformHealth(deps: HealthDeps) {
  const now = deps.now();
  const since = new Date(now.getTime() - DAY_MS);
  const { db } = deps;
  const [queued, running, oldestDue, due, parked, nextRetry, failedJobs, failedJobCount, failedWebhooks, failedWebhookCount, operationalErrors] =
    await Promise.all([
      db.jobRun.count({ where: { status: "QUEUED" } }),
      db.jobRun.count({ where: { status: "RUNNING" } }),
      db.jobRun.findFirst({ where: { status: "QUEUED", runAt: { lte: now } }, orderBy: { runAt: "asc" }, select: { runAt: true } }),
      db.jobRun.count({ where: { status: "QUEUED", runAt: { lte: now } } }),
      db.jobRun.count({ where: { status: "QUEUED", attempts: { gt: 0 } } }),
      db.jobRun.findFirst({ where: { status: "QUEUED", attempts: { gt: 0 } }, orderBy: { runAt: "asc" }, select: { runAt: true } }),
      db.jobRun.findMany({
        where: { status: "FAILED", finishedAt: { gte: since } },
        orderBy: { finishedAt: "desc" },
        take: 10,
        select: { id: true, functionId: true, attempts: true, lastError: true, finishedAt: true },
      }),
      db.jobRun.count({ where: { status: "FAILED", finishedAt: { gte: since } } }),
      db.stripeEvent.findMany({
        where: { status: "FAILED", receivedAt: { gte: since } },
        orderBy: { receivedAt: "desc" },
        take: 10,
        select: { id: true, type: true, attempts: true, lastError: true, receivedAt: true },
      }),
      db.stripeEvent.count({ where: { status: "FAILED", receivedAt: { gte: since } } }),
      recentOperationalErrors(db, new Date(now.getTime() - 7 * DAY_MS)),
    ]);
  return {
    checkedAt: now,
    queue: {
      queued,
      running,
      due,
      oldestDueAgeSeconds: oldestDue ? Math.max(0, Math.round((now.getTime() - oldestDue.runAt.getTime()) / 1000)) : null,
    },
    parked: { waitingForRetry: parked, nextRetryAt: nextRetry?.runAt ?? null },
    failedJobs: { last24h: failedJobCount, latest: failedJobs },
    failedWebhooks: { last24h: failedWebhookCount, latest: failedWebhooks },
    slowestProcedures: deps.procedureLatency().slice(0, 10),
    operationalErrors,
  };
}
export type PlatformHealth = Awaited<ReturnType<typeof platformHealth>>;
