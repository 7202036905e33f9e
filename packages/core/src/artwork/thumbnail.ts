export interface ImageVariant {
  format: string;
  width: number;
  height: number;
  key: string;
  bytes: number;
}

function isVariant(v: unknown): v is ImageVariant {
  if (!v || typeof v !== "object") return false;
  const o = v as Record<string, unknown>;
  return typeof o.key === "string" && typeof o.width === "number" && typeof o.format === "string";
}

/** The storage key of the variant nearest `width` (webp preferred), from an ArtworkImage.variants JSON value. */
export function variantKey(variants: unknown, width = 320, originalKey: string | null = null): string | null {
  const list = Array.isArray(variants) ? variants.filter(isVariant) : [];
  const webp = list.filter((v) => v.format === "webp");
  const pool = webp.length ? webp : list;
  if (!pool.length) return originalKey;
  const best = [...pool].sort((a, b) => Math.abs(a.width - width) - Math.abs(b.width - width) || b.width - a.width)[0];
  return best?.key ?? originalKey;
}
