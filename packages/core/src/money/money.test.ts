import { describe, expect, it } from "vitest";
import { CURRENCIES, currencyExponent, formatMajorUnits, formatMoney, formatPrice, MAX_PRICE_MAJOR, parseMajorUnits, parseOptionalAmount } from "./index.ts";

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

  it("displays with symbol and grouping, exactly", () => {
    expect(formatMoney(120_050, "EUR")).toBe("€1,200.50");
    expect(formatMoney(120_000, "EUR")).toBe("€1,200.00");
    expect(formatMoney(15_000, "JPY")).toBe("JP¥15,000");
    expect(formatMoney(1, "USD")).toBe("US$0.01");
    expect(formatMoney(-2_550, "gbp")).toBe("-£25.50"); // Stripe's lowercase codes, debts
    expect(formatMajorUnits(5, "USD")).toBe("0.05");
  });

  it("shows prices like a tag: whole amounts without zero cents", () => {
    expect(formatPrice(120_000, "EUR")).toBe("€1,200");
    expect(formatPrice(89_950, "EUR")).toBe("€899.50");
    expect(formatPrice(5_000, "JPY")).toBe("JP¥5,000");
    expect(formatPrice(1, "USD")).toBe("US$0.01");
  });

  it("never rounds through floats: amounts up to the largest safe integer format exactly", () => {
    expect(formatMoney(Number.MAX_SAFE_INTEGER, "EUR")).toBe("€90,071,992,547,409.91");
    expect(formatMoney(10_000_000_000_000_01, "USD")).toBe("US$10,000,000,000,000.01");
  });

  it("reads filter amounts leniently: what does not parse is no filter", () => {
    expect(parseOptionalAmount("1200", "EUR")).toBe(120_000);
    expect(parseOptionalAmount("1,200.5", "eur")).toBe(120_050);
    expect(parseOptionalAmount("5000", "JPY")).toBe(5_000);
    expect(parseOptionalAmount("abc", "EUR")).toBeUndefined();
    expect(parseOptionalAmount("12", "XYZ")).toBeUndefined();
    expect(parseOptionalAmount(undefined, "EUR")).toBeUndefined();
  });
});
