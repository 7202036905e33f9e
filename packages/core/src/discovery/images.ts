/** One stored size of an image (the upload pipeline writes them into `ArtworkImage.variants`). */
export interface ImageVariant {
  format: "avif" | "webp";
  width: number;
  height: number;
  key: string;
  bytes?: number;
}

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

const positiveInt = (n: unknown): n is number => Number.isSafeInteger(n) && (n as number) > 0;

/** A well-formed variant with only its own fields, or null (checked by hand: this runs for every card of every page). */
function toVariant(v: unknown): ImageVariant | null {
  if (typeof v !== "object" || v === null) return null;
  const { format, width, height, key, bytes } = v as Record<string, unknown>;
  if ((format !== "avif" && format !== "webp") || !positiveInt(width) || !positiveInt(height) || typeof key !== "string" || !key) return null;
  if (bytes === undefined) return { format, width, height, key };
  return Number.isSafeInteger(bytes) && (bytes as number) >= 0 ? { format, width, height, key, bytes: bytes as number } : null;
}

/** Keeps only well-formed variants (the JSON column is written by the upload pipeline), narrowest first. */
export function toPublicImage(row: { variants: unknown } & Omit<PublicImage, "variants">): PublicImage {
  const variants: ImageVariant[] = [];
  if (Array.isArray(row.variants)) {
    for (const v of row.variants as unknown[]) {
      const variant = toVariant(v);
      if (variant) variants.push(variant);
    }
  }
  return {
    id: row.id,
    position: row.position,
    altText: row.altText,
    width: row.width,
    height: row.height,
    dominantColor: row.dominantColor,
    blurDataUrl: row.blurDataUrl,
    variants: variants.sort((a, b) => a.width - b.width),
  };
}
