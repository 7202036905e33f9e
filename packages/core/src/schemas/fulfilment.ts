import { z } from "zod";

/** What a print lab makes for one order item, as the product catalogue knows it when the item is sold (kept as a snapshot). */
export const printSpecSchema = z.object({
  /** the lab's variant (Printful: `<catalog_variant_id>[/<placement>/<technique>]`) */
  variantCode: z
    .string()
    .trim()
    .min(1, "Name the lab's product variant")
    .max(64)
    .regex(/^[A-Za-z0-9_./:-]+$/, "Use letters, digits and . / : _ - only"),
  quantity: z.number().int().min(1).max(100),
  /** a URL the lab downloads the print-ready file from (a signed, expiring link is fine: labs fetch it when production starts) */
  printFileUrl: z.url({ protocol: /^https?$/, error: "The print file must be an http(s) URL" }).max(2000),
  productName: z.string().trim().min(1).max(200),
});
export type PrintSpec = z.infer<typeof printSpecSchema>;
