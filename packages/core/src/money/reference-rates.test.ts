import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { CURRENCIES } from "./currencies.ts";
import { convertAtReferenceRate, inEveryCurrency } from "./reference-rates.ts";

describe("reference-rate conversion", () => {
  it("rounds up to the next minor unit, once: never below the exact amount, less than one minor unit above it", () => {
    expect(convertAtReferenceRate(1_250, "EUR", "USD")).toBe(1_450); // 12.50 × 1.16 = 14.50 exactly
    expect(convertAtReferenceRate(1_201, "EUR", "USD")).toBe(1_394); // 13.9316 → 13.94
    expect(convertAtReferenceRate(500, "EUR", "JPY")).toBe(890); // 5 × 178
    expect(convertAtReferenceRate(1, "EUR", "JPY")).toBe(2); // 1.78 yen → 2
    expect(convertAtReferenceRate(890, "JPY", "EUR")).toBe(500);
    expect(convertAtReferenceRate(0, "EUR", "GBP")).toBe(0);
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 100_000_000 }), fc.constantFrom(...CURRENCIES), fc.constantFrom(...CURRENCIES), (amount, from, to) => {
        const converted = convertAtReferenceRate(amount, from, to);
        // rounded up both ways: converting back never lands below where it started
        const back = convertAtReferenceRate(converted, to, from);
        expect(back).toBeGreaterThanOrEqual(amount);
        if (from === to) expect(converted).toBe(amount);
      }),
    );
  });

  it("gives every accepted currency a price, and refuses currencies it has no rate for", () => {
    expect(Object.keys(inEveryCurrency(1_900)).sort()).toEqual([...CURRENCIES].sort());
    expect(() => convertAtReferenceRate(100, "EUR", "KWD")).toThrow(RangeError);
  });
});
