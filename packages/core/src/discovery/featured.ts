import { Prisma, type Db } from "@atelier/db";
import { availableSql } from "../artwork/availability.ts";
import { hydrateCards, type ArtworkCard } from "./cards.ts";

/** How many of the most-favourited works are considered before picking one per artist. */
const POOL = 60;

/**
 * The landing page's hero: the collectors' favourites among works that can be shown and are still
 * available, with an image, one per artist first so the hero is not one artist's series (more from
 * the same artists only when there are too few artists). Ties go to the newer work.
 */
export async function featuredArtworks(db: Db, limit: number): Promise<ArtworkCard[]> {
  const rows = await db.$queryRaw<{ id: string; artistId: string }[]>(Prisma.sql`
    SELECT a."id", a."artistId"
    FROM "Artwork" a
    JOIN "ArtistProfile" p ON p."id" = a."artistId"
    LEFT JOIN "Favorite" f ON f."artworkId" = a."id"
    WHERE ${availableSql} AND EXISTS (SELECT 1 FROM "ArtworkImage" i WHERE i."artworkId" = a."id")
    GROUP BY a."id"
    ORDER BY count(f."userId") DESC, coalesce(a."publishedAt", a."createdAt") DESC, a."id" DESC
    LIMIT ${POOL}`);
  const seen = new Set<string>();
  const firsts = rows.filter((r) => !seen.has(r.artistId) && seen.add(r.artistId));
  const rest = rows.filter((r) => !firsts.includes(r));
  return hydrateCards(
    db,
    [...firsts, ...rest].slice(0, limit).map((r) => r.id),
  );
}
