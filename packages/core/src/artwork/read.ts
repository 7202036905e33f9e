import type { Db } from "@atelier/db";
import { AppError } from "../errors.ts";
import { artworkStatuses, type ArtworkStatus } from "../schemas/artwork.ts";
import { formatMajorUnits, isCurrency } from "../money/index.ts";
import { variantKey } from "./thumbnail.ts";

const tenthsToString = (t: number) => (t % 10 === 0 ? String(t / 10) : `${Math.floor(t / 10)}.${t % 10}`);

/** The caller's artworks (optionally one status), newest first, with a thumbnail and counts by status. */
export async function myArtworks(db: Db, userId: string, filter: { status?: ArtworkStatus } = {}) {
  const profile = await db.artistProfile.findUnique({ where: { userId }, select: { id: true, slug: true, displayName: true } });
  const counts = Object.fromEntries(artworkStatuses.map((s) => [s, 0])) as Record<ArtworkStatus, number>;
  if (!profile) return { profile: null, items: [], counts };
  const [rows, grouped] = await Promise.all([
    db.artwork.findMany({
      where: { artistId: profile.id, ...(filter.status ? { status: filter.status } : {}) },
      orderBy: [{ updatedAt: "desc" }, { id: "desc" }],
      take: 500,
      select: {
        id: true,
        slug: true,
        title: true,
        status: true,
        priceAmount: true,
        currency: true,
        kind: true,
        editionSize: true,
        medium: true,
        reviewNote: true,
        rejectionReason: true,
        updatedAt: true,
        publishedAt: true,
        images: { orderBy: { position: "asc" }, take: 1, select: { variants: true, originalKey: true, altText: true, dominantColor: true } },
        _count: { select: { images: true } },
      },
    }),
    db.artwork.groupBy({ by: ["status"], where: { artistId: profile.id }, _count: { _all: true } }),
  ]);
  for (const g of grouped) counts[g.status] = g._count._all;
  const items = rows.map(({ images, _count, ...a }) => {
    const img = images[0];
    return {
      ...a,
      imageCount: _count.images,
      thumbnail: img ? { key: variantKey(img.variants, 320, img.originalKey), alt: img.altText || a.title, color: img.dominantColor } : null,
    };
  });
  return { profile, items, counts };
}

/** Everything the edit form needs, incl. form values as strings. The owner or an admin only; others get NOT_FOUND. */
export async function artworkForEdit(db: Db, viewer: { id: string; isAdmin: boolean }, id: string) {
  const a = await db.artwork.findFirst({
    where: { id, ...(viewer.isAdmin ? {} : { artist: { userId: viewer.id } }) },
    include: {
      artist: { select: { id: true, slug: true, displayName: true, userId: true } },
      images: {
        orderBy: { position: "asc" },
        select: { id: true, position: true, altText: true, variants: true, originalKey: true, width: true, height: true, dominantColor: true },
      },
    },
  });
  if (!a) throw new AppError("NOT_FOUND", "Artwork not found");
  const { images, ...artwork } = a;
  return {
    ...artwork,
    images: images.map((i) => ({ ...i, thumbKey: variantKey(i.variants, 320, i.originalKey), largeKey: variantKey(i.variants, 1280, i.originalKey) })),
    isOwner: a.artist.userId === viewer.id,
    form: {
      title: a.title,
      description: a.description,
      category: a.category ?? "",
      medium: a.medium,
      width: tenthsToString(a.widthTenths),
      height: tenthsToString(a.heightTenths),
      depth: a.depthTenths === null ? "" : tenthsToString(a.depthTenths),
      unit: a.dimensionUnit,
      year: a.year ?? undefined,
      tags: a.tags,
      price: isCurrency(a.currency) ? formatMajorUnits(a.priceAmount, a.currency) : String(a.priceAmount),
      currency: a.currency,
      kind: a.kind,
      editionSize: a.editionSize ?? undefined,
      shippingDomestic: isCurrency(a.currency) && a.shippingDomestic > 0 ? formatMajorUnits(a.shippingDomestic, a.currency) : "0",
      shippingInternational:
        a.shippingInternational === null
          ? ""
          : isCurrency(a.currency)
            ? formatMajorUnits(a.shippingInternational, a.currency)
            : String(a.shippingInternational),
    },
  };
}
