import type { Db } from "@atelier/db";
import { AppError } from "../errors.ts";

async function findArtist(db: Db, artistId: string) {
  const artist = await db.artistProfile.findUnique({ where: { id: artistId }, select: { id: true, userId: true } });
  if (!artist) throw new AppError("NOT_FOUND", "We couldn't find that artist.");
  return artist;
}

async function followerCount(db: Db, artistId: string) {
  return db.follow.count({ where: { artistId } });
}

/** Idempotent. Following yourself is refused. */
export async function followArtist(db: Db, userId: string, artistId: string) {
  const artist = await findArtist(db, artistId);
  if (artist.userId === userId) throw new AppError("BAD_REQUEST", "You can't follow yourself.");
  await db.follow.upsert({ where: { userId_artistId: { userId, artistId } }, create: { userId, artistId }, update: {} });
  return { artistId, isFollowing: true, followerCount: await followerCount(db, artistId) };
}

export async function unfollowArtist(db: Db, userId: string, artistId: string) {
  await db.follow.deleteMany({ where: { userId, artistId } });
  return { artistId, isFollowing: false, followerCount: await followerCount(db, artistId) };
}

/** Artists the caller follows, most recent first. */
export async function followedArtists(db: Db, userId: string) {
  const rows = await db.follow.findMany({
    where: { userId },
    orderBy: [{ createdAt: "desc" }, { artistId: "desc" }],
    take: 500,
    select: {
      createdAt: true,
      artist: {
        select: {
          id: true,
          slug: true,
          displayName: true,
          location: true,
          _count: { select: { artworks: { where: { status: { in: ["PUBLISHED", "SOLD"] } } } } },
        },
      },
    },
  });
  return rows.map(({ createdAt, artist: { _count, ...a } }) => ({ ...a, workCount: _count.artworks, followedAt: createdAt }));
}
