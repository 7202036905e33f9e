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
 * newest works of artists they follow. Never their favourites or their own works.
 * (Purchases will join the favourites here once orders exist.)
 */
export async function recommendedFor(db: Db, userId: string, limit: number): Promise<Recommendations> {
  const favourites = await db.favorite.findMany({
    where: { userId, artwork: { status: { in: ["PUBLISHED", "SOLD"] } } },
    orderBy: { createdAt: "desc" },
    take: TASTE_WINDOW,
    select: { artworkId: true, artwork: { select: { tags: true, medium: true } } },
  });
  const followed = await db.follow.count({ where: { userId } });
  if (favourites.length === 0 && followed === 0) return { items: [], mode: "none" };

  const favIds = favourites.map((f) => f.artworkId);
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
    const tags = [...new Set(favourites.flatMap((f) => f.artwork.tags))];
    const media = [...new Set(favourites.map((f) => f.artwork.medium))];
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
