import crypto from "node:crypto";
import type { Storage } from "../storage/index.ts";
import type { ProcessedImage } from "./process.ts";
import { parseVariants, type ImageVariant } from "./variants.ts";

export { parseVariants, type ImageVariant };

export interface StoredImage {
  originalKey: string;
  mimeType: string;
  width: number;
  height: number;
  bytes: number;
  dominantColor: string;
  blurDataUrl: string;
  variants: ImageVariant[];
  /** every key written, for clean-up */
  keys: string[];
}

const EXT = { jpeg: "jpg", png: "png", webp: "webp", avif: "avif" } as const;

/**
 * Writes the processed files under a fresh, never-reused prefix (so media URLs can be cached forever).
 * If any write fails, the ones already written are removed before the error is rethrown.
 */
export async function storeProcessedImage(storage: Storage, artworkId: string, img: ProcessedImage): Promise<StoredImage> {
  return storeProcessedImageAt(storage, `artworks/${artworkId}/${crypto.randomBytes(12).toString("hex")}`, img);
}

/** The same under a prefix the caller chose (fresh and never reused, like the artworks' own). */
export async function storeProcessedImageAt(storage: Storage, prefix: string, img: ProcessedImage): Promise<StoredImage> {
  const written: string[] = [];
  const put = async (key: string, bytes: Uint8Array, type: string) => {
    await storage.put(key, bytes, type);
    written.push(key);
  };
  try {
    const originalKey = `${prefix}/original.${EXT[img.original.format]}`;
    await put(originalKey, img.original.bytes, img.original.mimeType);
    const variants: ImageVariant[] = [];
    for (const v of img.variants) {
      const key = `${prefix}/w${v.width}.${v.format}`;
      await put(key, v.bytes, v.mimeType);
      variants.push({ format: v.format, width: v.width, height: v.height, key, bytes: v.bytes.byteLength });
    }
    return {
      originalKey,
      mimeType: img.original.mimeType,
      width: img.original.width,
      height: img.original.height,
      bytes: img.original.bytes.byteLength,
      dominantColor: img.dominantColor,
      blurDataUrl: img.blurDataUrl,
      variants,
      keys: written,
    };
  } catch (e) {
    await removeKeys(storage, written);
    throw e;
  }
}

/** Best-effort removal (a failure to delete one file must not hide the original error). */
export async function removeKeys(storage: Storage, keys: string[]): Promise<void> {
  await Promise.allSettled(keys.map((k) => storage.delete(k)));
}

/** All keys belonging to an image row. */
export function keysOfImage(row: { originalKey: string; variants: unknown }): string[] {
  return [row.originalKey, ...parseVariants(row.variants).map((v) => v.key)];
}
