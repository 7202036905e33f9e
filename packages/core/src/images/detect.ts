import { AppError } from "../errors.ts";

export type ImageFormat = "jpeg" | "png" | "webp" | "avif";

export const MAX_UPLOAD_BYTES = 25 * 1024 * 1024;

function ascii(bytes: Uint8Array, start: number, end: number): string {
  return String.fromCharCode(...bytes.subarray(start, end));
}

/**
 * The format from the file's first bytes (magic numbers), never from its name or declared type.
 * Returns a clear rejection for formats we recognise but do not accept.
 */
export function sniffFormat(bytes: Uint8Array): ImageFormat {
  const b = bytes;
  if (b.length >= 3 && b[0] === 0xff && b[1] === 0xd8 && b[2] === 0xff) return "jpeg";
  if (b.length >= 8 && b[0] === 0x89 && ascii(b, 1, 4) === "PNG" && b[4] === 0x0d && b[5] === 0x0a && b[6] === 0x1a && b[7] === 0x0a) return "png";
  if (b.length >= 12 && ascii(b, 0, 4) === "RIFF" && ascii(b, 8, 12) === "WEBP") return "webp";
  if (b.length >= 12 && ascii(b, 4, 8) === "ftyp") {
    const boxSize = Math.min(((b[0]! << 24) | (b[1]! << 16) | (b[2]! << 8) | b[3]!) >>> 0, b.length, 256);
    const brands: string[] = [ascii(b, 8, 12)];
    for (let i = 16; i + 4 <= boxSize; i += 4) brands.push(ascii(b, i, i + 4));
    if (brands.some((x) => x === "avif" || x === "avis")) return "avif";
    if (brands.some((x) => /^(heic|heix|hevc|hevx|heim|heis|mif1|msf1)$/.test(x)))
      throw reject("HEIC/HEIF photos are not supported. Export the image as JPEG, PNG, WebP or AVIF.");
    throw reject(UNSUPPORTED);
  }
  if (b.length >= 4 && ascii(b, 0, 4) === "GIF8") throw reject("GIF images are not supported. Upload a JPEG, PNG, WebP or AVIF.");
  if (looksLikeSvg(b)) throw reject("SVG files are not accepted (they can carry scripts). Upload a JPEG, PNG, WebP or AVIF.");
  throw reject(UNSUPPORTED);
}

const UNSUPPORTED = "This file is not an image we accept. Upload a JPEG, PNG, WebP or AVIF.";

function looksLikeSvg(b: Uint8Array): boolean {
  const head = new TextDecoder("utf-8", { fatal: false }).decode(b.subarray(0, 4096)).trimStart().toLowerCase();
  return head.startsWith("<") && head.includes("<svg");
}

export function reject(message: string): AppError {
  return AppError.field("BAD_REQUEST", "file", message);
}
