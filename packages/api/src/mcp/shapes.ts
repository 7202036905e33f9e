import type { Availability } from "@atelier/core/artwork/availability";
import type { ArtworkCard } from "@atelier/core/discovery/cards";
import type { PublicImage } from "@atelier/core/discovery/images";
import { mediaUrl, pickVariant } from "@atelier/core/images/urls";
import { formatMoney } from "@atelier/core/money";
import { z } from "zod";
import type { ToolEnv } from "./tool-kit.ts";

/**
 * What the tools answer, as zod schemas (the tools' output schemas) and the mappers from the procedures'
 * answers to them. Nothing here decides a fact: availability, prices and edition counts are the API's,
 * only renamed for a model and given absolute links to Atelier's pages.
 */
export const moneyShape = z.object({
  amount: z.number().int().describe("minor units (cents)"),
  currency: z.string(),
  formatted: z.string().describe("exact, e.g. €1,234.57"),
});

export const availabilityShape = z.object({
  state: z.enum(["available", "on_hold", "sold", "sold_out", "not_for_sale"]),
  purchasable: z.boolean(),
  label: z.string().nullable(),
});

export const editionShape = z
  .object({
    size: z.number().int().describe("N: the edition's size"),
    sold: z.number().int(),
    left: z.number().int().nullable().describe("units neither sold nor held by a checkout or a hold"),
  })
  .nullable()
  .describe("null for an original (one of a kind)");

export const artworkSummaryShape = z.object({
  id: z.string(),
  slug: z.string(),
  title: z.string(),
  url: z.string().describe("the artwork's page on Atelier"),
  kind: z.enum(["ORIGINAL", "EDITION"]),
  edition: editionShape,
  medium: z.string(),
  year: z.number().int().nullable(),
  price: moneyShape,
  approxPrice: moneyShape.nullable().describe("in the display currency asked for, at the latest reference rate; checkout charges `price`"),
  availability: availabilityShape,
  image: z.string().nullable().describe("a 640 px wide picture of the work"),
  artist: z.object({ name: z.string(), slug: z.string(), url: z.string() }),
});

export type ArtworkSummary = z.input<typeof artworkSummaryShape>;

export function money(amount: number, currency: string): z.input<typeof moneyShape> {
  return { amount, currency, formatted: formatMoney(amount, currency) };
}

export function imageUrl(env: ToolEnv, image: PublicImage | null): string | null {
  const variant = image ? pickVariant(image.variants, 640) : null;
  return variant ? env.page(mediaUrl(variant.key)) : null;
}

export function availabilityOut(a: Availability): z.input<typeof availabilityShape> {
  return { state: a.state, purchasable: a.purchasable, label: a.label };
}

type CardLike = Pick<
  ArtworkCard,
  "id" | "slug" | "title" | "kind" | "editionSize" | "editionsSold" | "medium" | "year" | "priceAmount" | "currency" | "approxPrice" | "availability" | "image"
> & { artist: { slug: string; displayName: string } };

export function artworkSummary(env: ToolEnv, c: CardLike): ArtworkSummary {
  return {
    id: c.id,
    slug: c.slug,
    title: c.title,
    url: env.page(`/artworks/${c.slug}`),
    kind: c.kind,
    edition: c.kind === "EDITION" && c.editionSize !== null ? { size: c.editionSize, sold: c.editionsSold, left: c.availability.editionsLeft } : null,
    medium: c.medium,
    year: c.year,
    price: money(c.priceAmount, c.currency),
    approxPrice: c.approxPrice ? money(c.approxPrice.amount, c.approxPrice.currency) : null,
    availability: availabilityOut(c.availability),
    image: imageUrl(env, c.image),
    artist: { name: c.artist.displayName, slug: c.artist.slug, url: env.page(`/artists/${c.artist.slug}`) },
  };
}
