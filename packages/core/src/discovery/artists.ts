import type { Db, Prisma } from "@atelier/db";
import { AppError } from "../errors.ts";
import { listArtworks } from "./catalogue.ts";
import { publicImageSelect, toPublicImage } from "./images.ts";

const publicWorks = { status: { in: ["PUBLISHED" as const, "SOLD" as const] } };

const artistCardSelect = {
  id: true,
  slug: true,
  displayName: true,
  location: true,
  bio: true,
  _count: { select: { artworks: { where: publicWorks }, followers: true } },
  artworks: {
    where: publicWorks,
    orderBy: [{ publishedAt: "desc" }, { id: "desc" }],
    take: 3,
    select: { slug: true, title: true, images: { select: publicImageSelect, orderBy: { position: "asc" }, take: 1 } },
  },
} satisfies Prisma.ArtistProfileSelect;

type ArtistRow = Awaited<ReturnType<typeof findArtists>>[number];

function findArtists(db: Db, take: number, cursor: string | null | undefined) {
  return db.artistProfile.findMany({
    orderBy: [{ displayName: "asc" }, { id: "asc" }],
    take,
    ...(cursor ? { cursor: { id: cursor }, skip: 1 } : {}),
    select: artistCardSelect,
  });
}

function toArtistCard(row: ArtistRow) {
  const { _count, artworks, ...rest } = row;
  return {
    ...rest,
    workCount: _count.artworks,
    followerCount: _count.followers,
    previews: artworks.map((a) => ({ slug: a.slug, title: a.title, image: a.images[0] ? toPublicImage(a.images[0]) : null })),
  };
}

/** Artists, alphabetically; the cursor is the last artist's id (Prisma cursors are keyset on the unique id). */
export async function listArtists(db: Db, input: { limit: number; cursor?: string | null }) {
  if (input.cursor && !(await db.artistProfile.findUnique({ where: { id: input.cursor }, select: { id: true } }))) {
    throw AppError.field("BAD_REQUEST", "cursor", "This page link has expired — start again from the first page.");
  }
  const rows = await findArtists(db, input.limit + 1, input.cursor);
  const items = rows.slice(0, input.limit).map(toArtistCard);
  return { items, nextCursor: rows.length > input.limit ? (items.at(-1)?.id ?? null) : null };
}

/** A public artist profile with their first page of works, follower count and whether the viewer follows. */
export async function getPublicArtist(db: Db, slug: string, viewerId: string | null) {
  const profile = await db.artistProfile.findUnique({
    where: { slug },
    select: {
      id: true,
      userId: true,
      slug: true,
      displayName: true,
      bio: true,
      statement: true,
      location: true,
      website: true,
      instagram: true,
      createdAt: true,
      _count: { select: { followers: true, artworks: { where: publicWorks } } },
    },
  });
  if (!profile) throw new AppError("NOT_FOUND", "We couldn't find that artist.");
  const [works, follow] = await Promise.all([
    listArtworks(db, { filters: { artist: slug, availability: "all" }, sort: "newest", limit: 60 }),
    viewerId ? db.follow.findUnique({ where: { userId_artistId: { userId: viewerId, artistId: profile.id } }, select: { userId: true } }) : null,
  ]);
  const { _count, userId, ...rest } = profile;
  return {
    ...rest,
    followerCount: _count.followers,
    workCount: _count.artworks,
    isFollowing: Boolean(follow),
    isMe: viewerId === userId,
    works,
  };
}
