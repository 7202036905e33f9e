/**
 * The embedded default renderer: the work composited onto the wall photo with sharp, at true scale
 * (./scale.ts), in its frame, with a soft drop shadow and its light matched to the wall around it.
 * It is a composite, and the app says so.
 */
import sharp, { type OverlayOptions } from "sharp";
import { FRAMES, type FrameId } from "./frames.ts";
import { frameSvgs } from "./frame-drawing.ts";
import { lightFalloff, lightingMultipliers, luma, type Rgb } from "./lighting.ts";
import { layoutOnWall, toPixels, type ArtworkSize, type Calibration, type Point, type WallLayout } from "./scale.ts";

export interface CompositeInput {
  /** the wall photo (any format sharp reads; stored room photos are already upright and metadata-free) */
  room: Uint8Array;
  /** the work's picture (its stored variant) */
  picture: Uint8Array;
  artwork: ArtworkSize;
  frame: FrameId;
  calibration: Calibration;
  centre: Point;
  /** the preview's long side at most (default 2048); the photo is never enlarged */
  maxLongSide?: number;
}

export interface CompositeResult {
  jpeg: Uint8Array;
  width: number;
  height: number;
  layout: WallLayout;
}

type Box = { left: number; top: number; width: number; height: number };

export const PREVIEW_LONG_SIDE = 2048;

/** The part of `box` inside an image of width × height (null when none of it is). */
function within(box: Box, width: number, height: number): Box | null {
  const left = Math.max(0, box.left);
  const top = Math.max(0, box.top);
  const right = Math.min(width, box.left + box.width);
  const bottom = Math.min(height, box.top + box.height);
  return right - left >= 1 && bottom - top >= 1 ? { left, top, width: right - left, height: bottom - top } : null;
}

/**
 * Mean colour of a region of raw RGB pixels (null for an empty region), summed here: the regions are
 * small, and a sharp pipeline per region costs more than the sums (tooling/bench "wall").
 */
function meanOf(raw: Buffer, width: number, height: number, box: Box): Rgb | null {
  const r = within(box, width, height);
  if (!r) return null;
  // every other pixel and row is plenty for a mean
  let sr = 0;
  let sg = 0;
  let sb = 0;
  let n = 0;
  for (let y = r.top; y < r.top + r.height; y += 2) {
    for (let x = r.left, i = (y * width + r.left) * 3; x < r.left + r.width; x += 2, i += 6) {
      sr += raw[i]!;
      sg += raw[i + 1]!;
      sb += raw[i + 2]!;
      n++;
    }
  }
  return n ? { r: sr / n, g: sg / n, b: sb / n } : null;
}

/** An RGBA overlay placed at (left, top), cropped to the image so sharp accepts it. */
async function placed(rgba: Buffer, size: { width: number; height: number }, left: number, top: number, W: number, H: number): Promise<OverlayOptions | null> {
  const r = within({ left, top, ...size }, W, H);
  if (!r) return null;
  const cropped =
    r.width === size.width && r.height === size.height
      ? rgba
      : await sharp(rgba, { raw: { ...size, channels: 4 } })
          .extract({ left: r.left - left, top: r.top - top, width: r.width, height: r.height })
          .raw()
          .toBuffer();
  return { input: cropped, raw: { width: r.width, height: r.height, channels: 4 }, left: r.left, top: r.top };
}

export async function compositeOnWall(input: CompositeInput): Promise<CompositeResult> {
  const maxLong = input.maxLongSide ?? PREVIEW_LONG_SIDE;
  const room = await sharp(input.room)
    .resize({ width: maxLong, height: maxLong, fit: "inside", withoutEnlargement: true })
    .removeAlpha()
    .toColourspace("srgb")
    .raw()
    .toBuffer({ resolveWithObject: true });
  const W = room.info.width;
  const H = room.info.height;
  const layout = layoutOnWall({
    photo: { width: W, height: H },
    calibration: input.calibration,
    artwork: input.artwork,
    frame: input.frame,
    centre: input.centre,
  });
  const outer = toPixels(layout.outer, { width: W, height: H });
  const opening = toPixels(layout.matInner, { width: W, height: H });
  const art = toPixels(layout.art, { width: W, height: H });
  const ppc = layout.pxPerCm;

  // the wall around the work: its mean colour sets the light, its sides the fall-off across the work
  const margin = { x: Math.round(outer.width * 0.4), y: Math.round(outer.height * 0.4) };
  const around: Box = { left: outer.left - margin.x, top: outer.top - margin.y, width: outer.width + 2 * margin.x, height: outer.height + 2 * margin.y };
  const side = (b: Box) => {
    const m = meanOf(room.data, W, H, b);
    return m ? luma(m) : NaN;
  };
  const wallMean = meanOf(room.data, W, H, around) ?? { r: 215, g: 215, b: 215 };
  const [left, right, top, bottom] = [
    side({ left: outer.left - margin.x, top: outer.top, width: margin.x, height: outer.height }),
    side({ left: outer.left + outer.width, top: outer.top, width: margin.x, height: outer.height }),
    side({ left: outer.left, top: outer.top - margin.y, width: outer.width, height: margin.y }),
    side({ left: outer.left, top: outer.top + outer.height, width: outer.width, height: margin.y }),
  ];
  const falloff = lightFalloff({ left: left || 1, right: right || 1, top: top || 1, bottom: bottom || 1 });

  // the framed work, on its own canvas
  const rel = (b: Box) => ({ left: b.left - outer.left, top: b.top - outer.top, width: b.width, height: b.height });
  const svgs = frameSvgs(input.frame, { width: outer.width, height: outer.height, opening: rel(opening), art: rel(art), pxPerCm: ppc });
  const picture = await sharp(input.picture).resize(art.width, art.height, { fit: "cover" }).removeAlpha().toBuffer();
  const shadeSvg = falloffSvg(outer.width, outer.height, falloff);
  const framed = await sharp({ create: { width: outer.width, height: outer.height, channels: 4, background: { r: 0, g: 0, b: 0, alpha: 0 } } })
    .composite([
      { input: Buffer.from(svgs.under) },
      { input: picture, left: art.left - outer.left, top: art.top - outer.top },
      { input: Buffer.from(svgs.over) },
      { input: Buffer.from(shadeSvg), blend: "multiply" },
    ])
    .png()
    .toBuffer();
  const [kr, kg, kb] = lightingMultipliers(wallMean);
  const lit = await sharp(framed).linear([kr, kg, kb, 1], [0, 0, 0, 0]).ensureAlpha().raw().toBuffer();

  // the drop shadow: the frame's outline, blurred, cast down and to the right of its depth off the wall
  const depth = FRAMES[input.frame].depthCm * ppc;
  const sigma = Math.max(1, depth * 0.55);
  const pad = Math.ceil(sigma * 3);
  const shadowSize = { width: outer.width + 2 * pad, height: outer.height + 2 * pad };
  // (blurred in a pipeline of its own: sharp composites after every other operation)
  const shadow = await sharp(Buffer.from(rectSvg(shadowSize, pad, outer.width, outer.height)))
    .ensureAlpha()
    .blur(sigma)
    .raw()
    .toBuffer();

  const layers = [
    await placed(shadow, shadowSize, outer.left - pad + Math.round(depth * 0.3), outer.top - pad + Math.round(depth * 0.6), W, H),
    await placed(lit, { width: outer.width, height: outer.height }, outer.left, outer.top, W, H),
  ].filter((l): l is OverlayOptions => l !== null);
  const { data, info } = await sharp(room.data, { raw: { width: W, height: H, channels: 3 } })
    .composite(layers)
    .jpeg({ quality: 85 })
    .toBuffer({ resolveWithObject: true });
  return { jpeg: new Uint8Array(data.buffer, data.byteOffset, data.byteLength), width: info.width, height: info.height, layout };
}

function rectSvg(size: { width: number; height: number }, pad: number, w: number, h: number): string {
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${size.width}" height="${size.height}"><rect x="${pad}" y="${pad}" width="${w}" height="${h}" fill="#000" fill-opacity="0.42"/></svg>`;
}

/** A white-to-grey gradient multiplied over the work: the side of it the wall shows dimmer gets a little shade. */
function falloffSvg(width: number, height: number, falloff: ReturnType<typeof lightFalloff>): string {
  const grey = (factor: number) => Math.round(255 * factor);
  const h = falloff.horizontal;
  const v = falloff.vertical;
  const [hx1, hx2] = h.dimmer === "left" ? [1, 0] : [0, 1];
  const [vy1, vy2] = v.dimmer === "top" ? [1, 0] : [0, 1];
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}">
    <defs>
      <linearGradient id="h" x1="${hx1}" y1="0" x2="${hx2}" y2="0"><stop offset="0" stop-color="#fff"/><stop offset="1" stop-color="rgb(${grey(h.factor)},${grey(h.factor)},${grey(h.factor)})"/></linearGradient>
      <linearGradient id="v" x1="0" y1="${vy1}" x2="0" y2="${vy2}"><stop offset="0" stop-color="#fff"/><stop offset="1" stop-color="rgb(${grey(v.factor)},${grey(v.factor)},${grey(v.factor)})"/></linearGradient>
    </defs>
    <rect width="100%" height="100%" fill="url(#h)"/><rect width="100%" height="100%" fill="url(#v)" style="mix-blend-mode:multiply"/></svg>`;
}
