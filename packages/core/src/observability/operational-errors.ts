import type { Db } from "@atelier/db";

export const MAX_OPERATIONAL_MESSAGE = 1000;

/** The message with numbers, ids and quoted values blanked, so one kind of failure is one row. */
export function fingerprintOf(message: string): string {
  return message
    .replace(/"[^"]*"|'[^']*'/g, "…")
    .replace(/\b[0-9a-f]{8,}\b|\d+/gi, "#")
    .slice(0, 200);
}

/**
 * Records a failure the team must look at (shown on /admin/health): one row per source and kind,
 * counted, with when it was first and last seen and the latest message in full.
 */
export async function recordOperationalError(db: Db, input: { source: string; message: string; now?: Date }): Promise<void> {
  const now = input.now ?? new Date();
  const message = input.message.slice(0, MAX_OPERATIONAL_MESSAGE);
  const fingerprint = fingerprintOf(message);
  await db.operationalError.upsert({
    where: { source_fingerprint: { source: input.source, fingerprint } },
    create: { source: input.source, fingerprint, message, firstSeenAt: now, lastSeenAt: now },
    update: { message, count: { increment: 1 }, lastSeenAt: now },
  });
}

/** The most recently seen failures. */
export function recentOperationalErrors(db: Db, since: Date, limit = 20) {
  return db.operationalError.findMany({
    where: { lastSeenAt: { gte: since } },
    orderBy: { lastSeenAt: "desc" },
    take: limit,
    select: { id: true, source: true, message: true, count: true, firstSeenAt: true, lastSeenAt: true },
  });
}
