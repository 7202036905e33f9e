import sharp from "sharp";
import zlib from "node:zlib";
import { describe, expect, it } from "vitest";
import { imagePipeline, MAX_PIXELS, processImage, sniffFormat, variantWidths } from "@atelier/core/images";
import { isAppError } from "@atelier/core/errors";
import { makeImage } from "./fixtures.ts";

async function rejection(p: Promise<unknown>): Promise<string> {
  try {
    await p;
  } catch (e) {
    if (isAppError(e)) {
      expect(e.code).toBe("BAD_REQUEST");
      expect(e.fieldErrors?.file?.[0]).toBe(e.message);
      return e.message;
    }
    throw e;
  }
  throw new Error("expected a rejection");
}

describe("format detection from bytes", () => {
  it("detects each accepted format by its magic numbers", async () => {
    for (const f of ["jpeg", "png", "webp", "avif"] as const) expect(sniffFormat(await makeImage({ width: 300, height: 300, format: f }))).toBe(f);
  });

  it("accepts a PNG named .jpg as a PNG (the name is never consulted)", async () => {
    const png = await makeImage({ format: "png" });
    const out = await processImage(png); // no filename reaches processing at all
    expect(out.original.mimeType).toBe("image/png");
  });

  it("rejects SVG, including script-bearing SVG", async () => {
    const svg = `<?xml version="1.0"?>\n<svg xmlns="http://www.w3.org/2000/svg" width="800" height="800"><script>alert(1)</script><rect width="800" height="800"/></svg>`;
    expect(await rejection(processImage(new TextEncoder().encode(svg)))).toMatch(/SVG files are not accepted/);
  });

  it("rejects GIF, HEIC, plain text and empty files with clear messages", async () => {
    const gif = await sharp({ create: { width: 300, height: 300, channels: 3, background: "#f00" } })
      .gif()
      .toBuffer();
    expect(await rejection(processImage(gif))).toMatch(/GIF images are not supported/);
    const heic = new Uint8Array([0, 0, 0, 24, ...new TextEncoder().encode("ftypheic\0\0\0\0mif1heic")]);
    expect(await rejection(processImage(heic))).toMatch(/HEIC/);
    expect(await rejection(processImage(new TextEncoder().encode("hello, I am a text file pretending to be a picture")))).toMatch(/not an image we accept/);
    expect(await rejection(processImage(new Uint8Array()))).toMatch(/empty/);
  });

  it("rejects truncated JPEG and PNG files", async () => {
    const jpeg = await makeImage({ width: 1200, height: 900 });
    expect(await rejection(processImage(jpeg.subarray(0, Math.floor(jpeg.length / 2))))).toMatch(/damaged or incomplete/);
    expect(await rejection(processImage(jpeg.subarray(0, Math.floor(jpeg.length * 0.99))))).toMatch(/damaged or incomplete/);
    const png = await makeImage({ width: 1200, height: 900, format: "png" });
    expect(await rejection(processImage(png.subarray(0, Math.floor(png.length * 0.9))))).toMatch(/damaged or incomplete/);
  });

  it("rejects files over 25 MB before decoding", async () => {
    const big = new Uint8Array(25 * 1024 * 1024 + 1);
    big.set([0xff, 0xd8, 0xff]);
    expect(await rejection(processImage(big))).toMatch(/larger than 25 MB/);
  });

  /** a tiny PNG whose header declares width×height */
  async function declaring(width: number, height: number) {
    const png = Buffer.from(await makeImage({ width: 300, height: 300, format: "png" }));
    png.writeUInt32BE(width, 16); // IHDR width
    png.writeUInt32BE(height, 20); // IHDR height
    png.writeUInt32BE(zlib.crc32(png.subarray(12, 29)), 29);
    return png;
  }

  it("rejects images over 50 megapixels from their header, without waiting for or entering the decoder", async () => {
    expect(MAX_PIXELS).toBe(50_000_000);
    const before = imagePipeline.stats().started;
    expect(await rejection(processImage(await declaring(10000, 10000)))).toMatch(/10000×10000 px \(100\.0 megapixels\); the limit is 50 megapixels/);
    // the 60-megapixel probe files, and just over the cap
    expect(await rejection(processImage(await declaring(7746, 7746)))).toMatch(/60\.0 megapixels.*limit is 50 megapixels. Export it smaller/);
    expect(await rejection(processImage(await declaring(8200, 6200)))).toMatch(/50\.8 megapixels/);
    expect(imagePipeline.stats().started).toBe(before);
    // a 48 MP phone photo passes the header check (this one then fails to decode: its pixels are not really there)
    expect(await rejection(processImage(await declaring(8064, 6048)))).toMatch(/damaged or incomplete/);
    expect(imagePipeline.stats().started).toBe(before + 1);
  });

  it("rejects images under 200 px on the short side", async () => {
    expect(await rejection(processImage(await makeImage({ width: 1000, height: 150 })))).toMatch(/short side must be at least 200 px/);
  });
});

describe("processing", () => {
  it("strips EXIF and GPS metadata and applies the orientation", async () => {
    const withGps = await sharp(await makeImage({ width: 800, height: 400 }))
      .withExif({ IFD0: { Make: "SpyCam", Orientation: "6" }, IFD3: { GPSLatitudeRef: "N", GPSLatitude: "48/1 51/1 24/1" } })
      .withMetadata({ orientation: 6 })
      .jpeg()
      .toBuffer();
    const before = await sharp(withGps).metadata();
    expect(before.exif).toBeDefined();
    expect(before.orientation).toBe(6);
    expect(Buffer.from(withGps).includes("SpyCam")).toBe(true);

    const out = await processImage(withGps);
    for (const bytes of [out.original.bytes, ...out.variants.map((v) => v.bytes)]) {
      const m = await sharp(bytes).metadata();
      expect(m.exif).toBeUndefined();
      expect(m.xmp).toBeUndefined();
      expect(m.icc).toBeUndefined();
      expect(m.orientation ?? 1).toBe(1);
    }
    expect(Buffer.from(out.original.bytes).includes("SpyCam")).toBe(false);
    // orientation 6 = rotate 90°: the 800×400 landscape is stored as 400×800 portrait
    expect([out.original.width, out.original.height]).toEqual([400, 800]);
  });

  it("makes AVIF and WebP variants at the standard widths up to the original, with matching sizes", async () => {
    const out = await processImage(await makeImage({ width: 1500, height: 1000 }));
    const byFormat = (f: string) => out.variants.filter((v) => v.format === f).map((v) => v.width);
    expect(byFormat("avif")).toEqual([320, 640, 1280, 1500]);
    expect(byFormat("webp")).toEqual([320, 640, 1280, 1500]);
    for (const v of out.variants) {
      const m = await sharp(v.bytes).metadata();
      expect(m.width).toBe(v.width);
      expect(m.height).toBe(v.height);
      expect(m.format).toBe(v.format === "avif" ? "heif" : "webp");
      expect(v.height).toBe(Math.round((1000 * v.width) / 1500));
    }
    expect(out.blurDataUrl).toMatch(/^data:image\/webp;base64,/);
    expect(out.blurDataUrl.length).toBeLessThan(600);
  });

  it("caps the normalised original at 3000 px on the long side", async () => {
    const out = await processImage(await makeImage({ width: 4000, height: 2000 }));
    expect([out.original.width, out.original.height]).toEqual([3000, 1500]);
    expect(out.variants.map((v) => v.width)).toEqual([320, 320, 640, 640, 1280, 1280, 2048, 2048]);
  });

  it("reports the dominant colour", async () => {
    const out = await processImage(
      await sharp({ create: { width: 400, height: 300, channels: 3, background: "#1f4e8c" } })
        .png()
        .toBuffer(),
    );
    const hex = out.dominantColor;
    expect(hex).toMatch(/^#[0-9a-f]{6}$/);
    const [r, g, b] = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16));
    expect(Math.abs(r! - 0x1f) + Math.abs(g! - 0x4e) + Math.abs(b! - 0x8c)).toBeLessThan(40);
  });

  it("lists variant widths", () => {
    expect(variantWidths(300)).toEqual([300]);
    expect(variantWidths(640)).toEqual([320, 640]);
    expect(variantWidths(3000)).toEqual([320, 640, 1280, 2048]);
  });
});
