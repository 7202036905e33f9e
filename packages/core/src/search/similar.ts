import { Prisma, type Db } from "@atelier/db";
import { AppError } from "../errors.ts";
import { vectorSearchAvailable } from "@atelier/db/vector";
import { hydrateCards, type ArtworkCard } from "../discovery/cards.ts";
import { filterConditions } from "../discovery/query.ts";
import { buildVectorSql, runVectorQuery } from "./vector-query.ts";

const AVAILABLE = { availability: "available" as const };

/** How related works were found: nearest embeddings, or shared tags and medium (no vectors here). */
export type SimilarMode = "vector" | "tags";

/**
 * Related works by shared tags (2 points each) and the same medium (1 point), newest first among
 * equals: the fallback for "more like this" and "recommended" where there are no embeddings.
 */
export async function sharedTagIds(
  db: Db,
  seed: { tags: string[]; media: string[] },
  opts: { take: number; excludeIds: string[]; where?: Prisma.Sql[] },
): Promise<string[]> {
  const score = Prisma.sql`(2 * cardinality(ARRAY(SELECT unnest(a."tags") INTERSECT SELECT unnest(${seed.tags}::text[])))
                            + CASE WHEN lower(a."medium") = ANY(${seed.media.map((m) => m.toLowerCase())}::text[]) THEN 1 ELSE 0 END)`;
  const where = [...filterConditions(AVAILABLE), ...(opts.where ?? []), Prisma.sql`a."id" <> ALL(${opts.excludeIds}::text[])`, Prisma.sql`${score} > 0`];
  const rows = await db.$queryRaw<{ id: string }[]>`
    SELECT a."id" FROM "Artwork" a JOIN "ArtistProfile" p ON p."id" = a."artistId"
    WHERE ${Prisma.join(where, " AND ")}
    ORDER BY ${score} DESC, a."publishedAt" DESC NULLS LAST, a."id" DESC
    LIMIT ${opts.take}`;
  return rows.map((r) => r.id);
}

/**
 * "More like this" on an artwork page: available works by OTHER artists (the page already has
 * "more from this artist") nearest to this artwork's stored embedding; by shared tags and medium
 * where there are no vectors or this artwork has no embedding yet.
 */
export async function moreLikeThis(db: Db, slug: string, limit: number, displayCurrency?: string): Promise<{ items: ArtworkCard[]; mode: SimilarMode }> {
  const art = await db.artwork.findFirst({
    where: { slug, status: { in: ["PUBLISHED", "SOLD"] } },
    select: { id: true, artistId: true, tags: true, medium: true, embedding: { select: { artworkId: true } } },
  });
  if (!art) throw new AppError("NOT_FOUND", "We couldn't find that artwork.");
  const otherArtists = [Prisma.sql`a."artistId" <> ${art.artistId}`];
  if (art.embedding && (await vectorSearchAvailable(db))) {
    const vector = Prisma.sql`(SELECT "embedding" FROM "ArtworkEmbedding" WHERE "artworkId" = ${art.id})`;
    const rows = await runVectorQuery(db, buildVectorSql({ filters: AVAILABLE, vector, take: limit, excludeIds: [art.id], where: otherArtists }));
    return {
      items: await hydrateCards(
        db,
        rows.map((r) => r.id),
        displayCurrency,
      ),
      mode: "vector",
    };
  }
  const ids = await sharedTagIds(db, { tags: art.tags, media: [art.medium] }, { take: limit, excludeIds: [art.id], where: otherArtists });
  return { items: await hydrateCards(db, ids, displayCurrency), mode: "tags" };
}
