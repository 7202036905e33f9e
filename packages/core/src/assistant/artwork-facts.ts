import type { ArtworkCard } from "../discovery/cards.ts";
import { pickVariant, mediaUrl } from "../images/urls.ts";
import { formatDimensions } from "../artwork/dimensions.ts";
import { formatPrice } from "../money/format.ts";

/** One artwork as a tool result: what the model may cite and what the chat shows as a card. */
export interface ArtworkFact {
  slug: string;
  title: string;
  artist: string;
  artistSlug: string;
  medium: string;
  year: number | null;
  size: string;
  price: string;
  /** price in minor units, for comparisons */
  priceAmount: number;
  currency: string;
  kind: "ORIGINAL" | "EDITION";
  sold: boolean;
  /** "Available", "Sold", "Edition of 15 · 4 left", "Not yet for sale" */
  availability: string;
  url: string;
  imageUrl: string | null;
  imageAlt: string;
  dominantColor: string | null;
}

export function artworkFact(card: ArtworkCard): ArtworkFact {
  const variant = card.image ? pickVariant(card.image.variants, 320) : null;
  return {
    slug: card.slug,
    title: card.title,
    artist: card.artist.displayName,
    artistSlug: card.artist.slug,
    medium: card.medium,
    year: card.year,
    size: formatDimensions(card),
    price: formatPrice(card.priceAmount, card.currency),
    priceAmount: card.priceAmount,
    currency: card.currency,
    kind: card.kind,
    sold: card.availability.state === "sold" || card.availability.state === "sold_out",
    availability: card.availability.label ?? "Available",
    url: `/artworks/${card.slug}`,
    imageUrl: variant ? mediaUrl(variant.key) : null,
    imageAlt: card.image?.altText || card.title,
    dominantColor: card.image?.dominantColor ?? null,
  };
}
