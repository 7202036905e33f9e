/**
 * `./atelier bench mockups`: drawing an artwork's product mockups (core/mockups/templates.ts) per source image size
 * and per product, next to a plain sharp resize + JPEG encode of the same source to the same 1200 px (the floor:
 * decoding the source and encoding a picture at all) in the same run. Also the whole set (7 products) through the
 * image pipeline's WebP variants, as the generate-mockups job does it. Never part of the test suite.
 */
import sharp from "sharp";
import { processImage } from "@atelier/core/images";
import { SCENE_PX } from "@atelier/core/mockups/geometry";
import { MOCKUP_TEMPLATES } from "@atelier/core/mockups/templates";
import { PRODUCT_CATALOGUE } from "@atelier/core/products/catalogue";
import { measurePair, type Stats } from "./measure.ts";

const ITERATIONS = 8;
const WARMUP = 2;
/** long sides of the source (3:4 portrait); stored originals are at most 3000 px, the job reads the ≤ 2048 px variant */
const SOURCES = [1000, 2000, 4000];

/** A painting-like source: gradients, shapes and noise (noise keeps decoding and encoding honest), as JPEG. */
async function source(longSide: number): Promise<Uint8Array> {
  const w = Math.round((longSide * 3) / 4);
  const h = longSide;
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${w}" height="${h}"><defs><linearGradient id="g" x1="0" y1="0" x2="1" y2="1"><stop offset="0" stop-color="#d9633b"/><stop offset="0.5" stop-color="#f2c14e"/><stop offset="1" stop-color="#2f6b7a"/></linearGradient></defs><rect width="100%" height="100%" fill="url(#g)"/><circle cx="${w / 2}" cy="${h * 0.4}" r="${w * 0.28}" fill="#1f2d4a" fill-opacity="0.8"/></svg>`;
  const noise = await sharp({ create: { width: w, height: h, channels: 3, background: "#808080", noise: { type: "gaussian", mean: 128, sigma: 14 } } })
    .png()
    .toBuffer();
  return new Uint8Array(
    await sharp(Buffer.from(svg))
      .composite([{ input: noise, blend: "overlay" }])
      .jpeg({ quality: 88 })
      .toBuffer(),
  );
}

const printOf = (code: string) => {
  const v = PRODUCT_CATALOGUE.find((t) => t.code === code)!.variants[0]!;
  return v.printMm ? { width: v.printMm.width, height: v.printMm.height } : null;
};

const resizeOnly = (src: Uint8Array) => () =>
  sharp(src).resize({ width: SCENE_PX, height: SCENE_PX, fit: "inside" }).jpeg({ quality: 88, mozjpeg: true }).toBuffer();

export interface MockupRow {
  label: string;
  mockup: Stats;
  resize: Stats;
}

export async function benchMockups(log: (l: string) => void): Promise<MockupRow[]> {
  const rows: MockupRow[] = [];
  for (const long of SOURCES) {
    const src = await source(long);
    const own = { width: Math.round((long * 3) / 4), height: long };
    const label = `${own.width}×${own.height} (${(src.byteLength / 1024).toFixed(0)} KB)`;
    // the whole set: seven templates, each then through the image pipeline (JPEG original + WebP 320/640/1200)
    const set = async () => {
      for (const [code, t] of Object.entries(MOCKUP_TEMPLATES)) await processImage(await t.render(src, own, printOf(code)), { variantFormats: ["webp"] });
    };
    const [s, r] = await measurePair(set, resizeOnly(src), Math.max(3, ITERATIONS / 2), 1);
    rows.push({ label: `${label}: all 7 + variants`, mockup: s, resize: r });
    log(`${label}: set p50 ${s.p50.toFixed(0)} ms, resize p50 ${r.p50.toFixed(0)} ms`);
    for (const [code, t] of Object.entries(MOCKUP_TEMPLATES)) {
      const [m, rr] = await measurePair(() => t.render(src, own, printOf(code)), resizeOnly(src), ITERATIONS, WARMUP);
      rows.push({ label: `${label}: ${code}`, mockup: m, resize: rr });
    }
  }
  return rows;
}

export function printMockupTable(rows: MockupRow[]) {
  const f = (n: number) => n.toFixed(0).padStart(8);
  console.log(
    `\nProduct mockups (${SCENE_PX} px scenes, JPEG 88), ${ITERATIONS} runs after ${WARMUP} warm-up (the full set: ${Math.max(3, ITERATIONS / 2)} runs); ms`,
  );
  console.log(`${"source: product".padEnd(44)} ${"mock p50".padStart(8)} ${"mock p95".padStart(8)} ${"resize p50".padStart(10)} ${"p50 ×".padStart(7)}`);
  for (const r of rows) {
    console.log(
      `${r.label.padEnd(44)} ${f(r.mockup.p50)} ${f(r.mockup.p95)} ${f(r.resize.p50).padStart(10)} ${`${(r.mockup.p50 / r.resize.p50).toFixed(1)}×`.padStart(7)}`,
    );
  }
  console.log(
    "mock = one template drawn from the source (decode, cut, scene, composite, encode); resize = sharp resize of the same source to 1200 px + JPEG encode.",
  );
}
