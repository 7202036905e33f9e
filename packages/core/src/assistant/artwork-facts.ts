import type { ArtworkCard } from "../discovery/cards.ts";
import { pickVariant, mediaUrl } from "../images/urls.ts";
import { formatMoney } from "../money/format.ts";
import type { Currency } from "../money/currencies.ts";

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
  url: string;
  imageUrl: string | null;
  imageAlt: string;
  dominantColor: string | null;
}

const tenths = (n: number) => (n % 10 === 0 ? String(n / 10) : (n / 10).toFixed(1));

export function sizeLabel(a: { widthTenths: number; heightTenths: number; depthTenths?: number | null; dimensionUnit: "CM" | "IN" }): string {
  const unit = a.dimensionUnit === "IN" ? "in" : "cm";
  const dims = [a.widthTenths, a.heightTenths, ...(a.depthTenths ? [a.depthTenths] : [])].map(tenths);
  return `${dims.join(" × ")} ${unit}`;
}

export function artworkFact(card: ArtworkCard): ArtworkFact {
  const variant = card.image ? pickVariant(card.image.variants, 320) : null;
  const soldOut = card.kind === "EDITION" && card.editionSize !== null && card.editionsSold >= card.editionSize;
  return {
    slug: card.slug,
    title: card.title,
    artist: card.artist.displayName,
    artistSlug: card.artist.slug,
    medium: card.medium,
    year: card.year,
    size: sizeLabel(card),
    price: formatMoney(card.priceAmount, card.currency as Currency),
    priceAmount: card.priceAmount,
    currency: card.currency,
    kind: card.kind,
    sold: card.status === "SOLD" || soldOut,
    url: `/artworks/${card.slug}`,
    imageUrl: variant ? mediaUrl(variant.key) : null,
    imageAlt: card.image?.altText || card.title,
    dominantColor: card.image?.dominantColor ?? null,
  };
}
