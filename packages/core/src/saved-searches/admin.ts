import type { Db } from "@atelier/db";
import { savedSearchDigestsRequested, type EventNamed, type EventSender } from "@atelier/events";

export interface DigestRequestDeps {
  db: Db;
  events: EventSender;
  now: () => Date;
}

const pending = { digestId: null, droppedAt: null } as const;

/** What /admin/health shows about saved-search alerts: how many searches alert, what waits for a digest, when one last went. */
export async function savedSearchAlertStatus(db: Db) {
  const [searches, alerting, waiting, lastDigest] = await Promise.all([
    db.savedSearch.count(),
    db.savedSearch.count({ where: { alerts: "DAILY" } }),
    db.savedSearchMatch.findMany({ where: pending, distinct: ["userId"], select: { userId: true } }),
    db.savedSearchDigest.findFirst({ orderBy: { sentAt: "desc" }, select: { sentAt: true } }),
  ]);
  const pendingMatches = await db.savedSearchMatch.count({ where: pending });
  return { searches, alerting, pendingMatches, waitingCollectors: waiting.length, lastDigestAt: lastDigest?.sentAt ?? null };
}

/** The admin's request: one event per press (its id carries the time), so two presses are two sweeps; each sweep is idempotent. */
export function adminDigestRequest(at: Date): EventNamed<"atelier/saved-search.digests-requested"> {
  return { name: savedSearchDigestsRequested.name, data: { reason: "admin" }, id: `saved-search-digests:admin:${at.getTime()}` };
}

/**
 * "Send due digests now": asks the background sweep (send-due-saved-search-digests) to mail every
 * collector with pending matches without waiting for the gathering window. The daily limit still
 * holds — someone mailed less than a day ago gets nothing now. Audited.
 */
export async function requestDueDigests(deps: DigestRequestDeps, actorId: string) {
  const event = adminDigestRequest(deps.now());
  const status = await savedSearchAlertStatus(deps.db);
  await deps.events.send(event);
  await deps.db.auditLog.create({
    data: {
      actorId,
      action: "saved-search.send-due-digests",
      targetType: "SavedSearchDigest",
      data: { eventId: event.id, pendingMatches: status.pendingMatches, waitingCollectors: status.waitingCollectors },
    },
  });
  return { eventId: event.id, pendingMatches: status.pendingMatches, waitingCollectors: status.waitingCollectors };
}
