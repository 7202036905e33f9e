/** Browser-safe: the shape of ArtworkImage.variants and helpers to read it (no Node or sharp imports). */

/** One entry of ArtworkImage.variants (the contract other parts of the app read). */
export interface ImageVariant {
  format: "avif" | "webp";
  width: number;
  height: number;
  key: string;
  bytes: number;
}

export function parseVariants(json: unknown): ImageVariant[] {
  if (!Array.isArray(json)) return [];
  return json.filter(
    (v): v is ImageVariant =>
      typeof v === "object" && v !== null && typeof (v as ImageVariant).key === "string" && typeof (v as ImageVariant).width === "number",
  );
}
