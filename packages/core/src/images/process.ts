import sharp, { type Metadata, type OutputInfo, type Sharp, type SharpOptions } from "sharp";
import { MAX_UPLOAD_BYTES, reject, sniffFormat, type ImageFormat } from "./detect.ts";

export const MAX_PIXELS = 60_000_000;
export const MIN_SHORT_SIDE = 200;
export const MAX_LONG_SIDE = 3000;
export const VARIANT_WIDTHS = [320, 640, 1280, 2048] as const;

export interface EncodedImage {
  format: ImageFormat;
  mimeType: string;
  width: number;
  height: number;
  bytes: Uint8Array;
}

export interface ProcessOptions {
  /** AVIF encoder effort 0–9 (default 2: a good size/speed balance for uploads; the seed uses 1) */
  avifEffort?: number;
}

export interface ProcessedImage {
  original: EncodedImage;
  variants: (EncodedImage & { format: "avif" | "webp" })[];
  blurDataUrl: string;
  dominantColor: string;
}

const MIME: Record<ImageFormat, string> = { jpeg: "image/jpeg", png: "image/png", webp: "image/webp", avif: "image/avif" };

/** sharp's name for each format we accept (AVIF is read by the HEIF loader with AV1 compression). */
function metadataMatches(format: ImageFormat, meta: Metadata): boolean {
  if (format === "avif") return meta.format === "heif" && meta.compression === "av1";
  return meta.format === format;
}

/**
 * Validates an upload and produces everything we store: a normalised original (auto-oriented,
 * sRGB, no metadata, ≤ 3000 px), AVIF + WebP variants, a blur placeholder and the dominant colour.
 * Throws AppError (field "file") with a human message for anything we do not accept.
 */
export async function processImage(input: Uint8Array, opts: ProcessOptions = {}): Promise<ProcessedImage> {
  if (input.byteLength === 0) throw reject("The file is empty.");
  if (input.byteLength > MAX_UPLOAD_BYTES) throw reject("The image is larger than 25 MB. Upload a smaller file.");
  const format = sniffFormat(input);
  const read: SharpOptions = { failOn: "error", limitInputPixels: false, sequentialRead: true };
  const avifEffort = opts.avifEffort ?? 2;

  let meta: Metadata;
  try {
    meta = await sharp(input, read).metadata();
  } catch {
    throw reject("The image could not be read: the file is damaged or incomplete.");
  }
  if (!metadataMatches(format, meta) || !meta.width || !meta.height) throw reject("The image could not be read: its contents do not match its format.");
  if (meta.width * meta.height > MAX_PIXELS) throw reject(`The image is ${meta.width}×${meta.height} px; the limit is 60 megapixels.`);
  if (Math.min(meta.width, meta.height) < MIN_SHORT_SIDE)
    throw reject(`The image is ${meta.width}×${meta.height} px; the short side must be at least ${MIN_SHORT_SIDE} px.`);

  // Decode once: orient, convert to sRGB, cap the size; every output is made from these pixels.
  let raw: { data: Buffer; info: OutputInfo };
  try {
    raw = await sharp(input, { ...read, limitInputPixels: MAX_PIXELS })
      .autoOrient()
      .resize({ width: MAX_LONG_SIDE, height: MAX_LONG_SIDE, fit: "inside", withoutEnlargement: true })
      .toColourspace("srgb")
      .raw()
      .toBuffer({ resolveWithObject: true });
  } catch {
    throw reject("The image could not be read: the file is damaged or incomplete.");
  }
  const { width, height, channels } = raw.info;
  const pixels = () => sharp(raw.data, { raw: { width, height, channels } });

  const original = await encode(pixels(), format, width, height, avifEffort);
  const variants: ProcessedImage["variants"] = [];
  for (const w of variantWidths(width)) {
    const h = Math.max(1, Math.round((height * w) / width));
    for (const f of ["avif", "webp"] as const) variants.push({ ...(await encode(pixels().resize(w, h), f, w, h, avifEffort)), format: f });
  }
  const blur = await pixels().resize(16, 16, { fit: "inside" }).webp({ quality: 40 }).toBuffer();
  const { dominant } = await pixels().resize(64, 64, { fit: "inside" }).stats();
  return {
    original,
    variants,
    blurDataUrl: `data:image/webp;base64,${blur.toString("base64")}`,
    dominantColor: `#${[dominant.r, dominant.g, dominant.b].map((c) => c.toString(16).padStart(2, "0")).join("")}`,
  };
}

/** The standard widths below the image's width, plus the image's own width when it is under the largest. */
export function variantWidths(width: number): number[] {
  const widths: number[] = VARIANT_WIDTHS.filter((w) => w <= width);
  const largest = 2048;
  if (width < largest && !widths.includes(width)) widths.push(width);
  return widths;
}

async function encode(img: Sharp, format: ImageFormat, width: number, height: number, avifEffort: number): Promise<EncodedImage> {
  const out =
    format === "jpeg"
      ? img.jpeg({ quality: 88, mozjpeg: true })
      : format === "png"
        ? img.png({ compressionLevel: 8 })
        : format === "webp"
          ? img.webp({ quality: 80, effort: 3 })
          : img.avif({ quality: 55, effort: avifEffort });
  const bytes = await out.toBuffer();
  return { format, mimeType: MIME[format], width, height, bytes: new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength) };
}
