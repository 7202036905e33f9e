/**
 * The digital download's preview: the work at preview size (at most 1200 px on its long side, its own proportions)
 * under a visible, tiled watermark — "Atelier · preview" in diagonal rows, with a fine diagonal rule between them
 * that shows even where no font is installed. It is what anyone who has not bought the file sees.
 */
import sharp from "sharp";
import { SCENE_PX } from "./geometry.ts";

export const WATERMARK_TEXT = "Atelier · preview";

function watermarkSvg(width: number, height: number): string {
  const size = Math.max(14, Math.round(Math.max(width, height) / 26));
  const tileW = size * 11;
  const tileH = size * 4.2;
  const text = (x: number, y: number) =>
    `<text x="${x}" y="${y}" font-family="DejaVu Sans, Liberation Sans, Arial, sans-serif" font-size="${size}" font-weight="600" letter-spacing="${(size * 0.06).toFixed(1)}" fill="#fff" fill-opacity="0.42" stroke="#000" stroke-opacity="0.16" stroke-width="${(size / 18).toFixed(2)}">${WATERMARK_TEXT}</text>`;
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}"><defs>
      <pattern id="wm" width="${tileW}" height="${tileH}" patternUnits="userSpaceOnUse" patternTransform="rotate(-28)">
        ${text(size * 0.4, size * 1.4)}${text(size * 0.4 - tileW / 2, size * 1.4 + tileH / 2)}${text(size * 0.4 + tileW / 2, size * 1.4 + tileH / 2)}
        <path d="M0 ${(tileH * 0.5).toFixed(1)}H${tileW}M0 ${(tileH * 0.98).toFixed(1)}H${tileW}" stroke="#fff" stroke-opacity="0.22" stroke-width="${Math.max(1, size / 14).toFixed(1)}"/>
      </pattern></defs>
    <rect width="100%" height="100%" fill="url(#wm)"/></svg>`;
}

/** The picture at preview size, watermarked, as a JPEG. */
export async function watermarkedPreview(picture: Uint8Array, maxLongSide = SCENE_PX): Promise<Buffer> {
  const { data, info } = await sharp(picture)
    .resize({ width: maxLongSide, height: maxLongSide, fit: "inside", withoutEnlargement: true })
    .removeAlpha()
    .toBuffer({ resolveWithObject: true });
  return sharp(data)
    .composite([{ input: Buffer.from(watermarkSvg(info.width, info.height)) }])
    .jpeg({ quality: 86, mozjpeg: true })
    .toBuffer();
}
