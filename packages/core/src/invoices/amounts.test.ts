import { describe, expect, it } from "vitest";
import { depositSplit, dueDateIn, invoiceSplit } from "./amounts.ts";

describe("invoice amounts", () => {
  it("fee rounded down, the artist the rest", () => {
    expect(invoiceSplit(200_000, 1000)).toEqual({ totalAmount: 200_000, commissionBps: 1000, commissionAmount: 20_000, artistAmount: 180_000 });
    expect(invoiceSplit(999, 1000)).toMatchObject({ commissionAmount: 99, artistAmount: 900 });
  });

  it("deposit + balance add up to the price and to the whole fee, for every price and percentage", () => {
    for (const total of [2, 3, 7, 99, 100, 101, 12_345, 200_000, 999_999]) {
      for (const pct of [1, 10, 33, 50, 67, 90]) {
        let s;
        try {
          s = depositSplit(total, pct, 1000);
        } catch {
          expect(Math.round((total * pct) / 100) < 1 || Math.round((total * pct) / 100) >= total).toBe(true);
          continue;
        }
        const whole = invoiceSplit(total, 1000);
        expect(s.deposit.totalAmount + s.balance.totalAmount).toBe(total);
        expect(s.deposit.commissionAmount + s.balance.commissionAmount).toBe(whole.commissionAmount);
        for (const part of [s.deposit, s.balance]) expect(part.commissionAmount + part.artistAmount).toBe(part.totalAmount);
      }
    }
    expect(depositSplit(200_000, 50, 1000).deposit).toEqual({ totalAmount: 100_000, commissionBps: 1000, commissionAmount: 10_000, artistAmount: 90_000 });
  });

  it("refuses nonsense", () => {
    expect(() => invoiceSplit(0, 1000)).toThrow(RangeError);
    expect(() => depositSplit(1000, 95, 1000)).toThrow(RangeError);
    expect(() => depositSplit(1, 50, 1000)).toThrow(RangeError);
  });

  it("due at the end of the day", () => {
    expect(dueDateIn(14, new Date("2026-12-04T10:00:00Z")).toISOString()).toBe("2026-12-18T23:59:59.000Z");
  });
});
