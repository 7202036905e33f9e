import sharp, { type Metadata, type OutputInfo, type Sharp, type SharpOptions } from "sharp";
import { MAX_UPLOAD_BYTES, reject, sniffFormat, type ImageFormat } from "./detect.ts";
import { imagePipeline } from "./pipeline-gate.ts";

/**
 * The largest image accepted, checked from the file's header before any pixel is decoded. What we
 * keep is at most MAX_LONG_SIDE (3000 px) on the long side, so this is not about print quality: it
 * admits what artists' cameras and phones produce (45 MP full-frame bodies, 48 MP phones: 8064×6048
 * is 48.8 MP; a 60×80 cm work photographed for print at 240 dpi is 42.9 MP — at 300 dpi it would be
 * 67 MP) and refuses larger files, which would cost up to 4 bytes a pixel to decode (50 MP: 200 MB).
 */
export const MAX_PIXELS = 50_000_000;
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
  /** which formats the variants are made in (default both; room photos, seen only by their owner, need WebP alone) */
  variantFormats?: readonly ("avif" | "webp")[];
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
 * Throws AppError (field "file") with a human message for anything we do not accept. Size, format and
 * dimensions are checked from the bytes and the header; decoding then waits for the image pipeline
 * (one image at a time per process, see pipeline-gate.ts).
 */
export async function processImage(input: Uint8Array, opts: ProcessOptions = {}): Promise<ProcessedImage> {
  if (input.byteLength === 0) throw reject("The file is empty.");
  if (input.byteLength > MAX_UPLOAD_BYTES) throw reject("The image is larger than 25 MB. Upload a smaller file.");
  const format = sniffFormat(input);
  const read: SharpOptions = { failOn: "error", limitInputPixels: false, sequentialRead: true };
  const avifEffort = opts.avifEffort ?? 2;
  const variantFormats = opts.variantFormats ?? (["avif", "webp"] as const);

  let meta: Metadata;
  try {
    meta = await sharp(input, read).metadata();
  } catch {
    throw reject("The image could not be read: the file is damaged or incomplete.");
  }
  if (!metadataMatches(format, meta) || !meta.width || !meta.height) throw reject("The image could not be read: its contents do not match its format.");
  if (meta.width * meta.height > MAX_PIXELS) {
    const mp = (meta.width * meta.height) / 1e6;
    throw reject(
      `The image is ${meta.width}×${meta.height} px (${mp.toFixed(1)} megapixels); the limit is ${MAX_PIXELS / 1e6} megapixels. Export it smaller: Atelier keeps at most ${MAX_LONG_SIDE} px on the long side.`,
    );
  }
  if (Math.min(meta.width, meta.height) < MIN_SHORT_SIDE)
    throw reject(`The image is ${meta.width}×${meta.height} px; the short side must be at least ${MIN_SHORT_SIDE} px.`);

  // only now, with the header checked, does the image wait for its turn to be decoded
  return imagePipeline.run(() => decodeAndEncode(input, format, read, avifEffort, variantFormats));
}

async function decodeAndEncode(
  input: Uint8Array,
  format: ImageFormat,
  read: SharpOptions,
  avifEffort: number,
  variantFormats: readonly ("avif" | "webp")[],
): Promise<ProcessedImage> {
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
    for (const f of variantFormats) variants.push({ ...(await encode(pixels().resize(w, h), f, w, h, avifEffort)), format: f });
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
