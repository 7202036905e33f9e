import { z } from "zod";
import { idField, multilineText, textField } from "./text.ts";
import { CURRENCIES, isCurrency, parseMajorUnits, type Currency } from "../money/index.ts";
import { ARTWORK_CATEGORIES } from "../artwork/taxonomy.ts";

/** Largest dimension accepted, in units of the chosen unit (10 000 cm = 100 m). */
export const MAX_DIMENSION_UNITS = 10_000;
export const ARTWORK_CURRENCIES = CURRENCIES;

const dimension = (label: string) =>
  z
    .string()
    .trim()
    .min(1, `Enter the ${label.toLowerCase()}`)
    .regex(/^$|^\d{1,6}(\.\d)?$/, "Use a number with at most one decimal, e.g. 60.5")
    .transform((s) => Number(s.replace(".", "")) * (s.includes(".") ? 1 : 10))
    .refine((tenths) => tenths > 0, `${label} must be more than zero`)
    .refine((tenths) => tenths <= MAX_DIMENSION_UNITS * 10, `${label} can be at most ${MAX_DIMENSION_UNITS.toLocaleString("en")}`);

/** Like `dimension`, but empty means "not given". */
const optionalDimension = (label: string) =>
  z
    .string()
    .trim()
    .optional()
    .transform((s, ctx) => {
      if (!s) return undefined;
      const r = dimension(label).safeParse(s);
      if (r.success) return r.data;
      for (const issue of r.error.issues) ctx.addIssue({ code: "custom", message: issue.message });
      return z.NEVER;
    });

const tag = textField({ min: 1, minMessage: "Tags cannot be empty", max: 32, maxMessage: "Tags are at most 32 characters" }).toLowerCase();

/**
 * The artwork form, shared by the studio form (client-side validation) and `artwork.create` / `artwork.update`.
 * Parsing produces the stored shape: dimensions in tenths, price in integer minor units.
 */
export const artworkFieldsSchema = z
  .object({
    title: textField({ min: 1, minMessage: "Give the artwork a title", max: 140, maxMessage: "Titles are at most 140 characters" }),
    description: multilineText({ max: 5000, maxMessage: "Descriptions are at most 5000 characters" }).default(""),
    /** what collectors filter by; the medium keeps the detail */
    category: z.enum(ARTWORK_CATEGORIES, { error: "Choose the category that fits the work best" }),
    medium: textField({ min: 1, minMessage: "Name the medium, e.g. Oil on canvas", max: 80, maxMessage: "The medium is at most 80 characters" }),
    width: dimension("Width"),
    height: dimension("Height"),
    depth: optionalDimension("Depth"),
    unit: z.enum(["CM", "IN"], { error: "Choose centimetres or inches" }),
    year: z
      .number({ error: "Enter a year like 2024" })
      .int("Enter a whole year")
      .min(1000, "Enter a year after 1000")
      .refine((y) => y <= new Date().getFullYear(), "The year cannot be in the future")
      .optional(),
    tags: z
      .array(tag)
      .max(20, "At most 20 tags")
      .default([])
      .transform((tags) => [...new Set(tags)]),
    price: z.string().max(40, "Enter the price as a number, e.g. 1200 or 1200.50"),
    currency: z.string().refine(isCurrency, `Choose one of ${CURRENCIES.join(", ")}`),
    kind: z.enum(["ORIGINAL", "EDITION"], { error: "Choose original or edition" }),
    editionSize: z.number({ error: "Enter the edition size" }).int("Edition size is a whole number").optional(),
    /** shipping to the artist's own country, in major units ("" or "0" = free) */
    shippingDomestic: z.string().max(40, "Enter the shipping price as a number, e.g. 25").optional(),
    /** shipping elsewhere; "" = ships only within the artist's country */
    shippingInternational: z.string().max(40, "Enter the shipping price as a number, e.g. 60").optional(),
  })
  // `when`: run even if other fields failed, so the form shows every field's error at once (values may be raw then; the input may not even be an object).
  .superRefine(
    (v, ctx) => {
      if (typeof v.price === "string" && typeof v.currency === "string" && isCurrency(v.currency)) {
        const parsed = parseMajorUnits(v.price, v.currency);
        if (!parsed.ok) ctx.addIssue({ code: "custom", path: ["price"], message: parsed.message });
      }
      if (typeof v.currency === "string" && isCurrency(v.currency)) {
        for (const field of ["shippingDomestic", "shippingInternational"] as const) {
          const value: unknown = v[field];
          if (typeof value !== "string") continue;
          const r = parseShipping(value, v.currency);
          if (!r.ok) ctx.addIssue({ code: "custom", path: [field], message: r.message });
        }
      }
      if (v.editionSize !== undefined && typeof v.editionSize !== "number") return;
      if (v.kind === "EDITION") {
        if (v.editionSize === undefined)
          ctx.addIssue({
            code: "custom",
            path: ["editionSize"],
            message: "Editions need an edition size (2 to 10,000)",
          });
        else if (v.editionSize < 2 || v.editionSize > 10_000)
          ctx.addIssue({
            code: "custom",
            path: ["editionSize"],
            message: "Edition size must be between 2 and 10,000",
          });
      } else if (v.editionSize !== undefined) {
        ctx.addIssue({
          code: "custom",
          path: ["editionSize"],
          message: "An original has no edition size",
        });
      }
    },
    { when: ({ value }) => typeof value === "object" && value !== null },
  )
  .transform((v) => {
    const currency = isCurrency(v.currency) ? v.currency : "EUR";
    const parsed = parseMajorUnits(v.price, currency);
    return {
      title: v.title,
      description: v.description,
      category: v.category,
      medium: v.medium,
      widthTenths: v.width,
      heightTenths: v.height,
      depthTenths: v.depth ?? null,
      dimensionUnit: v.unit,
      year: v.year ?? null,
      tags: v.tags,
      priceAmount: parsed.ok ? parsed.minor : 0,
      currency,
      kind: v.kind,
      editionSize: v.kind === "EDITION" ? (v.editionSize ?? null) : null,
      shippingDomestic: shippingOrNull(v.shippingDomestic, currency) ?? 0,
      shippingInternational: shippingOrNull(v.shippingInternational, currency),
    };
  });

/** A shipping price typed in major units: "" → none, "0" → free, else a price like any other. */
function parseShipping(text: string | undefined, currency: Currency): { ok: true; minor: number | null } | { ok: false; message: string } {
  const t = (text ?? "").trim();
  if (t === "") return { ok: true, minor: null };
  if (/^0+([.,]0+)?$/.test(t)) return { ok: true, minor: 0 };
  const r = parseMajorUnits(t, currency);
  return r.ok
    ? r
    : { ok: false, message: r.message.replace("price", "shipping price").replace("Enter a shipping price", "Enter a shipping price or leave it empty") };
}

function shippingOrNull(text: string | undefined, currency: Currency): number | null {
  const r = parseShipping(text, currency);
  return r.ok ? r.minor : null;
}

export type ArtworkFieldsInput = z.input<typeof artworkFieldsSchema>;
export type ArtworkFields = z.output<typeof artworkFieldsSchema>;

const id = idField();
export const artworkIdSchema = z.object({ id });
export const createArtworkSchema = artworkFieldsSchema;
export const updateArtworkSchema = z.object({ id, fields: artworkFieldsSchema });

export const artworkStatuses = ["DRAFT", "IN_REVIEW", "PUBLISHED", "REJECTED", "UNPUBLISHED", "ARCHIVED", "SOLD"] as const;
export const mineSchema = z.object({ status: z.enum(artworkStatuses).optional() }).default({});
export type ArtworkStatus = (typeof artworkStatuses)[number];
