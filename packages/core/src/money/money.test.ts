import { describe, expect, it } from "vitest";
import { CURRENCIES, currencyExponent, formatMajorUnits, formatMoney, MAX_PRICE_MAJOR, parseMajorUnits } from "./index.ts";

/** Small deterministic PRNG so property runs are reproducible. */
function rng(seed: number) {
  let s = seed >>> 0;
  return () => {
    s = (s * 1664525 + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

describe("money", () => {
  it("parses major units into minor units per currency exponent", () => {
    expect(parseMajorUnits("1200", "EUR")).toEqual({ ok: true, minor: 120_000 });
    expect(parseMajorUnits("12.5", "EUR")).toEqual({ ok: true, minor: 1250 });
    expect(parseMajorUnits("0.01", "USD")).toEqual({ ok: true, minor: 1 });
    expect(parseMajorUnits("1,200.50", "GBP")).toEqual({ ok: true, minor: 120_050 });
    expect(parseMajorUnits("15000", "JPY")).toEqual({ ok: true, minor: 15_000 });
    expect(parseMajorUnits("1000000", "EUR")).toEqual({ ok: true, minor: 100_000_000 });
  });

  it("rejects negatives, zero, excess decimals, garbage and absurd amounts", () => {
    for (const [input, cur] of [
      ["-5", "EUR"],
      ["0", "EUR"],
      ["0.00", "EUR"],
      ["12.345", "EUR"],
      ["10.5", "JPY"],
      ["abc", "EUR"],
      ["1e5", "EUR"],
      ["", "EUR"],
      ["1000000.01", "EUR"],
      ["99999999999999999999", "USD"],
    ] as const) {
      expect(parseMajorUnits(input, cur).ok, `${input} ${cur}`).toBe(false);
    }
  });

  it("format(parse(x)) round-trips for many generated prices in every currency", () => {
    const rand = rng(42);
    for (let i = 0; i < 5000; i++) {
      const currency = CURRENCIES[Math.floor(rand() * CURRENCIES.length)] ?? "EUR";
      const exp = currencyExponent(currency);
      const whole = Math.floor(rand() * MAX_PRICE_MAJOR);
      const frac = exp ? String(Math.floor(rand() * 10 ** exp)).padStart(exp, "0") : "";
      const text = exp ? `${whole}.${frac}` : String(whole);
      const parsed = parseMajorUnits(text, currency);
      if (whole === 0 && /^0*$/.test(frac)) {
        expect(parsed.ok).toBe(false);
        continue;
      }
      expect(parsed.ok, text).toBe(true);
      if (parsed.ok) {
        expect(Number.isInteger(parsed.minor)).toBe(true);
        expect(formatMajorUnits(parsed.minor, currency)).toBe(text);
      }
    }
  });

  it("parse(format(n)) round-trips for generated minor amounts", () => {
    const rand = rng(7);
    for (let i = 0; i < 5000; i++) {
      const currency = CURRENCIES[i % CURRENCIES.length] ?? "EUR";
      const minor = 1 + Math.floor(rand() * MAX_PRICE_MAJOR * 10 ** currencyExponent(currency));
      expect(parseMajorUnits(formatMajorUnits(minor, currency), currency)).toEqual({ ok: true, minor });
    }
  });

  it("displays with symbol and grouping", () => {
    expect(formatMoney(120_050, "EUR")).toBe("€1,200.50");
    expect(formatMoney(15_000, "JPY")).toBe("¥15,000");
    expect(formatMajorUnits(5, "USD")).toBe("0.05");
  });
});
