import type { Db } from "@atelier/db";
import { emailEvent, eventsWithTransaction, savedSearchDigestDue, type EventNamed, type EventSender } from "@atelier/events";
import { formatPrice } from "../money/index.ts";
import { readStoredFilters, savedSearchGalleryPath } from "./filters.ts";

/** At most one digest per user in this long. */
export const DIGEST_INTERVAL_MS = 24 * 60 * 60 * 1000;
/** A user's first pending match waits this long before the digest goes, so a burst of new works makes one mail. */
export const DIGEST_GATHER_MS = 10 * 60 * 1000;
/** Works listed per saved search in one mail (the rest are counted, with a link to all results). */
export const WORKS_PER_SEARCH = 6;

export interface DigestDeps {
  db: Db;
  events: EventSender;
  /** public origin for the mail's links */
  appUrl: string;
  now: () => Date;
}

const pendingWhere = (userId: string) => ({ userId, digestId: null, droppedAt: null });

/**
 * When the user's next digest may go, if anything is waiting: the first pending match plus the
 * gathering window, and never earlier than a day after the last digest. `afterDigestId` names the
 * period (the last digest), so every match of one period asks for the same single run.
 */
export async function nextDigest(db: Db, userId: string): Promise<{ at: string; afterDigestId: string | null } | null> {
  const first = await db.savedSearchMatch.findFirst({ where: pendingWhere(userId), orderBy: { createdAt: "asc" }, select: { createdAt: true } });
  if (!first) return null;
  const last = await db.savedSearchDigest.findFirst({ where: { userId }, orderBy: { sentAt: "desc" }, select: { id: true, sentAt: true } });
  const at = Math.max(first.createdAt.getTime() + DIGEST_GATHER_MS, last ? last.sentAt.getTime() + DIGEST_INTERVAL_MS : 0);
  return { at: new Date(at).toISOString(), afterDigestId: last?.id ?? null };
}

/** The digest-due event of a user's current period: one id per (user, last digest), so a period schedules one digest run. */
export function digestDueEvent(userId: string, afterDigestId: string | null): EventNamed<"atelier/saved-search.digest-due"> {
  return { name: savedSearchDigestDue.name, data: { userId }, id: `saved-search-digest:${userId}:${afterDigestId ?? "first"}` };
}

export type DigestResult = { status: "sent"; digestId: string; works: number } | { status: "nothing" } | { status: "not-due"; nextAt: string };

/**
 * Mails the user one digest of their pending matches, if a day has passed since the last one. Under
 * a per-user advisory lock in one transaction: the daily limit is checked, the digest row written,
 * the matches marked and the mail queued together, so two runs at once send one mail. Matches that
 * are no longer worth sending — the work left the catalogue, or was favourited or bought meanwhile,
 * or the search was paused or deleted — are dropped, never mailed later.
 */
export async function sendDigest(deps: DigestDeps, userId: string): Promise<DigestResult> {
  const now = deps.now();
  const result = await deps.db.$transaction(async (tx) => {
    await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtextextended(${`saved-search-digest:${userId}`}, 0))`;
    const last = await tx.savedSearchDigest.findFirst({ where: { userId }, orderBy: { sentAt: "desc" }, select: { sentAt: true } });
    if (last && now.getTime() - last.sentAt.getTime() < DIGEST_INTERVAL_MS) {
      return { status: "not-due" as const, nextAt: new Date(last.sentAt.getTime() + DIGEST_INTERVAL_MS).toISOString() };
    }
    const pending = await tx.savedSearchMatch.findMany({
      where: pendingWhere(userId),
      orderBy: [{ createdAt: "asc" }, { id: "asc" }],
      select: {
        id: true,
        savedSearch: { select: { id: true, name: true, q: true, filters: true, alerts: true, unsubscribeToken: true } },
        artwork: {
          select: {
            id: true,
            slug: true,
            title: true,
            status: true,
            priceAmount: true,
            currency: true,
            artist: { select: { displayName: true } },
            favorites: { where: { userId }, select: { userId: true } },
            orderItems: { where: { order: { buyerId: userId }, status: { in: ["PAID", "SHIPPED", "DELIVERED", "REFUNDED"] } }, select: { id: true } },
          },
        },
      },
    });
    const keep = pending.filter(
      (m) => m.savedSearch?.alerts === "DAILY" && m.artwork.status === "PUBLISHED" && m.artwork.favorites.length === 0 && m.artwork.orderItems.length === 0,
    );
    const dropped = pending.filter((m) => !keep.includes(m)).map((m) => m.id);
    if (dropped.length) await tx.savedSearchMatch.updateMany({ where: { id: { in: dropped } }, data: { droppedAt: now } });
    if (keep.length === 0) return { status: "nothing" as const };
    const user = await tx.user.findUniqueOrThrow({ where: { id: userId }, select: { email: true, name: true } });
    const digest = await tx.savedSearchDigest.create({ data: { userId, sentAt: now, matchCount: keep.length }, select: { id: true } });
    await tx.savedSearchMatch.updateMany({ where: { id: { in: keep.map((m) => m.id) } }, data: { digestId: digest.id } });

    const bySearch = new Map<string, typeof keep>();
    for (const m of keep) bySearch.set(m.savedSearch!.id, [...(bySearch.get(m.savedSearch!.id) ?? []), m]);
    const searches = [...bySearch.values()].map((matches) => {
      const s = matches[0]!.savedSearch!;
      return {
        name: s.name,
        resultsUrl: `${deps.appUrl}${savedSearchGalleryPath(s.q, readStoredFilters(s.filters))}`,
        unsubscribeUrl: `${deps.appUrl}/alerts/unsubscribe?token=${s.unsubscribeToken}`,
        more: Math.max(0, matches.length - WORKS_PER_SEARCH),
        works: matches.slice(0, WORKS_PER_SEARCH).map(({ artwork: a }) => ({
          title: a.title,
          artistName: a.artist.displayName,
          price: formatPrice(a.priceAmount, a.currency),
          url: `${deps.appUrl}/artworks/${a.slug}`,
        })),
      };
    });
    const mail = emailEvent(
      {
        template: "saved-search-digest",
        to: user.email,
        props: { displayName: user.name || "collector", searches, manageUrl: `${deps.appUrl}/account/saved-searches` },
      },
      `saved-search-digest-mail:${digest.id}`,
    );
    return { status: "sent" as const, digestId: digest.id, works: keep.length, afterCommit: await eventsWithTransaction(deps.events, tx, mail) };
  });
  if (result.status !== "sent") return result;
  await result.afterCommit();
  return { status: "sent", digestId: result.digestId, works: result.works };
}

/** The daily sweep and the admin's "send due digests now": a digest to every user with pending matches whose daily limit allows one. */
export async function sendDueDigests(deps: DigestDeps): Promise<{ users: number; sent: number; notDue: number }> {
  const users = await deps.db.savedSearchMatch.findMany({ where: { digestId: null, droppedAt: null }, distinct: ["userId"], select: { userId: true } });
  let sent = 0;
  let notDue = 0;
  for (const { userId } of users) {
    const r = await sendDigest(deps, userId);
    if (r.status === "sent") sent++;
    if (r.status === "not-due") notDue++;
  }
  return { users: users.length, sent, notDue };
}
