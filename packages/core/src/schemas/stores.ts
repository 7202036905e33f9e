import { z } from "zod";
import { idCursorSchema } from "../pagination.ts";
import { connectCountrySchema } from "./countries.ts";
import { percent } from "./licensing.ts";
import { idField, multilineText, textField } from "./text.ts";
import { rejectApplicationSchema } from "./applications.ts";

/** Store applications (/store/apply, admin review) and listings (/store, /studio/shop); shared by forms and procedures. */

const httpUrl = textField({ max: 500, maxMessage: "The website must be at most 500 characters" }).refine((v) => {
  try {
    const u = new URL(v);
    return (u.protocol === "https:" || u.protocol === "http:") && u.hostname.includes(".");
  } catch {
    return false;
  }
}, "The website must be a full web address, like https://example.org");

export const STORE_LIMITS = { name: 80, description: 2000, reason: 2000 } as const;

export const storeApplicationSchema = z.object({
  name: textField({
    min: 2,
    minMessage: "Your store's name needs at least 2 characters",
    max: STORE_LIMITS.name,
    maxMessage: `Your store's name can be at most ${STORE_LIMITS.name} characters`,
  }),
  description: multilineText({
    min: 20,
    minMessage: "Describe your store in at least 20 characters",
    max: STORE_LIMITS.description,
    maxMessage: `Keep the description under ${STORE_LIMITS.description} characters`,
  }),
  /** "" means none */
  website: z.union([z.literal(""), httpUrl]).optional(),
  reason: multilineText({
    min: 20,
    minMessage: "Tell us in at least 20 characters what you would sell, and to whom",
    max: STORE_LIMITS.reason,
    maxMessage: `Keep this under ${STORE_LIMITS.reason} characters`,
  }),
  country: connectCountrySchema.default("IE"),
});
export type StoreApplicationInput = z.input<typeof storeApplicationSchema>;

export const listStoreApplicationsSchema = z.object({
  status: z.enum(["PENDING", "APPROVED", "REJECTED", "WITHDRAWN"]).default("PENDING"),
  cursor: idCursorSchema,
  limit: z.number().int().min(1).max(100).default(25),
});
export const storeApplicationIdSchema = z.object({ id: idField() });
/** The same as an artist application's: an id and a reason the applicant reads (10–2000 characters). */
export const rejectStoreApplicationSchema = rejectApplicationSchema;

export const storeSlugSchema = z.object({ slug: idField(200) });

/** A listing's price as people type it ("35", "35.00"), in the artwork's currency; the discount in percent ("" or "0": none). */
const priceText = z.string().max(40, "Enter the price as a number, e.g. 35 or 35.00");
const discount = z.union([z.literal("").transform(() => 0), percent("discount", 10_000)]).default(0);

export const listingCreateSchema = z.object({
  artworkId: idField(),
  variantCode: idField(40),
  price: priceText,
  discount,
});
export type ListingCreateInput = z.input<typeof listingCreateSchema>;

export const listingUpdateSchema = z.object({ listingId: idField(), price: priceText, discount });
export type ListingUpdateInput = z.input<typeof listingUpdateSchema>;

/** Pause (take off sale), resume (re-checked against the terms) or remove (for good). */
export const listingStatusSchema = z.object({ listingId: idField(), status: z.enum(["ACTIVE", "PAUSED", "REMOVED"]) });

/** The artworks a store may list from: published works whose terms allow stores; optional title/artist search. */
export const listableArtworksSchema = z.object({
  query: textField({ max: 100 }).default(""),
  limit: z.number().int().min(1).max(50).default(24),
});
