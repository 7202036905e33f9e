import type { Db } from "@atelier/db";
import { AppError } from "../errors.ts";
import { canReceivePayments } from "../payments/index.ts";
import { availabilityOf } from "../artwork/availability.ts";
import { approxPriceOf, cardSelect, payableSelect, ratesFor, toCard, type ArtworkCard } from "./cards.ts";
import { defaultCoreSettings, type CoreSettings } from "../env.ts";
import { sellerShareOf } from "../money/commission.ts";
import { publicImageSelect, toPublicImage } from "./images.ts";
import { purchaseTerms } from "../checkout/terms.ts";

const PUBLIC = { in: ["PUBLISHED" as const, "SOLD" as const] };

function notFound() {
  return new AppError("NOT_FOUND", "We couldn't find that artwork.");
}

/** A public artwork page. Drafts etc. are NOT_FOUND for everyone, owner included (they have the studio). */
export async function getPublicArtwork(db: Db, slug: string, viewerId: string | null, settings: CoreSettings = defaultCoreSettings, displayCurrency?: string) {
  const art = await db.artwork.findFirst({
    where: { slug, status: PUBLIC },
    select: {
      ...cardSelect,
      description: true,
      depthTenths: true,
      tags: true,
      shippingDomestic: true,
      shippingInternational: true,
      images: { select: publicImageSelect, orderBy: { position: "asc" } },
      artist: {
        select: {
          id: true,
          slug: true,
          displayName: true,
          location: true,
          country: true,
          bio: true,
          userId: true,
          _count: { select: { followers: true } },
          user: { select: { connectAccount: { select: payableSelect } } },
        },
      },
      _count: { select: { favorites: true } },
    },
  });
  if (!art) throw notFound();
  const [favorite, follow] = viewerId
    ? await Promise.all([
        db.favorite.findUnique({ where: { userId_artworkId: { userId: viewerId, artworkId: art.id } }, select: { userId: true } }),
        db.follow.findUnique({ where: { userId_artistId: { userId: viewerId, artistId: art.artist.id } }, select: { userId: true } }),
      ])
    : [null, null];
  const { _count, artist, images, ...rest } = art;
  const rates = await ratesFor(db, displayCurrency, [rest.currency]);
  const status = rest.status === "SOLD" ? ("SOLD" as const) : ("PUBLISHED" as const);
  return {
    ...rest,
    status,
    /** whether it can be bought now (only work of an artist Stripe can pay may be) */
    availability: availabilityOf({ ...rest, status }, canReceivePayments(artist.user.connectAccount)),
    images: images.map(toPublicImage),
    /** in the buyer's display currency when it differs from the listing's; checkout charges the listing currency */
    approxPrice: approxPriceOf(rest.priceAmount, rest.currency, displayCurrency, rates),
    /** the artist's share of a sale shipped at home (commission and split from core/money/split.ts): shown only to the artist */
    sellerShare: viewerId !== null && viewerId === artist.userId ? sellerShareOf(rest, rest.shippingDomestic, settings) : null,
    /** shipping and returns as checkout and refunds apply them */
    terms: purchaseTerms(rest, artist.country, settings),
    favoriteCount: _count.favorites,
    isFavorite: Boolean(favorite),
    artist: {
      id: artist.id,
      slug: artist.slug,
      displayName: artist.displayName,
      location: artist.location,
      country: artist.country,
      bio: artist.bio,
      followerCount: artist._count.followers,
      isFollowing: Boolean(follow),
      isMe: viewerId !== null && viewerId === artist.userId,
    },
  };
}

/** Other public works by the same artist, newest first. */
export async function moreFromArtist(db: Db, slug: string, limit: number, displayCurrency?: string): Promise<ArtworkCard[]> {
  const art = await db.artwork.findFirst({ where: { slug, status: PUBLIC }, select: { id: true, artistId: true } });
  if (!art) throw notFound();
  const rows = await db.artwork.findMany({
    where: { artistId: art.artistId, status: PUBLIC, id: { not: art.id } },
    orderBy: [{ status: "asc" }, { publishedAt: "desc" }, { id: "desc" }],
    take: limit,
    select: cardSelect,
  });
  const rates = await ratesFor(
    db,
    displayCurrency,
    rows.map((r) => r.currency),
  );
  return rows.map((r) => toCard(r, { currency: displayCurrency, rates }));
}
