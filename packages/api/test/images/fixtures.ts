import sharp from "sharp";

/** A synthetic photo-like image (gradient + shapes) rendered locally, as `format`. */
export async function makeImage(opts: { width?: number; height?: number; format?: "jpeg" | "png" | "webp" | "avif"; fill?: string } = {}): Promise<Uint8Array> {
  const { width = 900, height = 600, format = "jpeg", fill = "#2f5d8a" } = opts;
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}">
    <rect width="100%" height="100%" fill="${fill}"/>
    <circle cx="${width / 3}" cy="${height / 2}" r="${Math.min(width, height) / 6}" fill="#e8d5a8"/>
  </svg>`;
  const img = sharp(Buffer.from(svg));
  const out = format === "jpeg" ? img.jpeg() : format === "png" ? img.png() : format === "webp" ? img.webp() : img.avif({ effort: 0 });
  return new Uint8Array(await out.toBuffer());
}
