/**
 * Browser-safe: the scale maths of "see it on your wall". The live editor and the server's composite
 * both place the work with these functions, so what the buyer drags is what gets rendered.
 *
 * Coordinates on a photo are normalised: x and y from 0 to 1 across its width and height, so they do
 * not depend on which size of the photo is on screen. Lengths come in tenths of their unit, as the
 * artwork's own dimensions are stored (605 = 60.5 cm); geometry is plain floating point (no money here).
 */
import { FRAMES, type FrameId } from "./frames.ts";

export type LengthUnit = "CM" | "IN";
export const CM_PER_INCH = 2.54;

export interface Point {
  x: number;
  y: number;
}

/** How the buyer tells us the scale: a length they know between two points, or how much wall the photo shows edge to edge. */
export type Calibration =
  { kind: "points"; a: Point; b: Point; lengthTenths: number; unit: LengthUnit } | { kind: "photoWidth"; widthTenths: number; unit: LengthUnit };

export interface PhotoSize {
  width: number;
  height: number;
}

/** A rectangle in normalised photo coordinates (left, top, width, height from 0 to 1). */
export interface NormalisedRect {
  left: number;
  top: number;
  width: number;
  height: number;
}

/** Tenths of a unit to centimetres: 605 tenths of a cm = 60.5 cm; 120 tenths of an inch = 30.48 cm. */
export function tenthsToCm(tenths: number, unit: LengthUnit): number {
  return (tenths / 10) * (unit === "IN" ? CM_PER_INCH : 1);
}

/** The calibration's length between its two points in photo pixels (for `photoWidth`, the photo's width). */
export function calibrationPixels(c: Calibration, photo: PhotoSize): number {
  if (c.kind === "photoWidth") return photo.width;
  return Math.hypot((c.b.x - c.a.x) * photo.width, (c.b.y - c.a.y) * photo.height);
}

/** Photo pixels per centimetre of wall, from the marked length (or the wall's width). */
export function pixelsPerCm(c: Calibration, photo: PhotoSize): number {
  const cm = c.kind === "points" ? tenthsToCm(c.lengthTenths, c.unit) : tenthsToCm(c.widthTenths, c.unit);
  return calibrationPixels(c, photo) / cm;
}

export interface ArtworkSize {
  widthTenths: number;
  heightTenths: number;
  dimensionUnit: LengthUnit | string;
}

/** The work's width and height in cm, and with the frame (moulding and mat on each side) around it. */
export function framedSizeCm(art: ArtworkSize, frame: FrameId) {
  const unit: LengthUnit = art.dimensionUnit === "IN" ? "IN" : "CM";
  const width = tenthsToCm(art.widthTenths, unit);
  const height = tenthsToCm(art.heightTenths, unit);
  const f = FRAMES[frame];
  const border = f.mouldingCm + f.matCm;
  return { art: { width, height }, outer: { width: width + 2 * border, height: height + 2 * border }, mouldingCm: f.mouldingCm, matCm: f.matCm };
}

export interface WallLayout {
  pxPerCm: number;
  /** the frame's outside edge, the mat's inside edge (= the moulding's inside edge without a mat) and the picture */
  outer: NormalisedRect;
  matInner: NormalisedRect;
  art: NormalisedRect;
  /** the placement actually used (the centre, kept so the whole framed work stays on the photo) */
  centre: Point;
}

export class ScaleProblem extends Error {
  constructor(
    readonly field: "calibration" | "placement",
    message: string,
  ) {
    super(message);
  }
}

/** Where the framed work's centre may go so that all of it stays on the photo (the middle when it is as large as the photo). */
export function clampCentre(centre: Point, outer: { width: number; height: number }): Point {
  const clamp = (v: number, half: number) => (half >= 0.5 ? 0.5 : Math.min(1 - half, Math.max(half, v)));
  return { x: clamp(centre.x, outer.width / 2), y: clamp(centre.y, outer.height / 2) };
}

/** The shortest marked length we trust, in photo pixels (a slip of the finger is more than a few pixels). */
export const MIN_MARKED_PIXELS = 20;

/** The smallest the framed work may appear: under this many photo pixels wide the marked length is surely wrong. */
export const MIN_ARTWORK_PIXELS = 12;

/**
 * The framed work at true scale, centred at `centre`: its rectangles in normalised photo coordinates.
 * Throws ScaleProblem (field "calibration") when the scale cannot be right: the work would be larger
 * than the whole photo, or only a few pixels wide.
 */
export function layoutOnWall(input: { photo: PhotoSize; calibration: Calibration; artwork: ArtworkSize; frame: FrameId; centre: Point }): WallLayout {
  const { photo } = input;
  if (calibrationPixels(input.calibration, photo) < MIN_MARKED_PIXELS)
    throw new ScaleProblem("calibration", "The two points are too close together. Mark the ends of something longer, such as a door or a piece of furniture.");
  const ppc = pixelsPerCm(input.calibration, photo);
  const size = framedSizeCm(input.artwork, input.frame);
  const nw = (cm: number) => (cm * ppc) / photo.width;
  const nh = (cm: number) => (cm * ppc) / photo.height;
  const outer = { width: nw(size.outer.width), height: nh(size.outer.height) };
  if (outer.width > 1 || outer.height > 1) {
    const wallCm = Math.round(photo.width / ppc);
    throw new ScaleProblem(
      "calibration",
      `At this scale the framed work (${Math.round(size.outer.width)} × ${Math.round(size.outer.height)} cm) is larger than the whole photo, which shows about ${wallCm} cm of wall. Check the length you marked.`,
    );
  }
  if (size.art.width * ppc < MIN_ARTWORK_PIXELS || size.art.height * ppc < MIN_ARTWORK_PIXELS) {
    throw new ScaleProblem("calibration", "At this scale the work would be only a few pixels across. Check the length you marked: it seems far too long.");
  }
  const centre = clampCentre(input.centre, outer);
  const rect = (wCm: number, hCm: number): NormalisedRect => ({ left: centre.x - nw(wCm) / 2, top: centre.y - nh(hCm) / 2, width: nw(wCm), height: nh(hCm) });
  const mould = size.mouldingCm;
  return {
    pxPerCm: ppc,
    outer: rect(size.outer.width, size.outer.height),
    matInner: rect(size.outer.width - 2 * mould, size.outer.height - 2 * mould),
    art: rect(size.art.width, size.art.height),
    centre,
  };
}

/** A normalised rectangle in whole pixels of an image of `size` (for compositing). */
export function toPixels(r: NormalisedRect, size: PhotoSize) {
  const left = Math.round(r.left * size.width);
  const top = Math.round(r.top * size.height);
  return {
    left,
    top,
    width: Math.max(1, Math.round((r.left + r.width) * size.width) - left),
    height: Math.max(1, Math.round((r.top + r.height) * size.height) - top),
  };
}
