import { Prisma, type Db } from "@atelier/db";
import { vectorSearchAvailable } from "@atelier/db/vector";
import { hydrateCards, type ArtworkCard } from "../discovery/cards.ts";
import { filterConditions } from "../discovery/query.ts";
import { reciprocalRankFusion } from "./rrf.ts";
import { sharedTagIds, type SimilarMode } from "./similar.ts";
import { buildVectorSql, runVectorQuery } from "./vector-query.ts";

/** Favourites taken into account (the most recent ones). */
const TASTE_WINDOW = 50;

export interface Recommendations {
  items: ArtworkCard[];
  /** vector: near the centroid of the favourites' embeddings; tags: shared tags/medium; following: only followed artists (no favourites); none: nothing to go on yet */
  mode: SimilarMode | "following" | "none";
}

/**
 * "Recommended for you": available works near the user's taste — the centroid (pgvector avg) of
 * their favourites' embeddings, or shared tags and media without vectors — fused (RRF) with the
 * newest works of artists they follow. Purchases count as taste like favourites (works they paid for,
 * shipped or delivered), and are never recommended back: an original they own is theirs, an edition they
 * bought is one they have. Never their favourites or their own works.
 */
export async function recommendedFor(db: Db, userId: string, limit: number): Promise<Recommendations> {
  const favourites = await db.favorite.findMany({
    where: { userId, artwork: { status: { in: ["PUBLISHED", "SOLD"] } } },
    orderBy: { createdAt: "desc" },
    take: TASTE_WINDOW,
    select: { artworkId: true, artwork: { select: { tags: true, medium: true } } },
  });
  const purchases = await db.orderItem.findMany({
    where: { order: { buyerId: userId }, status: { in: ["PAID", "SHIPPED", "DELIVERED"] }, artworkId: { not: null } },
    orderBy: { createdAt: "desc" },
    take: TASTE_WINDOW,
    select: { artworkId: true, artwork: { select: { tags: true, medium: true } } },
  });
  const purchased = purchases.flatMap((p) => (p.artworkId && p.artwork ? [{ artworkId: p.artworkId, artwork: p.artwork }] : []));
  const followed = await db.follow.count({ where: { userId } });
  if (favourites.length === 0 && purchases.length === 0 && followed === 0) return { items: [], mode: "none" };

  // taste: favourites and purchases alike; both are excluded from what is recommended
  const tasteRows = [...favourites, ...purchased];
  const favIds = [...new Set(tasteRows.map((f) => f.artworkId))];
  const notMine = [Prisma.sql`p."userId" <> ${userId}`];
  const pool = limit * 2;
  let taste: string[] = [];
  let mode: SimilarMode = "tags";
  if (favIds.length && (await vectorSearchAvailable(db)) && (await db.artworkEmbedding.count({ where: { artworkId: { in: favIds } } })) > 0) {
    const centroid = Prisma.sql`(SELECT avg("embedding") FROM "ArtworkEmbedding" WHERE "artworkId" = ANY(${favIds}::text[]))`;
    const rows = await runVectorQuery(
      db,
      buildVectorSql({ filters: { availability: "available" }, vector: centroid, take: pool, excludeIds: favIds, where: notMine }),
    );
    taste = rows.map((r) => r.id);
    mode = "vector";
  } else if (favIds.length) {
    const tags = [...new Set(tasteRows.flatMap((f) => f.artwork.tags))];
    const media = [...new Set(tasteRows.map((f) => f.artwork.medium))];
    taste = await sharedTagIds(db, { tags, media }, { take: pool, excludeIds: favIds, where: notMine });
  }

  const fromFollowed = await db.$queryRaw<{ id: string }[]>`
    SELECT a."id" FROM "Artwork" a JOIN "ArtistProfile" p ON p."id" = a."artistId"
    JOIN "Follow" f ON f."artistId" = a."artistId" AND f."userId" = ${userId}
    WHERE ${Prisma.join([...filterConditions({ availability: "available" }), ...notMine, Prisma.sql`a."id" <> ALL(${favIds}::text[])`], " AND ")}
    ORDER BY a."publishedAt" DESC NULLS LAST, a."id" DESC
    LIMIT ${pool}`;
  const ids = reciprocalRankFusion([taste, fromFollowed.map((r) => r.id)]).slice(0, limit);
  return { items: await hydrateCards(db, ids), mode: favIds.length ? mode : "following" };
}
