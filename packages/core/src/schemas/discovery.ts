import { z } from "zod";
import { STALE_CURSOR_MESSAGE } from "../pagination.ts";
import { idField, textField } from "./text.ts";
import { CATEGORY_SLUGS, COLOUR_SLUGS, ORIENTATION_SLUGS } from "../artwork/taxonomy.ts";
import { CURRENCIES, isCurrency } from "../money/index.ts";

/** Shared by the discovery router and the gallery's filter form. */
export const SORTS = ["newest", "price_asc", "price_desc"] as const;
export const SEARCH_SORTS = ["relevance", ...SORTS] as const;
export const AVAILABILITY = ["available", "sold", "all"] as const;
export const KINDS = ["ORIGINAL", "EDITION"] as const;
/** The artist's category of the work (the free-text medium keeps the detail). */
export const CATEGORIES = CATEGORY_SLUGS;
/** By the longest side: small ≤ 40 cm, medium ≤ 100 cm, large above (inches converted). */
export const SIZES = ["small", "medium", "large"] as const;
export const SIZE_UNITS = ["cm", "in"] as const;
/** From the dimensions: square when the sides differ by at most 5%. */
export const ORIENTATION_FILTERS = ORIENTATION_SLUGS;
/** The hue family of the primary image's dominant colour. */
export const COLOURS = COLOUR_SLUGS;
export const MAX_PAGE_SIZE = 60;

const money = z.coerce.number().int("Prices are whole minor units").min(0, "Prices can't be negative").max(1_000_000_000, "That price is too high");
const side = z.coerce.number({ error: "Enter the size as a number, e.g. 60" }).positive("Sizes must be more than zero").max(10_000, "That size is too large");

export const artworkFiltersSchema = z
  .object({
    medium: textField({ max: 80, maxMessage: "Media are at most 80 characters" }).optional(),
    /** in minor units of `currency`, the buyer's currency: works listed in any currency match by their converted price */
    minPrice: money.optional(),
    maxPrice: money.optional(),
    currency: z
      .string()
      .trim()
      .toUpperCase()
      .refine(isCurrency, `Choose one of ${CURRENCIES.join(", ")}`)
      .optional(),
    kind: z.enum(KINDS).optional(),
    category: z.enum(CATEGORIES, "Choose one of: " + CATEGORIES.join(", ")).optional(),
    size: z.enum(SIZES, "Choose small, medium or large").optional(),
    /** the longest side at least / at most this, in `sizeUnit` */
    minSize: side.optional(),
    maxSize: side.optional(),
    /** of minSize and maxSize; centimetres when absent */
    sizeUnit: z.enum(SIZE_UNITS, "Choose cm or in").optional(),
    orientation: z.enum(ORIENTATION_FILTERS, "Choose portrait, landscape or square").optional(),
    colour: z.enum(COLOURS, "Choose one of: " + COLOURS.join(", ")).optional(),
    /** the artist's country (ISO 3166-1 alpha-2, as on their profile) */
    country: z
      .string()
      .trim()
      .toUpperCase()
      .regex(/^[A-Z]{2}$/, "Use a two-letter country code, e.g. PT")
      .optional(),
    availability: z.enum(AVAILABILITY).default("available"),
    /** only works with licensed prints or products on sale now (a store's or the artist's own shop's) */
    licensed: z.boolean().optional(),
    artist: textField({ max: 120 }).optional(),
    tags: z
      .array(textField({ min: 1, max: 40 }))
      .max(20, "At most 20 tags")
      .optional(),
  })
  .superRefine((f, ctx) => {
    if ((f.minPrice !== undefined || f.maxPrice !== undefined) && !f.currency) {
      ctx.addIssue({ code: "custom", path: ["currency"], message: "Choose a currency to filter by price" });
    }
    if (f.minPrice !== undefined && f.maxPrice !== undefined && f.minPrice > f.maxPrice) {
      ctx.addIssue({ code: "custom", path: ["maxPrice"], message: "The maximum must be at least the minimum" });
    }
    if (f.minSize !== undefined && f.maxSize !== undefined && f.minSize > f.maxSize) {
      ctx.addIssue({ code: "custom", path: ["maxSize"], message: "The largest size must be at least the smallest" });
    }
  });

/** The buyer's display currency: cards and pages add an approximate price in it when a work is listed in another. */
export const displayCurrencyField = z
  .string()
  .trim()
  .toUpperCase()
  .refine(isCurrency, `Choose one of ${CURRENCIES.join(", ")}`)
  .optional();

const page = {
  limit: z.coerce.number().int().min(1).max(MAX_PAGE_SIZE, `At most ${MAX_PAGE_SIZE} per page`).default(24),
  cursor: z
    .string()
    .max(500, STALE_CURSOR_MESSAGE)
    .regex(/^[A-Za-z0-9_-]+$/, STALE_CURSOR_MESSAGE)
    .nullish(),
};

export const listArtworksSchema = z.object({
  filters: artworkFiltersSchema.default({ availability: "available" }),
  sort: z.enum(SORTS).default("newest"),
  displayCurrency: displayCurrencyField,
  ...page,
});

export const searchQuerySchema = textField({ min: 1, minMessage: "Type something to search for", max: 200, maxMessage: "Searches are at most 200 characters" });

export const searchArtworksSchema = z.object({
  q: searchQuerySchema,
  filters: artworkFiltersSchema.default({ availability: "available" }),
  sort: z.enum(SEARCH_SORTS).default("relevance"),
  displayCurrency: displayCurrencyField,
  ...page,
});

export const slugInputSchema = z.object({ slug: idField(200) });
export const artworkPageSchema = slugInputSchema.extend({ displayCurrency: displayCurrencyField });
export const moreFromArtistSchema = slugInputSchema.extend({ limit: z.number().int().min(1).max(24).default(8), displayCurrency: displayCurrencyField });
export const artworkIdSchema = z.object({ artworkId: idField() });
export const artistIdSchema = z.object({ artistId: idField() });
export const listArtistsSchema = z.object({ limit: page.limit, cursor: page.cursor });

export type ArtworkFilters = z.output<typeof artworkFiltersSchema>;
export type ListArtworksInput = z.output<typeof listArtworksSchema>;
export type SearchArtworksInput = z.output<typeof searchArtworksSchema>;
export type ArtworkCategory = (typeof CATEGORIES)[number];
export type ArtworkSize = (typeof SIZES)[number];
export type ArtworkColour = (typeof COLOURS)[number];
export type ArtworkSort = (typeof SEARCH_SORTS)[number];

// ---- search and recommendations (feat/search) ----

/** searchCatalogue (the assistant's tools): q is optional — without it, the newest works matching the filters. */
export const searchCatalogueSchema = z.object({
  q: z.preprocess((v) => (typeof v === "string" && v.trim() === "" ? undefined : v), searchQuerySchema.optional()),
  filters: artworkFiltersSchema.default({ availability: "available" }),
  limit: z.coerce.number().int().min(1).max(MAX_PAGE_SIZE, `At most ${MAX_PAGE_SIZE} results`).default(12),
});
export const moreLikeThisSchema = slugInputSchema.extend({
  limit: z.number().int().min(1).max(24, "At most 24").default(8),
  displayCurrency: displayCurrencyField,
});
export const featuredSchema = z.object({ limit: z.number().int().min(1).max(12, "At most 12").default(4) }).default({ limit: 4 });
export const recommendedSchema = z.object({ limit: z.number().int().min(1).max(24, "At most 24").default(8) }).default({ limit: 8 });

export type SearchCatalogueInput = z.input<typeof searchCatalogueSchema>;
