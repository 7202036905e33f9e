import type { Db } from "@atelier/db";
import { searchCatalogue, type SearchDeps } from "../search/index.ts";
import { MAX_PAGE_SIZE } from "../schemas/discovery.ts";
import { readStoredFilters } from "./filters.ts";

/** Saved searches read per batch while matching one new work. */
const BATCH = 200;

export interface MatchOutcome {
  /** why nothing was matched, when the work is not public */
  skipped?: string;
  /** saved searches considered (alerts on, saved before the work was published, not the artist's own) */
  considered: number;
  /** new matches recorded, one per user at most */
  matched: number;
  /** users with a new match: their digest is due */
  userIds: string[];
}

/**
 * The collector already saw the work — so it never alerts: it matched one of their saved searches
 * before (any of them, even one since deleted), they favourited it, or they bought it. Atelier does
 * not record page views, so a work only looked at can still alert once.
 */
async function usersWhoSaw(db: Db, artworkId: string, userIds: string[]): Promise<Set<string>> {
  const [matched, favourited, bought] = await Promise.all([
    db.savedSearchMatch.findMany({ where: { artworkId, userId: { in: userIds } }, select: { userId: true } }),
    db.favorite.findMany({ where: { artworkId, userId: { in: userIds } }, select: { userId: true } }),
    db.orderItem.findMany({
      where: { artworkId, order: { buyerId: { in: userIds } }, status: { in: ["PAID", "SHIPPED", "DELIVERED", "REFUNDED"] } },
      select: { order: { select: { buyerId: true } } },
    }),
  ]);
  return new Set([...matched.map((m) => m.userId), ...favourited.map((f) => f.userId), ...bought.map((b) => b.order.buyerId)]);
}

/**
 * Matches a newly published work against every saved search with alerts on, by the same hybrid
 * search the gallery uses (full-text and vectors, under the search's filters): the work matches when
 * the search finds it. Each search runs within the work's artist (an `artist` filter added), so
 * the new work competes with that artist's few works, not the whole catalogue, and a relevant work
 * is never cut off by older, better-ranked ones. Only searches saved before the work was first
 * published count (otherwise the collector saw it in the results when saving), never the artist's
 * own. Each (user, work) is recorded once (unique), so retries and republishing alert once.
 */
export async function matchPublishedArtwork(deps: SearchDeps & { now?: () => Date }, artworkId: string): Promise<MatchOutcome> {
  const { db } = deps;
  const artwork = await db.artwork.findUnique({
    where: { id: artworkId },
    select: { id: true, status: true, publishedAt: true, artist: { select: { slug: true, userId: true } } },
  });
  if (!artwork || artwork.status !== "PUBLISHED" || !artwork.publishedAt) return { skipped: "not public", considered: 0, matched: 0, userIds: [] };
  const results = new Map<string, Promise<boolean>>();
  const finds = (q: string | null, filters: ReturnType<typeof readStoredFilters>) => {
    const scoped = { ...filters, artist: artwork.artist.slug };
    const key = JSON.stringify([q, scoped]);
    let found = results.get(key);
    if (!found) {
      found = searchCatalogue(deps, { q: q ?? undefined, filters: scoped, limit: MAX_PAGE_SIZE }).then((r) => r.items.some((a) => a.id === artworkId));
      results.set(key, found);
    }
    return found;
  };

  let considered = 0;
  const matchedUsers = new Set<string>();
  let cursor: string | undefined;
  for (;;) {
    const searches = await db.savedSearch.findMany({
      where: { alerts: "DAILY", createdAt: { lt: artwork.publishedAt }, userId: { not: artwork.artist.userId } },
      orderBy: { id: "asc" },
      take: BATCH,
      ...(cursor ? { cursor: { id: cursor }, skip: 1 } : {}),
      select: { id: true, userId: true, q: true, filters: true },
    });
    if (searches.length === 0) break;
    cursor = searches.at(-1)!.id;
    considered += searches.length;
    const saw = await usersWhoSaw(db, artworkId, [...new Set(searches.map((s) => s.userId))]);
    for (const s of searches) {
      if (saw.has(s.userId) || matchedUsers.has(s.userId)) continue;
      const filters = readStoredFilters(s.filters);
      if (filters.artist && filters.artist !== artwork.artist.slug) continue;
      if (!(await finds(s.q, filters))) continue;
      const { count } = await db.savedSearchMatch.createMany({ data: [{ userId: s.userId, savedSearchId: s.id, artworkId }], skipDuplicates: true });
      if (count > 0) matchedUsers.add(s.userId);
    }
    if (searches.length < BATCH) break;
  }
  return { considered, matched: matchedUsers.size, userIds: [...matchedUsers] };
}
