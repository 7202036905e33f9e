/** Browser-safe media URL helpers (used by server and client components). */
import { parseVariants, type ImageVariant } from "./variants.ts";

export { parseVariants, type ImageVariant };

/** The public URL of a stored key (served by apps/web/src/app/media/[...key]). */
export function mediaUrl(key: string): string {
  return `/media/${key}`;
}

/** The smallest variant of `format` at least `minWidth` wide (or the largest there is). */
export function pickVariant(variantsJson: unknown, minWidth: number, format: "avif" | "webp" = "webp"): ImageVariant | null {
  const list = parseVariants(variantsJson)
    .filter((v) => v.format === format)
    .sort((a, b) => a.width - b.width);
  return list.find((v) => v.width >= minWidth) ?? list[list.length - 1] ?? null;
}

/** A `srcset` string for one format, e.g. "/media/…/w320.webp 320w, /media/…/w640.webp 640w". */
export function srcSet(variantsJson: unknown, format: "avif" | "webp"): string {
  return parseVariants(variantsJson)
    .filter((v) => v.format === format)
    .sort((a, b) => a.width - b.width)
    .map((v) => `${mediaUrl(v.key)} ${v.width}w`)
    .join(", ");
}
