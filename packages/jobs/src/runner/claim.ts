import type { Db, JobRunModel as JobRun } from "@atelier/db";

/**
 * Atomically takes the next due run: QUEUED with runAt ≤ now, or RUNNING whose lock expired (its
 * worker died). `FOR UPDATE SKIP LOCKED` lets several workers (processes) poll one table safely.
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
