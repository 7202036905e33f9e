import { describe, expect, it } from "vitest";
import { fitInside, inset, orientedAspect } from "./geometry.ts";

describe("mockup geometry", () => {
  it("turns the variant's sheet to the work's orientation", () => {
    const a4 = { width: 210, height: 297 };
    expect(orientedAspect(a4, { width: 900, height: 1200 })).toEqual(a4);
    expect(orientedAspect(a4, { width: 1200, height: 900 })).toEqual({ width: 297, height: 210 });
    expect(orientedAspect({ width: 300, height: 300 }, { width: 1200, height: 900 })).toEqual({ width: 300, height: 300 });
  });

  it("fits a box of the aspect inside another, centred, never empty", () => {
    expect(fitInside({ width: 3, height: 4 }, { left: 0, top: 0, width: 1200, height: 1200 })).toEqual({ left: 150, top: 0, width: 900, height: 1200 });
    expect(fitInside({ width: 4, height: 3 }, { left: 100, top: 100, width: 400, height: 600 })).toEqual({ left: 100, top: 250, width: 400, height: 300 });
    expect(fitInside({ width: 10_000, height: 1 }, { left: 0, top: 0, width: 100, height: 100 }).height).toBe(1);
    expect(inset({ left: 0, top: 0, width: 100, height: 50 }, 10)).toEqual({ left: 10, top: 10, width: 80, height: 30 });
  });
});
