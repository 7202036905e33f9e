import type { Db } from "@atelier/db";
import { AppError } from "../../errors.ts";
import type { ArtworkStatus } from "../../schemas/artwork.ts";
import { findOwnedArtwork } from "../../artwork/owned.ts";
import { formatDimensions } from "../../artwork/dimensions.ts";
import { formatPrice } from "../../money/index.ts";

/** The studio page where an artist edits (and reviews) one of their artworks. */
export const studioEditUrl = (artworkId: string) => `/studio/artworks/${artworkId}`;

/** The caller's artist profile as the assistant sees it; a clear precondition error when they have none yet. */
export async function ownProfile(db: Db, userId: string) {
  const p = await db.artistProfile.findUnique({
    where: { userId },
    select: { id: true, slug: true, displayName: true, bio: true, statement: true, location: true, country: true, website: true, instagram: true },
  });
  if (!p) throw new AppError("PRECONDITION_FAILED", "Set up your artist profile (Studio → Profile) first.");
  return {
    displayName: p.displayName,
    slug: p.slug,
    bio: p.bio,
    statement: p.statement,
    location: p.location,
    country: p.country,
    website: p.website,
    instagram: p.instagram,
    publicUrl: `/artists/${p.slug}`,
  };
}
export type OwnProfile = Awaited<ReturnType<typeof ownProfile>>;

const artworkSelect = {
  id: true,
  slug: true,
  title: true,
  status: true,
  priceAmount: true,
  currency: true,
  kind: true,
  editionSize: true,
  medium: true,
  widthTenths: true,
  heightTenths: true,
  depthTenths: true,
  dimensionUnit: true,
  year: true,
  tags: true,
  description: true,
  createdAt: true,
  updatedAt: true,
  _count: { select: { images: true } },
} as const;

function shapeArtwork(a: {
  id: string;
  slug: string;
  title: string;
  status: ArtworkStatus;
  priceAmount: number;
  currency: string;
  kind: string;
  editionSize: number | null;
  medium: string;
  widthTenths: number;
  heightTenths: number;
  depthTenths: number | null;
  dimensionUnit: string;
  year: number | null;
  tags: string[];
  description: string;
  createdAt: Date;
  _count: { images: number };
}) {
  return {
    id: a.id,
    slug: a.slug,
    title: a.title,
    status: a.status,
    price: { amount: a.priceAmount, currency: a.currency, display: formatPrice(a.priceAmount, a.currency) },
    kind: a.kind,
    editionSize: a.editionSize,
    medium: a.medium,
    dimensions: formatDimensions(a),
    year: a.year,
    tags: a.tags,
    description: a.description,
    imageCount: a._count.images,
    createdAt: a.createdAt.toISOString(),
    editUrl: studioEditUrl(a.id),
  };
}
export type OwnArtwork = ReturnType<typeof shapeArtwork>;

/** The caller's own artworks (any status, or one), newest first. Never anyone else's. */
export async function ownArtworks(db: Db, userId: string, opts: { status?: ArtworkStatus; limit?: number } = {}): Promise<OwnArtwork[]> {
  const rows = await db.artwork.findMany({
    where: { artist: { userId }, ...(opts.status ? { status: opts.status } : {}) },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take: opts.limit ?? 100,
    select: artworkSelect,
  });
  return rows.map(shapeArtwork);
}

/** One of the caller's artworks; anyone else's id (or an unknown one) is NOT_FOUND, so ids cannot be probed. */
export async function ownArtwork(db: Db, userId: string, artworkId: string): Promise<OwnArtwork> {
  await findOwnedArtwork(db, userId, artworkId);
  const row = await db.artwork.findUniqueOrThrow({ where: { id: artworkId }, select: artworkSelect });
  return shapeArtwork(row);
}
