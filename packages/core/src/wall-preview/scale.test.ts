import { describe, expect, it } from "vitest";
import { clampCentre, framedSizeCm, layoutOnWall, pixelsPerCm, ScaleProblem, tenthsToCm, toPixels, type Calibration } from "./scale.ts";

const photo = { width: 2000, height: 1500 };

describe("marked length → pixels per cm", () => {
  it("divides the marked distance in pixels by the length", () => {
    // 100 cm marked across 800 px horizontally
    const c: Calibration = { kind: "points", a: { x: 0.1, y: 0.5 }, b: { x: 0.5, y: 0.5 }, lengthTenths: 1000, unit: "CM" };
    expect(pixelsPerCm(c, photo)).toBeCloseTo(8, 10);
  });

  it("measures a slanted mark in pixels, not in normalised units (the photo is not square)", () => {
    // 600 px across and 800 px down: 1000 px, marked as 50 cm
    const c: Calibration = { kind: "points", a: { x: 0.2, y: 0.1 }, b: { x: 0.5, y: 0.1 + 800 / 1500 }, lengthTenths: 500, unit: "CM" };
    expect(pixelsPerCm(c, photo)).toBeCloseTo(20, 10);
  });

  it("reads inches as 2.54 cm", () => {
    expect(tenthsToCm(120, "IN")).toBeCloseTo(30.48, 10);
    // a 36 in door marked across 914.4 px → 10 px per cm
    const c: Calibration = { kind: "points", a: { x: 0, y: 0 }, b: { x: 914.4 / 2000, y: 0 }, lengthTenths: 360, unit: "IN" };
    expect(pixelsPerCm(c, photo)).toBeCloseTo(10, 10);
  });

  it("takes the wall's width as the photo's width", () => {
    expect(pixelsPerCm({ kind: "photoWidth", widthTenths: 4000, unit: "CM" }, photo)).toBeCloseTo(5, 10);
    expect(pixelsPerCm({ kind: "photoWidth", widthTenths: 1000, unit: "IN" }, photo)).toBeCloseTo(2000 / 254, 10);
  });
});

describe("the artwork at true scale", () => {
  const tenPxPerCm: Calibration = { kind: "photoWidth", widthTenths: 2000, unit: "CM" }; // 200 cm across 2000 px

  it("sizes an unframed 60 × 80 cm work to 600 × 800 px", () => {
    const l = layoutOnWall({
      photo,
      calibration: tenPxPerCm,
      artwork: { widthTenths: 600, heightTenths: 800, dimensionUnit: "CM" },
      frame: "none",
      centre: { x: 0.5, y: 0.5 },
    });
    expect(l.pxPerCm).toBeCloseTo(10, 10);
    expect(toPixels(l.art, photo)).toEqual({ left: 700, top: 350, width: 600, height: 800 });
    expect(l.outer).toEqual(l.art);
  });

  it("sizes a work measured in inches: 12 × 16 in is 30.48 × 40.64 cm", () => {
    const l = layoutOnWall({
      photo,
      calibration: tenPxPerCm,
      artwork: { widthTenths: 120, heightTenths: 160, dimensionUnit: "IN" },
      frame: "none",
      centre: { x: 0.5, y: 0.5 },
    });
    expect(l.art.width * photo.width).toBeCloseTo(304.8, 6);
    expect(l.art.height * photo.height).toBeCloseTo(406.4, 6);
  });

  it("adds moulding and mat on every side, and keeps the picture at its own size inside", () => {
    const size = framedSizeCm({ widthTenths: 400, heightTenths: 500, dimensionUnit: "CM" }, "white-mat");
    expect(size.outer).toEqual({ width: 40 + 2 * 8, height: 50 + 2 * 8 });
    const l = layoutOnWall({
      photo,
      calibration: tenPxPerCm,
      artwork: { widthTenths: 400, heightTenths: 500, dimensionUnit: "CM" },
      frame: "white-mat",
      centre: { x: 0.5, y: 0.4 },
    });
    expect(l.outer.width * photo.width).toBeCloseTo(560, 6);
    expect(l.matInner.width * photo.width).toBeCloseTo(520, 6); // inside the 2 cm moulding
    expect(l.art.width * photo.width).toBeCloseTo(400, 6);
    // all three share the centre
    for (const r of [l.outer, l.matInner, l.art]) expect(r.left + r.width / 2).toBeCloseTo(0.5, 10);
  });

  it("keeps the framed work on the photo when it is placed over an edge", () => {
    const l = layoutOnWall({
      photo,
      calibration: tenPxPerCm,
      artwork: { widthTenths: 600, heightTenths: 800, dimensionUnit: "CM" },
      frame: "oak",
      centre: { x: 0.99, y: 0.01 },
    });
    expect(l.outer.left + l.outer.width).toBeCloseTo(1, 10);
    expect(l.outer.top).toBeCloseTo(0, 10);
    expect(clampCentre({ x: 0.2, y: 0.9 }, { width: 0.2, height: 0.4 })).toEqual({ x: 0.2, y: 0.8 });
  });

  it("refuses a scale at which the work is larger than the photo, or a few pixels wide, or a mark too short to trust", () => {
    const art = { widthTenths: 1500, heightTenths: 1000, dimensionUnit: "CM" };
    const wall = (widthTenths: number): Calibration => ({ kind: "photoWidth", widthTenths, unit: "CM" });
    expect(() => layoutOnWall({ photo, calibration: wall(1000), artwork: art, frame: "none", centre: { x: 0.5, y: 0.5 } })).toThrow(
      /larger than the whole photo.*100 cm of wall/,
    );
    expect(() => layoutOnWall({ photo, calibration: wall(10_000_000), artwork: art, frame: "none", centre: { x: 0.5, y: 0.5 } })).toThrow(ScaleProblem);
    const tiny: Calibration = { kind: "points", a: { x: 0.5, y: 0.5 }, b: { x: 0.505, y: 0.5 }, lengthTenths: 100, unit: "CM" };
    expect(() => layoutOnWall({ photo, calibration: tiny, artwork: art, frame: "none", centre: { x: 0.5, y: 0.5 } })).toThrow(/too close together/);
  });
});

describe("the sample rooms", () => {
  it("are drawn at 4.5 px per cm: each room's marked furniture gives that scale", async () => {
    const { SAMPLE_ROOMS, SAMPLE_ROOM_PX_PER_CM, firstPlacement } = await import("./sample-rooms.ts");
    for (const room of Object.values(SAMPLE_ROOMS)) {
      expect(pixelsPerCm(room.calibration, room)).toBeCloseTo(SAMPLE_ROOM_PX_PER_CM, 10);
      // a 40 × 50 cm work first hangs centred, its bottom 20 cm above the furniture
      const outer = { width: (40 * 4.5) / room.width, height: (50 * 4.5) / room.height };
      const c = firstPlacement(room, outer);
      expect(c.x).toBe(0.5);
      expect((c.y + outer.height / 2) * room.height).toBeCloseTo(room.furnitureTop * room.height - 20 * 4.5, 6);
    }
  });
});
