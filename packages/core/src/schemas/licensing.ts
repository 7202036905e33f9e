import { z } from "zod";
import { MAX_DISCOUNT_BPS, MAX_ROYALTY_BPS, type LicensingTermsValues } from "../licensing/defaults.ts";
import { CURRENCIES, isCurrency, parseMajorUnits, type Currency } from "../money/index.ts";
import { PRODUCT_TYPE_CODES, type ProductTypeCode } from "../products/catalogue.ts";
import { idField } from "./text.ts";

/**
 * The licensing forms (studio: /studio/licensing and each artwork's page), shared by the forms and the
 * `licensing.*` procedures. People type percentages and prices; parsing produces basis points and minor units.
 */

/** "10", "12.5", "12.55 %" → basis points (1000, 1250, 1255), or the reason it is not one. */
export function parsePercentToBps(input: string): { ok: true; bps: number } | { ok: false; message: string } {
  const text = input.trim().replace(/\s*%$/, "").replace(",", ".");
  if (text === "") return { ok: false, message: "Enter a percentage, e.g. 10" };
  const m = /^(\d{1,3})(?:\.(\d{0,2}))?$/.exec(text);
  if (!m) return { ok: false, message: "Enter a percentage with at most two decimals, e.g. 10 or 12.5" };
  return { ok: true, bps: Number(m[1]) * 100 + Number((m[2] ?? "").padEnd(2, "0")) };
}

export const percent = (label: string, maxBps: number) =>
  z
    .string()
    .max(20, `Enter the ${label} as a percentage, e.g. 10`)
    .transform((s, ctx) => {
      const r = parsePercentToBps(s);
      if (!r.ok) {
        ctx.addIssue({ code: "custom", message: r.message });
        return z.NEVER;
      }
      if (r.bps > maxBps) {
        ctx.addIssue({ code: "custom", message: `The ${label} can be at most ${maxBps / 100}%` });
        return z.NEVER;
      }
      return r.bps;
    });

/** A price typed in major units where zero is allowed ("0" = no minimum): minor units, or the reason. */
function parseMinimumPrice(input: string, currency: Currency) {
  if (/^\s*0+([.,]0*)?\s*$/.test(input)) return { ok: true as const, minor: 0 };
  return parseMajorUnits(input, currency);
}

const currency = z.string().refine(isCurrency, `Choose one of ${CURRENCIES.join(", ")}`);
const isProductTypeCode = (code: string): code is ProductTypeCode => (PRODUCT_TYPE_CODES as readonly string[]).includes(code);
const productTypes = z
  .array(z.string().max(40, "Choose products from the list").refine(isProductTypeCode, "Choose products from the list"))
  .max(PRODUCT_TYPE_CODES.length, "Choose products from the list")
  .transform((codes): ProductTypeCode[] => PRODUCT_TYPE_CODES.filter((c) => codes.includes(c)));

/** An artist's terms for all their works. */
export const licensingTermsSchema = z
  .object({
    royalty: percent("royalty", MAX_ROYALTY_BPS),
    minimumPrice: z.string().max(40, "Enter the minimum price as a number, e.g. 5 or 12.50"),
    currency,
    maxDiscount: percent("largest discount", MAX_DISCOUNT_BPS),
    allowThirdPartyStores: z.boolean({ error: "Say whether other stores may sell your work" }),
    productTypes,
  })
  .superRefine(
    (v, ctx) => {
      if (typeof v.minimumPrice !== "string" || typeof v.currency !== "string" || !isCurrency(v.currency)) return;
      const r = parseMinimumPrice(v.minimumPrice, v.currency);
      if (!r.ok) ctx.addIssue({ code: "custom", path: ["minimumPrice"], message: r.message });
    },
    { when: ({ value }) => typeof value === "object" && value !== null },
  )
  .transform((v): LicensingTermsValues => {
    const c = isCurrency(v.currency) ? v.currency : "EUR";
    const floor = parseMinimumPrice(v.minimumPrice, c);
    return {
      royaltyBps: v.royalty,
      minimumPriceAmount: floor.ok ? floor.minor : 0,
      minimumPriceCurrency: c,
      maxDiscountBps: v.maxDiscount,
      allowThirdPartyStores: v.allowThirdPartyStores,
      allowedProductTypes: v.productTypes,
    };
  });
export type LicensingTermsInput = z.input<typeof licensingTermsSchema>;

/** What one artwork changes of its artist's terms: every field left null (or absent) follows the artist's terms. */
export const artworkLicensingTermsSchema = z
  .object({
    artworkId: idField(),
    royalty: percent("royalty", MAX_ROYALTY_BPS).nullish(),
    minimumPrice: z.string().max(40, "Enter the minimum price as a number, e.g. 5 or 12.50").nullish(),
    currency: currency.nullish(),
    maxDiscount: percent("largest discount", MAX_DISCOUNT_BPS).nullish(),
    allowThirdPartyStores: z.boolean({ error: "Choose whether other stores may sell this work" }).nullish(),
    productTypes: productTypes.nullish(),
  })
  .superRefine(
    (v, ctx) => {
      if (typeof v.minimumPrice !== "string") return;
      if (typeof v.currency !== "string" || !isCurrency(v.currency)) {
        if (v.currency === null || v.currency === undefined)
          ctx.addIssue({ code: "custom", path: ["currency"], message: "Choose the minimum price's currency" });
        return;
      }
      const r = parseMinimumPrice(v.minimumPrice, v.currency);
      if (!r.ok) ctx.addIssue({ code: "custom", path: ["minimumPrice"], message: r.message });
    },
    { when: ({ value }) => typeof value === "object" && value !== null },
  )
  .transform((v) => {
    const c = typeof v.currency === "string" && isCurrency(v.currency) ? v.currency : null;
    const floor = typeof v.minimumPrice === "string" && c ? parseMinimumPrice(v.minimumPrice, c) : null;
    return {
      artworkId: v.artworkId,
      royaltyBps: v.royalty ?? null,
      minimumPriceAmount: floor?.ok ? floor.minor : null,
      minimumPriceCurrency: floor?.ok ? c : null,
      maxDiscountBps: v.maxDiscount ?? null,
      allowThirdPartyStores: v.allowThirdPartyStores ?? null,
      productTypesOverridden: v.productTypes !== null && v.productTypes !== undefined,
      allowedProductTypes: v.productTypes ?? [],
    };
  });
export type ArtworkLicensingTermsInput = z.input<typeof artworkLicensingTermsSchema>;
export type ArtworkLicensingOverride = z.output<typeof artworkLicensingTermsSchema>;

export const licensingArtworkIdSchema = z.object({ artworkId: idField() });

/** The public price table: one currency (default EUR). */
export const productCatalogueSchema = z.object({ currency: currency.default("EUR") }).default({ currency: "EUR" });
