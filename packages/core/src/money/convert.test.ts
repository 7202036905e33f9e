import { describe, expect, it } from "vitest";
import { convertMinor, formatApproxPrice, rateMillionths, type RateTable } from "./convert.ts";

const rates: RateTable = { date: "2024-06-13", perEuro: { EUR: "1", USD: "1.0784", JPY: "169.58", GBP: "0.84468", CHF: "0.9668" } };

describe("convertMinor", () => {
  it("converts through the euro with each currency's minor unit", () => {
    expect(convertMinor(50_000, "EUR", "USD", rates)).toBe(53_920); // €500.00 → US$539.20 exactly
    expect(convertMinor(53_920, "USD", "EUR", rates)).toBe(50_000);
    expect(convertMinor(38_000, "JPY", "EUR", rates)).toBe(22_408); // ¥38,000 / 169.58 = €224.083…
    expect(convertMinor(10_000, "EUR", "JPY", rates)).toBe(16_958); // €100 → ¥16,958 (no minor unit)
    expect(convertMinor(123, "GBP", "GBP", rates)).toBe(123);
  });

  it("rounds half up to the minor unit", () => {
    expect(convertMinor(2_500, "EUR", "JPY", rates)).toBe(4_240); // ¥4,239.5
    expect(convertMinor(13_480, "USD", "GBP", rates)).toBe(10_559); // £105.585
    expect(convertMinor(13_479, "USD", "GBP", rates)).toBe(10_558); // £105.577…
    expect(convertMinor(0, "USD", "GBP", rates)).toBe(0);
  });

  it("is null without a rate, and refuses what is not a price", () => {
    expect(convertMinor(100, "EUR", "SEK", rates)).toBeNull();
    expect(convertMinor(100, "NOK", "EUR", rates)).toBeNull();
    expect(() => convertMinor(1.5, "EUR", "USD", rates)).toThrow(RangeError);
    expect(() => convertMinor(-1, "EUR", "USD", rates)).toThrow(RangeError);
  });

  it("reads rates exactly, as millionths", () => {
    expect(rateMillionths("1.0784")).toBe(1_078_400n);
    expect(rateMillionths("169.580000")).toBe(169_580_000n);
    expect(rateMillionths("1")).toBe(1_000_000n);
    for (const bad of ["", "0", "-1.2", "1.1234567", "1e3", "abc"]) expect(rateMillionths(bad)).toBeNull();
  });
});

describe("formatApproxPrice", () => {
  it("shows whole major units, rounded half up", () => {
    expect(formatApproxPrice(53_920, "USD")).toBe("≈ US$539");
    expect(formatApproxPrice(53_950, "USD")).toBe("≈ US$540");
    expect(formatApproxPrice(4_240, "JPY")).toBe("≈ JP¥4,240");
    expect(formatApproxPrice(120_049, "GBP")).toBe("≈ £1,200");
  });
});
