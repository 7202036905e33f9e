import { z } from "zod";

const variantSchema = z.object({
  format: z.enum(["avif", "webp"]),
  width: z.number().int().positive(),
  height: z.number().int().positive(),
  key: z.string().min(1),
  bytes: z.number().int().nonnegative().optional(),
});

export type ImageVariant = z.output<typeof variantSchema>;

export interface PublicImage {
  id: string;
  position: number;
  altText: string;
  width: number;
  height: number;
  dominantColor: string;
  blurDataUrl: string;
  variants: ImageVariant[];
}

export const publicImageSelect = {
  id: true,
  position: true,
  altText: true,
  width: true,
  height: true,
  dominantColor: true,
  blurDataUrl: true,
  variants: true,
} as const;

/** Keeps only well-formed variants (the JSON column is written by the upload pipeline). */
export function toPublicImage(row: { variants: unknown } & Omit<PublicImage, "variants">): PublicImage {
  const variants = Array.isArray(row.variants)
    ? row.variants.flatMap((v) => {
        const parsed = variantSchema.safeParse(v);
        return parsed.success ? [parsed.data] : [];
      })
    : [];
  return { ...row, variants: variants.sort((a, b) => a.width - b.width) };
}
