import sharp from "sharp";
import type { Storage } from "../storage/types.ts";

/**
 * A stored artwork image as a PNG data URL fitted inside maxWidth × maxHeight, for the share card
 * (next/og draws only PNG and JPEG, our variants are WebP and AVIF). Null when the object is missing.
 */
export async function pngForShareCard(storage: Storage, key: string, maxWidth: number, maxHeight: number) {
  const obj = await storage.get(key);
  if (!obj) return null;
  const { data, info } = await sharp(obj.bytes)
    .resize({ width: maxWidth, height: maxHeight, fit: "inside", withoutEnlargement: true })
    .png()
    .toBuffer({ resolveWithObject: true });
  return { dataUrl: `data:image/png;base64,${data.toString("base64")}`, width: info.width, height: info.height };
}
