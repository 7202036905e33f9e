import { Prisma, type Db } from "@atelier/db";
import { hydrateCards, type ArtworkCard } from "../../discovery/cards.ts";

/**
 * "Recommended for you" from the buyer's own history: available works that share tags with their
 * favourites, or are by artists they follow or have favourited, ranked by how much they share.
 * Already-favourited works and the buyer's own works are left out.
 */
export async function recommendFor(deps: { db: Db }, userId: string, limit: number): Promise<{ basedOn: { favourites: number; follows: number }; items: ArtworkCard[] }> {
  const [favourites, follows] = await Promise.all([deps.db.favorite.count({ where: { userId } }), deps.db.follow.count({ where: { userId } })]);
  if (favourites + follows === 0) return { basedOn: { favourites, follows }, items: [] };
  const rows = await deps.db.$queryRaw<{ id: string }[]>(Prisma.sql`
    WITH fav AS (
      SELECT a."id", a."tags", a."artistId" FROM "Favorite" f JOIN "Artwork" a ON a."id" = f."artworkId" WHERE f."userId" = ${userId}
    ),
    liked_tags AS (SELECT DISTINCT unnest("tags") AS tag FROM fav),
    liked_artists AS (
      SELECT "artistId" FROM fav UNION SELECT "artistId" FROM "Follow" WHERE "userId" = ${userId}
    )
    SELECT "id" FROM (
      SELECT a."id", a."publishedAt",
        (SELECT count(*) FROM liked_tags t WHERE t.tag = ANY(a."tags")) + CASE WHEN a."artistId" IN (SELECT "artistId" FROM liked_artists) THEN 2 ELSE 0 END AS score
      FROM "Artwork" a JOIN "ArtistProfile" p ON p."id" = a."artistId"
      WHERE a."status" = 'PUBLISHED'
        AND (a."kind" = 'ORIGINAL' OR a."editionSize" IS NULL OR a."editionsSold" < a."editionSize")
        AND p."userId" <> ${userId}
        AND a."id" NOT IN (SELECT "id" FROM fav)
    ) scored
    WHERE score > 0
    ORDER BY score DESC, "publishedAt" DESC NULLS LAST, "id"
    LIMIT ${limit}`);
  return { basedOn: { favourites, follows }, items: await hydrateCards(deps.db, rows.map((r) => r.id)) };
}
