/**
 * Products that hang on a wall: a giclée print in a thin black frame, a stretched canvas showing its depth, a
 * poster taped up. Each takes the picture and the variant's (oriented) aspect and returns the scene as a JPEG.
 */
import sharp from "sharp";
import { f2, fitInside, inset, SCENE_PX, type Aspect } from "./geometry.ts";
import { clipToScene, flatten, pictureCover, sceneLight, softShadow, svgLayer, wallBackground } from "./layers.ts";

const S = SCENE_PX;

/** The sheet (the variant's size) with its 1 cm white border, in a thin black frame with a white mat, on a warm wall. */
export async function framedPrint(picture: Uint8Array, sheet: Aspect): Promise<Buffer> {
  const mouldingShare = 0.035;
  const matShare = 0.09;
  // the frame's outside: the sheet plus mat and moulding on each side, in sheet units
  const extra = 2 * (mouldingShare + matShare) * Math.max(sheet.width, sheet.height);
  const outer = fitInside({ width: sheet.width + extra, height: sheet.height + extra }, { left: 0, top: S * 0.1, width: S, height: S * 0.72 });
  const unit = outer.width / (sheet.width + extra);
  const moulding = Math.round(mouldingShare * Math.max(sheet.width, sheet.height) * unit);
  const opening = inset(outer, moulding);
  const paper = fitInside(sheet, inset(opening, matShare * Math.max(sheet.width, sheet.height) * unit));
  // 1 cm of border on the sheet: 10 mm of its short side in mm-like units
  const border = (10 / Math.min(sheet.width, sheet.height)) * Math.min(paper.width, paper.height);
  const art = inset(paper, border);
  const bevel = Math.max(2, moulding * 0.12);
  const over = `
    <rect x="${outer.left}" y="${outer.top}" width="${outer.width}" height="${outer.height}" fill="#1c1b19"/>
    <rect x="${outer.left}" y="${outer.top}" width="${outer.width}" height="${f2(moulding * 0.45)}" fill="#fff" fill-opacity="0.10"/>
    <rect x="${opening.left}" y="${opening.top}" width="${opening.width}" height="${opening.height}" fill="#f7f5ef"/>
    <rect x="${paper.left}" y="${paper.top}" width="${paper.width}" height="${paper.height}" fill="#fdfcf8" stroke="#000" stroke-opacity="0.10" stroke-width="${f2(bevel)}"/>`;
  const inner = `<defs>
      <linearGradient id="t" x1="0" y1="0" x2="0" y2="1"><stop offset="0" stop-color="#000" stop-opacity="0.30"/><stop offset="1" stop-color="#000" stop-opacity="0"/></linearGradient>
      <linearGradient id="l" x1="0" y1="0" x2="1" y2="0"><stop offset="0" stop-color="#000" stop-opacity="0.18"/><stop offset="1" stop-color="#000" stop-opacity="0"/></linearGradient>
      <linearGradient id="glass" x1="0" y1="0" x2="1" y2="1"><stop offset="0" stop-color="#fff" stop-opacity="0.10"/><stop offset="0.45" stop-color="#fff" stop-opacity="0"/><stop offset="1" stop-color="#fff" stop-opacity="0.04"/></linearGradient></defs>
    <rect x="${opening.left}" y="${opening.top}" width="${opening.width}" height="${f2(moulding * 0.6)}" fill="url(#t)"/>
    <rect x="${opening.left}" y="${opening.top}" width="${f2(moulding * 0.5)}" height="${opening.height}" fill="url(#l)"/>
    <rect x="${opening.left}" y="${opening.top}" width="${opening.width}" height="${opening.height}" fill="url(#glass)"/>`;
  return flatten(wallBackground("#ebe5da", "#d8cfc1"), [
    await softShadow(outer, { dx: Math.round(S * 0.008), dy: Math.round(S * 0.016), sigma: S * 0.012, opacity: 0.45 }),
    svgLayer(over),
    { input: await pictureCover(picture, art), left: art.left, top: art.top },
    svgLayer(inner),
    sceneLight(),
  ]);
}

/** A canvas wrapped round a deep stretcher: the front is the work, the right side shows the wrapped edge, darker, in perspective. */
export async function stretchedCanvas(picture: Uint8Array, aspect: Aspect): Promise<Buffer> {
  const front = fitInside(aspect, { left: S * 0.08, top: S * 0.1, width: S * 0.8, height: S * 0.72 });
  // 2 cm of stretcher against the variant's short side, seen at an angle (about half of it shows)
  const depth = Math.max(6, Math.round((20 / Math.min(aspect.width, aspect.height)) * Math.min(front.width, front.height) * 0.55));
  const face = await pictureCover(picture, front);
  // the wrapped edge: the picture's last columns mirrored round the stretcher, sheared so its far edge drops, in shade
  const edge = await sharp(face)
    .extract({ left: front.width - depth, top: 0, width: depth, height: front.height })
    .flop()
    .linear(0.62, 0)
    .ensureAlpha()
    .affine(
      [
        [1, 0],
        [0.35, 1],
      ],
      { background: { r: 0, g: 0, b: 0, alpha: 0 } },
    )
    .png()
    .toBuffer({ resolveWithObject: true });
  const weave = `<defs><pattern id="w" width="4" height="4" patternUnits="userSpaceOnUse"><path d="M0 0.5H4M0.5 0V4" stroke="#000" stroke-opacity="0.05" stroke-width="1"/></pattern>
    <linearGradient id="sheen" x1="0" y1="0" x2="1" y2="0"><stop offset="0" stop-color="#fff" stop-opacity="0.05"/><stop offset="1" stop-color="#000" stop-opacity="0.06"/></linearGradient></defs>
    <rect x="${front.left}" y="${front.top}" width="${front.width}" height="${front.height}" fill="url(#w)"/>
    <rect x="${front.left}" y="${front.top}" width="${front.width}" height="${front.height}" fill="url(#sheen)"/>
    <rect x="${front.left + 0.5}" y="${front.top + 0.5}" width="${front.width - 1}" height="${front.height - 1}" fill="none" stroke="#000" stroke-opacity="0.18"/>`;
  return flatten(wallBackground("#e4e2dc", "#cfcbc2"), [
    await softShadow({ ...front, width: front.width + depth }, { dx: Math.round(depth * 0.9), dy: Math.round(depth * 1.4), sigma: depth * 1.3, opacity: 0.5 }),
    await clipToScene(edge.data, { left: front.left + front.width, top: front.top, width: edge.info.width, height: edge.info.height }),
    { input: face, left: front.left, top: front.top },
    svgLayer(weave),
    sceneLight(),
  ]);
}

/** A matte poster, edge to edge, held by two strips of paper tape on a pale plaster wall. */
export async function tapedPoster(picture: Uint8Array, aspect: Aspect): Promise<Buffer> {
  const sheet = fitInside(aspect, { left: S * 0.1, top: S * 0.1, width: S * 0.8, height: S * 0.76 });
  const tapeW = Math.round(Math.min(sheet.width, sheet.height) * 0.16);
  const tapeH = Math.round(tapeW * 0.32);
  const tape = (x: number, y: number, deg: number) =>
    `<g transform="translate(${x} ${y}) rotate(${deg})"><rect x="${-tapeW / 2}" y="${-tapeH / 2}" width="${tapeW}" height="${tapeH}" fill="#efe7d3" fill-opacity="0.82"/><rect x="${-tapeW / 2}" y="${-tapeH / 2}" width="${tapeW}" height="${tapeH}" fill="none" stroke="#000" stroke-opacity="0.06"/></g>`;
  const over = `<defs><linearGradient id="p" x1="0" y1="0" x2="1" y2="1"><stop offset="0" stop-color="#fff" stop-opacity="0.07"/><stop offset="0.6" stop-color="#fff" stop-opacity="0"/><stop offset="1" stop-color="#000" stop-opacity="0.08"/></linearGradient></defs>
    <rect x="${sheet.left}" y="${sheet.top}" width="${sheet.width}" height="${sheet.height}" fill="url(#p)"/>
    ${tape(sheet.left + tapeW * 0.2, sheet.top + tapeH * 0.1, -38)}${tape(sheet.left + sheet.width - tapeW * 0.2, sheet.top + tapeH * 0.1, 38)}`;
  return flatten(wallBackground("#eeede9", "#d9d7d1", false), [
    await softShadow(sheet, { dx: 2, dy: Math.round(S * 0.005), sigma: S * 0.005, opacity: 0.35 }),
    // the bottom corners lift off the wall a little: a longer, fainter shadow there
    await softShadow(
      { ...sheet, top: sheet.top + Math.round(sheet.height * 0.6), height: Math.round(sheet.height * 0.4) },
      { dx: 4, dy: Math.round(S * 0.012), sigma: S * 0.012, opacity: 0.22 },
    ),
    { input: await pictureCover(picture, sheet), left: sheet.left, top: sheet.top },
    svgLayer(over),
    sceneLight(),
  ]);
}
