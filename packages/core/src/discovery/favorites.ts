import type { Db } from "@atelier/db";
import { AppError } from "../errors.ts";
import { cardSelect, toCard, type ArtworkCard } from "./cards.ts";

/** Idempotent: favouriting twice leaves one row. Only public works can be favourited. */
export async function favoriteArtwork(db: Db, userId: string, artworkId: string) {
  const art = await db.artwork.findFirst({ where: { id: artworkId, status: { in: ["PUBLISHED", "SOLD"] } }, select: { id: true } });
  if (!art) throw new AppError("NOT_FOUND", "We couldn't find that artwork.");
  await db.favorite.upsert({ where: { userId_artworkId: { userId, artworkId } }, create: { userId, artworkId }, update: {} });
  return { artworkId, isFavorite: true };
}

/** Idempotent; works even if the artwork has since been unpublished. */
export async function unfavoriteArtwork(db: Db, userId: string, artworkId: string) {
  await db.favorite.deleteMany({ where: { userId, artworkId } });
  return { artworkId, isFavorite: false };
}

/** The caller's favourites that are still public, most recently favourited first. */
export async function myFavorites(db: Db, userId: string): Promise<(ArtworkCard & { favoritedAt: Date })[]> {
  const rows = await db.favorite.findMany({
    where: { userId, artwork: { status: { in: ["PUBLISHED", "SOLD"] } } },
    orderBy: [{ createdAt: "desc" }, { artworkId: "desc" }],
    take: 500,
    select: { createdAt: true, artwork: { select: cardSelect } },
  });
  return rows.map((r) => ({ ...toCard(r.artwork), favoritedAt: r.createdAt }));
}
