import { z } from "zod";
import { AppError } from "../../errors.ts";
import { isCurrency, parseMajorUnits, type Currency } from "../../money/index.ts";
import { CATEGORIES, COLOURS, KINDS, ORIENTATION_FILTERS, SIZES, type ArtworkFilters } from "../../schemas/discovery.ts";
import { textField } from "../../schemas/text.ts";

/** What the patron assistant's catalogue tools take: words and filters as a person says them (prices in whole units). */
export const searchCatalogueInput = z.object({
  query: textField({ max: 200 })
    .optional()
    .describe("Words to look for: colours, subjects, styles, places, techniques. Leave out price, size and category words (use the fields)."),
  category: z.enum(CATEGORIES).optional().describe("The kind of work, as its artist categorised it"),
  size: z.enum(SIZES).optional().describe("By the longest side: small ≤ 40 cm, medium ≤ 100 cm, large above"),
  orientation: z.enum(ORIENTATION_FILTERS).optional().describe("portrait, landscape or square"),
  colour: z.enum(COLOURS).optional().describe("The dominant colour family of the work's main image"),
  kind: z.enum(KINDS).optional().describe("ORIGINAL (one of a kind) or EDITION (prints in an edition)"),
  minPrice: z.number().min(0).optional().describe("In whole units of `currency`, e.g. 200 for €200"),
  maxPrice: z.number().min(0).optional().describe("In whole units of `currency`, e.g. 500 for €500"),
  currency: z
    .string()
    .length(3)
    .default("EUR")
    .describe("ISO code of the buyer's currency (EUR unless they name another); works listed in other currencies match by their converted price"),
  artist: textField({ max: 120 }).optional().describe("An artist's slug, to search within their work"),
  limit: z.number().int().min(1).max(12).default(6),
});

function minor(major: number | undefined, currency: string): number | undefined {
  if (major === undefined) return undefined;
  if (!isCurrency(currency)) throw new AppError("BAD_REQUEST", `Atelier doesn't price in ${currency}.`);
  const r = parseMajorUnits(String(major), currency);
  return r.ok ? r.minor : undefined;
}

/** A tool's catalogue request (prices in whole units, as a model and a person say them) → the gallery's filters (minor units). */
export function requestFilters(input: Omit<z.output<typeof searchCatalogueInput>, "limit" | "query">): ArtworkFilters {
  const currency = input.currency.toUpperCase();
  const priced = input.minPrice !== undefined || input.maxPrice !== undefined;
  return {
    availability: "available",
    category: input.category,
    size: input.size,
    orientation: input.orientation,
    colour: input.colour,
    kind: input.kind,
    artist: input.artist,
    ...(priced ? { currency: currency as Currency, minPrice: minor(input.minPrice, currency), maxPrice: minor(input.maxPrice, currency) } : {}),
  };
}
