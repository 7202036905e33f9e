import { describe, expect, it } from "vitest";
import { formatDimensions, formatPrice, minorToMajorInput, parseMajorToMinor } from "../src/lib/format";

describe("money display from minor units", () => {
  it("formats per currency, dropping zero cents", () => {
    expect(formatPrice(120_000, "EUR")).toBe("€1,200");
    expect(formatPrice(89_950, "EUR")).toBe("€899.50");
    expect(formatPrice(5_000, "JPY")).toBe("JP¥5,000");
    expect(formatPrice(1, "USD")).toBe("US$0.01");
  });

  it("parses typed major amounts to integer minor units without float drift", () => {
    expect(parseMajorToMinor("1200", "EUR")).toBe(120_000);
    expect(parseMajorToMinor("1,200.5", "EUR")).toBe(120_050);
    expect(parseMajorToMinor("0.29", "EUR")).toBe(29);
    expect(parseMajorToMinor("5000", "JPY")).toBe(5_000);
    expect(parseMajorToMinor("abc", "EUR")).toBeUndefined();
    expect(minorToMajorInput(120_050, "EUR")).toBe("1200.5");
    expect(minorToMajorInput(120_000, "EUR")).toBe("1200");
  });

  it("formats tenths of a unit", () => {
    expect(formatDimensions(605, 800, null, "CM")).toBe("60.5 × 80 cm");
    expect(formatDimensions(120, 160, 15, "IN")).toBe("12 × 16 × 1.5 in");
  });
});
