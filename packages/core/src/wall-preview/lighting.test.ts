import { describe, expect, it } from "vitest";
import { lightFalloff, lightingMultipliers } from "./lighting.ts";

describe("light matched to the wall", () => {
  it("leaves a work alone on a neutral, well-lit wall", () => {
    for (const k of lightingMultipliers({ r: 215, g: 215, b: 215 })) expect(k).toBeCloseTo(1, 2);
  });

  it("dims a work on a dim wall and warms it under warm light, gently and within bounds", () => {
    const [r, g, b] = lightingMultipliers({ r: 150, g: 130, b: 100 });
    expect(g).toBeLessThan(1);
    expect(r).toBeGreaterThan(g);
    expect(b).toBeLessThan(g);
    const dark = lightingMultipliers({ r: 10, g: 10, b: 10 });
    for (const k of dark) expect(k).toBeGreaterThanOrEqual(0.72 * 0.94);
  });

  it("shades the side of the work where the wall is darker, by at most 15%", () => {
    expect(lightFalloff({ left: 200, right: 100, top: 150, bottom: 150 })).toEqual({
      horizontal: { dimmer: "right", factor: 0.85 },
      vertical: { dimmer: "top", factor: 1 },
    });
    expect(lightFalloff({ left: 190, right: 200, top: 150, bottom: 150 }).horizontal).toMatchObject({ dimmer: "left" });
  });
});
