import type { Db } from "@atelier/db";
import { Prisma } from "@atelier/db";
import { vectorSearchAvailable } from "@atelier/db/vector";
import { hydrateCards, type ArtworkCard } from "../../discovery/cards.ts";
import { buildVectorSql, runVectorQuery } from "../../search/index.ts";
import { sharedTagIds } from "../../search/similar.ts";

/**
 * "Something like X": available works nearest to X's stored embedding, ranked by similarity, never
 * X itself (any artist, unlike the artwork page's "more like this", which leaves out the artist's
 * own). By shared tags and medium where there are no vectors.
 */
export async function similarToArtwork(db: Db, artworkId: string, limit: number): Promise<{ items: ArtworkCard[]; how: "vector" | "tags" }> {
  const art = await db.artwork.findUniqueOrThrow({
    where: { id: artworkId },
    select: { id: true, tags: true, medium: true, embedding: { select: { artworkId: true } } },
  });
  const filters = { availability: "available" as const };
  if (art.embedding && (await vectorSearchAvailable(db))) {
    const vector = Prisma.sql`(SELECT "embedding" FROM "ArtworkEmbedding" WHERE "artworkId" = ${art.id})`;
    const rows = await runVectorQuery(db, buildVectorSql({ filters, vector, take: limit, excludeIds: [art.id] }));
    if (rows.length)
      return {
        items: await hydrateCards(
          db,
          rows.map((r) => r.id),
        ),
        how: "vector",
      };
  }
  const ids = await sharedTagIds(db, { tags: art.tags, media: [art.medium] }, { take: limit, excludeIds: [art.id] });
  return { items: await hydrateCards(db, ids), how: "tags" };
}
