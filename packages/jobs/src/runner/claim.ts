import type { Db, JobRunModel as JobRun, Prisma } from "@atelier/db";

/**
 * The rows a claim owns: the claim bumped `attempts`, so once another worker takes the run over (which
 * bumps it again) every later write of the first one matches nothing.
 */
export function ownedRun(run: Pick<JobRun, "id" | "attempts">): Prisma.JobRunWhereInput {
  return { id: run.id, status: "RUNNING", attempts: run.attempts };
}

/**
 * Atomically takes the next due run: QUEUED with runAt ≤ now, or RUNNING whose lock expired (its
 * worker died: a live worker keeps extending the locks of what it runs, see extendLock).
 * `FOR UPDATE SKIP LOCKED` lets several workers (processes) poll one table safely.
 */
export async function claimNext(db: Db, now: Date, lockMs: number): Promise<JobRun | null> {
  const lockedUntil = new Date(now.getTime() + lockMs);
  const rows = await db.$queryRaw<JobRun[]>`
    UPDATE "JobRun" SET status = 'RUNNING'::"JobStatus", "lockedUntil" = ${lockedUntil}, attempts = attempts + 1, "updatedAt" = ${now}
    WHERE id = (
      SELECT id FROM "JobRun"
      WHERE (status = 'QUEUED'::"JobStatus" AND "runAt" <= ${now})
         OR (status = 'RUNNING'::"JobStatus" AND "lockedUntil" < ${now})
      ORDER BY "runAt", "createdAt", id
      LIMIT 1
      FOR UPDATE SKIP LOCKED
    )
    RETURNING *`;
  return rows[0] ?? null;
}

/**
 * The heartbeat: pushes the lock of a run this worker is still executing `lockMs` further. False when
 * the run is no longer this attempt's (it finished, or another worker took it over after the lock lapsed).
 */
export async function extendLock(db: Db, run: Pick<JobRun, "id" | "attempts">, now: Date, lockMs: number): Promise<boolean> {
  const r = await db.jobRun.updateMany({ where: ownedRun(run), data: { lockedUntil: new Date(now.getTime() + lockMs) } });
  return r.count === 1;
}
