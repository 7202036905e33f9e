/**
 * `./atelier bench wall`: the time of a wall preview composite (core/wall-preview/composite.ts: true
 * scale, drawn oak frame, drop shadow, light matched to the wall) per stored room-photo size, next to a
 * plain sharp resize + JPEG encode of the same photo to the same output size in the same run (the floor:
 * decoding and encoding the photo at all). Also a sample room, and drawing a sample room the first time.
 * Never part of the test suite.
 */
import sharp from "sharp";
import { compositeOnWall, PREVIEW_LONG_SIDE } from "@atelier/core/wall-preview/composite";
import { sampleRoomSvg } from "@atelier/core/wall-preview/sample-room-drawings";
import { SAMPLE_ROOMS } from "@atelier/core/wall-preview/sample-rooms";
import { measurePair, type Stats } from "./measure.ts";

const ITERATIONS = 20;
const WARMUP = 3;
/** stored originals are at most 3000 px on the long side (core/images/process.ts) */
const SIZES: [number, number][] = [
  [1280, 853],
  [2048, 1365],
  [3000, 2000],
];

/** A photo-like wall: a lit gradient with sensor noise, as JPEG (noise makes decoding and encoding honest). */
async function wallPhoto(width: number, height: number): Promise<Uint8Array> {
  const light = `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}"><defs><radialGradient id="l" cx="0.3" cy="0.2" r="1"><stop offset="0" stop-color="#f4eee4"/><stop offset="1" stop-color="#b9ad9c"/></radialGradient></defs><rect width="100%" height="100%" fill="url(#l)"/><rect y="${height * 0.8}" width="100%" height="${height * 0.2}" fill="#7d5f43"/></svg>`;
  const noise = await sharp({ create: { width, height, channels: 3, background: "#808080", noise: { type: "gaussian", mean: 128, sigma: 18 } } })
    .png()
    .toBuffer();
  const out = await sharp(Buffer.from(light))
    .composite([{ input: noise, blend: "overlay" }])
    .jpeg({ quality: 88 })
    .toBuffer();
  return new Uint8Array(out);
}

async function picture(): Promise<Uint8Array> {
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="960" height="1280"><rect width="100%" height="100%" fill="#2e2e6e"/><rect x="80" y="90" width="800" height="520" fill="#1b1b3a"/><circle cx="480" cy="900" r="220" fill="#6c63ff"/></svg>`;
  return new Uint8Array(await sharp(Buffer.from(svg)).webp({ quality: 80 }).toBuffer());
}

const resizeOnly = (photo: Uint8Array) => () =>
  sharp(photo).resize({ width: PREVIEW_LONG_SIDE, height: PREVIEW_LONG_SIDE, fit: "inside", withoutEnlargement: true }).jpeg({ quality: 85 }).toBuffer();

export interface WallRow {
  photo: string;
  composite: Stats;
  resize: Stats;
}

export async function benchWallPreview(log: (l: string) => void): Promise<WallRow[]> {
  const art = await picture();
  const rows: WallRow[] = [];
  const run = async (label: string, photo: Uint8Array, calibration: Parameters<typeof compositeOnWall>[0]["calibration"], centre = { x: 0.5, y: 0.4 }) => {
    const composite = () =>
      compositeOnWall({ room: photo, picture: art, artwork: { widthTenths: 600, heightTenths: 800, dimensionUnit: "CM" }, frame: "oak", calibration, centre });
    const [c, r] = await measurePair(composite, resizeOnly(photo), ITERATIONS, WARMUP);
    rows.push({ photo: label, composite: c, resize: r });
    log(`wall preview on ${label}: composite p50 ${c.p50.toFixed(0)} ms, resize p50 ${r.p50.toFixed(0)} ms`);
  };
  for (const [w, h] of SIZES) {
    const photo = await wallPhoto(w, h);
    await run(`${w}×${h} photo (${(photo.byteLength / 1024).toFixed(0)} KB)`, photo, { kind: "photoWidth", widthTenths: 3000, unit: "CM" });
  }
  const t = performance.now();
  const room = new Uint8Array(
    await sharp(Buffer.from(sampleRoomSvg("living-room")))
      .jpeg({ quality: 88 })
      .toBuffer(),
  );
  log(`drawing the living-room sample (SVG → JPEG, once per process): ${(performance.now() - t).toFixed(0)} ms`);
  await run("sample living room 1800×1200", room, SAMPLE_ROOMS["living-room"].calibration, { x: 0.5, y: 0.3 });
  return rows;
}

export function printWallTable(rows: WallRow[]) {
  const f = (n: number) => n.toFixed(0).padStart(7);
  console.log(`\nWall preview (60 × 80 cm work, oak frame; output ≤ ${PREVIEW_LONG_SIDE} px, JPEG 85), ${ITERATIONS} runs after ${WARMUP} warm-up; ms`);
  console.log(
    `${"photo".padEnd(36)} ${"comp p50".padStart(8)} ${"comp p95".padStart(8)} ${"resize p50".padStart(10)} ${"resize p95".padStart(10)} ${"p50 ×".padStart(6)}`,
  );
  for (const r of rows) {
    console.log(
      `${r.photo.padEnd(36)} ${f(r.composite.p50)}  ${f(r.composite.p95)}  ${f(r.resize.p50).padStart(10)} ${f(r.resize.p95).padStart(10)} ${`${(r.composite.p50 / r.resize.p50).toFixed(2)}×`.padStart(6)}`,
    );
  }
  console.log(
    "composite = the whole preview (decode, lighting stats, frame, shadow, composite, encode); resize = sharp resize + JPEG encode of the same photo.",
  );
}
