import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { CURRENCIES, currencyExponent } from "./currencies.ts";
import { refundSplit, splitItem, splitOrder } from "./split.ts";

const currency = fc.constantFrom(...CURRENCIES);
// prices up to 1,000,000 major units in the currency's minor units (JPY: whole yen)
const priced = currency.chain((c) =>
  fc.record({
    currency: fc.constant(c),
    unitAmount: fc.integer({ min: 0, max: 1_000_000 * 10 ** currencyExponent(c) }),
    quantity: fc.integer({ min: 1, max: 50 }),
    shippingAmount: fc.integer({ min: 0, max: 5_000 * 10 ** currencyExponent(c) }),
    commissionBps: fc.integer({ min: 0, max: 10_000 }),
  }),
);

describe("the split engine", () => {
  it("parts add up to the charged amount to the minor unit, over random prices, rates, quantities and currencies", () => {
    fc.assert(
      fc.property(priced, (i) => {
        const s = splitItem(i);
        expect(s.commissionAmount + s.artistAmount).toBe(s.totalAmount);
        expect(s.totalAmount).toBe(i.unitAmount * i.quantity + i.shippingAmount);
        expect(Number.isInteger(s.commissionAmount) && Number.isInteger(s.artistAmount)).toBe(true);
        // commission rounds down: never above the exact rate, less than one minor unit below it
        const exact = (s.subtotalAmount * i.commissionBps) / 10_000;
        expect(s.commissionAmount).toBeLessThanOrEqual(exact);
        expect(exact - s.commissionAmount).toBeLessThan(1);
        expect(s.artistAmount).toBeGreaterThanOrEqual(i.shippingAmount);
      }),
      { numRuns: 2000 },
    );
  });

  it("an order's sums are the sums of its items, and each seller's transfer is the sum of their shares", () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(priced, fc.constantFrom("a", "b", "c")), { minLength: 1, maxLength: 8 }), (rows) => {
        const o = splitOrder(rows.map(([i, sellerId]) => ({ ...i, sellerId })));
        const transfers = [...o.artistAmounts.values()].reduce((a, b) => a + b, 0);
        expect(o.commissionAmount + transfers).toBe(o.totalAmount);
        expect(o.itemsAmount + o.shippingAmount).toBe(o.totalAmount);
      }),
    );
  });

  it("any sequence of partial refunds splits exactly like one refund of the same total", () => {
    fc.assert(
      fc.property(priced, fc.array(fc.integer({ min: 1, max: 1_000_000 }), { minLength: 1, maxLength: 10 }), (i, wishes) => {
        const s = splitItem(i);
        let refunded = 0;
        let artist = 0;
        for (const wish of wishes) {
          const amount = Math.min(wish, s.totalAmount - refunded);
          if (amount < 1) break;
          const r = refundSplit(s, refunded, amount);
          expect(r.artistAmount + r.platformAmount).toBe(amount);
          expect(r.artistAmount).toBeGreaterThanOrEqual(0);
          expect(r.platformAmount).toBeGreaterThanOrEqual(0);
          refunded += amount;
          artist += r.artistAmount;
        }
        if (refunded > 0) expect(artist).toBe(refundSplit(s, 0, refunded).artistAmount);
        if (refunded === s.totalAmount) expect(artist).toBe(s.artistAmount);
      }),
      { numRuns: 1000 },
    );
  });

  it("worked examples: 50% on a €1,234.57 original with €25 shipping; 30% on three ¥10,001 editions", () => {
    expect(splitItem({ unitAmount: 123_457, quantity: 1, shippingAmount: 2_500, commissionBps: 5_000 })).toMatchObject({
      commissionAmount: 61_728,
      artistAmount: 61_729 + 2_500,
      totalAmount: 125_957,
    });
    expect(splitItem({ unitAmount: 10_001, quantity: 3, shippingAmount: 0, commissionBps: 3_000 })).toMatchObject({
      commissionAmount: 9_000,
      artistAmount: 21_003,
    });
  });

  it("refuses what cannot be money: negative, fractional, zero quantity, a refund above what is left", () => {
    expect(() => splitItem({ unitAmount: -1, quantity: 1, shippingAmount: 0, commissionBps: 5000 })).toThrow(RangeError);
    expect(() => splitItem({ unitAmount: 10.5, quantity: 1, shippingAmount: 0, commissionBps: 5000 })).toThrow(RangeError);
    expect(() => splitItem({ unitAmount: 100, quantity: 0, shippingAmount: 0, commissionBps: 5000 })).toThrow(RangeError);
    expect(() => splitItem({ unitAmount: 100, quantity: 1, shippingAmount: 0, commissionBps: 10_001 })).toThrow(RangeError);
    const s = splitItem({ unitAmount: 100, quantity: 1, shippingAmount: 0, commissionBps: 5000 });
    expect(() => refundSplit(s, 60, 41)).toThrow(RangeError);
  });
});
