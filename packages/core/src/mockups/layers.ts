/** The sharp building blocks every product template uses: the picture cut to a box, soft shadows, SVG layers. */
import sharp, { type OverlayOptions } from "sharp";
import { f2, SCENE_PX, type Box } from "./geometry.ts";

export const svgDoc = (body: string, width = SCENE_PX, height = SCENE_PX) =>
  `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}">${body}</svg>`;

/** An SVG the size of the scene, as an overlay. */
export const svgLayer = (body: string, blend?: OverlayOptions["blend"]): OverlayOptions => ({
  input: Buffer.from(svgDoc(body)),
  left: 0,
  top: 0,
  ...(blend ? { blend } : {}),
});

/** The picture cropped to fill `box` exactly ("cover", centred): how a sheet of the variant's aspect is printed. */
export async function pictureCover(picture: Uint8Array, box: Box): Promise<Buffer> {
  return sharp(picture).resize(box.width, box.height, { fit: "cover", position: "centre" }).removeAlpha().toBuffer();
}

/**
 * A soft shadow of a rectangle: `box` moved by (dx, dy), blurred by `sigma`, at `opacity`. Returned as an overlay
 * placed on the scene (clipped to it).
 */
export async function softShadow(box: Box, opts: { dx: number; dy: number; sigma: number; opacity: number; radius?: number }): Promise<OverlayOptions> {
  const pad = Math.ceil(opts.sigma * 3);
  const w = box.width + 2 * pad;
  const h = box.height + 2 * pad;
  const r = opts.radius ?? 0;
  const rect = svgDoc(`<rect x="${pad}" y="${pad}" width="${box.width}" height="${box.height}" rx="${r}" fill="#000" fill-opacity="${opts.opacity}"/>`, w, h);
  const blurred = await sharp(Buffer.from(rect)).ensureAlpha().blur(opts.sigma).png().toBuffer();
  return clipToScene(blurred, { left: box.left - pad + opts.dx, top: box.top - pad + opts.dy, width: w, height: h });
}

/** An image placed at `at`, cropped to the scene so sharp accepts it. */
export async function clipToScene(image: Buffer, at: Box): Promise<OverlayOptions> {
  const left = Math.max(0, at.left);
  const top = Math.max(0, at.top);
  const right = Math.min(SCENE_PX, at.left + at.width);
  const bottom = Math.min(SCENE_PX, at.top + at.height);
  if (left === at.left && top === at.top && right === at.left + at.width && bottom === at.top + at.height) return { input: image, left, top };
  const cropped = await sharp(image)
    .extract({ left: left - at.left, top: top - at.top, width: right - left, height: bottom - top })
    .png()
    .toBuffer();
  return { input: cropped, left, top };
}

/** Light falling from the top left across the whole scene: a little brighter there, a little dimmer at the far corner. */
export const sceneLight = () =>
  svgLayer(
    `<defs><radialGradient id="light" cx="0.2" cy="0.1" r="1.1"><stop offset="0" stop-color="#fff" stop-opacity="0.10"/><stop offset="0.55" stop-color="#fff" stop-opacity="0"/><stop offset="1" stop-color="#000" stop-opacity="0.14"/></radialGradient></defs><rect width="100%" height="100%" fill="url(#light)"/>`,
  );

/** A painted wall in soft daylight (with a skirting board at the bottom when `skirting`). */
export function wallBackground(base: string, shade: string, skirting = true): string {
  const floor = skirting
    ? `<rect y="${SCENE_PX * 0.9}" width="100%" height="${SCENE_PX * 0.1}" fill="#f3f0ea"/><rect y="${SCENE_PX * 0.9}" width="100%" height="${f2(SCENE_PX * 0.004)}" fill="#000" fill-opacity="0.08"/>`
    : "";
  return svgDoc(
    `<defs><linearGradient id="wall" x1="0" y1="0" x2="0.4" y2="1"><stop offset="0" stop-color="${base}"/><stop offset="1" stop-color="${shade}"/></linearGradient></defs><rect width="100%" height="100%" fill="url(#wall)"/>${floor}`,
  );
}

/** Renders the layers on `background` (an SVG document, or an image, the scene's size) into a JPEG. */
export async function flatten(background: string | Buffer, layers: OverlayOptions[]): Promise<Buffer> {
  return sharp(typeof background === "string" ? Buffer.from(background) : background)
    .composite(layers)
    .removeAlpha()
    .jpeg({ quality: 88, mozjpeg: true })
    .toBuffer();
}
