import { describe, expect, it } from "vitest";
import { formatDimensions } from "./dimensions.ts";

describe("dimensions from tenths of a unit", () => {
  it("formats width × height (× depth) without float maths", () => {
    expect(formatDimensions({ widthTenths: 605, heightTenths: 800, dimensionUnit: "CM" })).toBe("60.5 × 80 cm");
    expect(formatDimensions({ widthTenths: 120, heightTenths: 160, depthTenths: 15, dimensionUnit: "IN" })).toBe("12 × 16 × 1.5 in");
    expect(formatDimensions({ widthTenths: 3, heightTenths: 1001, depthTenths: null, dimensionUnit: "CM" })).toBe("0.3 × 100.1 cm");
  });
});
