import { formatDimensions } from "@atelier/core/artwork/dimensions";
import type { AvailabilityState } from "@atelier/core/artwork/availability";
import { formatMajorUnits } from "@atelier/core/money";

/** schema.org's word for each availability state (https://schema.org/ItemAvailability). */
export const SCHEMA_AVAILABILITY: Record<AvailabilityState, string> = {
  available: "https://schema.org/InStock",
  // every unit is held by someone's open checkout; it comes back if they don't pay
  on_hold: "https://schema.org/Reserved",
  sold: "https://schema.org/SoldOut",
  sold_out: "https://schema.org/SoldOut",
  // shown, but the artist can't be paid yet
  not_for_sale: "https://schema.org/OutOfStock",
};

export interface StructuredArtwork {
  slug: string;
  title: string;
  description: string;
  medium: string;
  year: number | null;
  kind: "ORIGINAL" | "EDITION";
  editionSize: number | null;
  widthTenths: number;
  heightTenths: number;
  depthTenths: number | null;
  dimensionUnit: "CM" | "IN";
  priceAmount: number;
  currency: string;
  availability: { state: AvailabilityState };
  artist: { slug: string; displayName: string };
  images: { variants: { format: string; width: number; key: string }[] }[];
}

const measure = (tenths: number, unit: "CM" | "IN") => ({ "@type": "Distance", name: `${tenths / 10} ${unit === "IN" ? "in" : "cm"}` });

/** The artwork page's JSON-LD: a VisualArtwork with its artist and an Offer (price, currency, availability). `origin` makes URLs absolute. */
export function artworkJsonLd(art: StructuredArtwork, origin: string) {
  const url = `${origin}/artworks/${art.slug}`;
  const images = art.images.flatMap((img) => {
    const largest = img.variants.filter((v) => v.format === "webp").sort((a, b) => b.width - a.width)[0];
    return largest ? [`${origin}/media/${largest.key}`] : [];
  });
  return {
    "@context": "https://schema.org",
    "@type": "VisualArtwork",
    "@id": url,
    url,
    name: art.title,
    ...(art.description ? { description: art.description.slice(0, 5000) } : {}),
    ...(images.length ? { image: images } : {}),
    artform: art.medium,
    artMedium: art.medium,
    ...(art.year ? { dateCreated: String(art.year) } : {}),
    width: measure(art.widthTenths, art.dimensionUnit),
    height: measure(art.heightTenths, art.dimensionUnit),
    ...(art.depthTenths ? { depth: measure(art.depthTenths, art.dimensionUnit) } : {}),
    size: formatDimensions(art),
    artEdition: art.kind === "EDITION" && art.editionSize ? String(art.editionSize) : "1",
    creator: { "@type": "Person", name: art.artist.displayName, url: `${origin}/artists/${art.artist.slug}` },
    offers: {
      "@type": "Offer",
      url,
      price: formatMajorUnits(art.priceAmount, art.currency),
      priceCurrency: art.currency,
      availability: SCHEMA_AVAILABILITY[art.availability.state],
      seller: { "@type": "Organization", name: "Atelier", url: origin },
    },
  };
}

/**
 * JSON for a <script type="application/ld+json">: `<` is escaped so a title like "</script>" can't end the
 * element early. (A data block is never executed, so the page's script-src CSP doesn't apply and it needs no nonce.)
 */
export function jsonLdScript(data: unknown): string {
  return JSON.stringify(data).replace(/</g, "\\u003c");
}
