import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { AppError } from "../errors.ts";
import { apportionCumulative, apportionCumulativeBigInt } from "./apportion.ts";
import { CURRENCIES } from "./currencies.ts";
import { exponentOf } from "./format.ts";
import {
  licensedRefundSplit,
  licensedTermsViolations,
  lowestViableAmount,
  maxDiscountAmount,
  splitLicensedItem,
  type LicensedSplitInput,
} from "./licensed-split.ts";

// every accepted currency, plus three-decimal ones: the engine works in minor units whatever the exponent
const currency = fc.constantFrom(...CURRENCIES, "KWD", "BHD");
const bps = (max = 10_000) => fc.integer({ min: 0, max });

/** Any line, valid or not: random prices, quantities, discounts, production costs, royalties, fees, floors, caps. */
const anyLine = currency.chain((c) => {
  const major = 10 ** exponentOf(c);
  return fc
    .record({
      currency: fc.constant(c),
      seller: fc.constantFrom("STORE" as const, "ARTIST_SHOP" as const),
      unitAmount: fc.integer({ min: 0, max: 20_000 * major }),
      quantity: fc.integer({ min: 1, max: 25 }),
      discountBps: bps(),
      productionCostAmount: fc.integer({ min: 0, max: 300 * major }),
      shippingAmount: fc.integer({ min: 0, max: 60 * major }),
      platformFeeBps: bps(5_000),
      terms: fc.record({ royaltyBps: bps(5_000), minimumUnitAmount: fc.integer({ min: 0, max: 100 * major }), maxDiscountBps: bps(9_000) }),
    })
    .map(({ discountBps, ...l }): LicensedSplitInput => ({ ...l, discountAmount: maxDiscountAmount(l.unitAmount * l.quantity, discountBps) }));
});

/** Lines that keep the terms: the price at or above both the floor and the lowest viable amount, a discount within the cap and the floor. */
const viableOf = (l: LicensedSplitInput) =>
  lowestViableAmount({
    seller: l.seller,
    productionAmount: l.productionCostAmount * l.quantity,
    royaltyBps: l.terms.royaltyBps,
    platformFeeBps: l.platformFeeBps,
  });
// a line whose royalty and fee alone take 100% of any price (null) has no valid price at all: such lines are refused, never valid
const validLine = anyLine
  .filter((l) => viableOf(l) !== null)
  .chain((l) =>
    fc.integer({ min: 0, max: 5_000 * 10 ** exponentOf(l.currency) }).chain((extra) => {
      const viable = viableOf(l)!;
      const leastCharge = Math.max(l.terms.minimumUnitAmount * l.quantity, viable);
      const unitAmount = Math.ceil(leastCharge / l.quantity) + extra;
      const gross = unitAmount * l.quantity;
      // the deepest discount that keeps the cap, the floor per unit and the viable amount
      const deepest = Math.min(maxDiscountAmount(gross, l.terms.maxDiscountBps), gross - leastCharge);
      return fc.integer({ min: 0, max: Math.max(0, deepest) }).map((discountAmount): LicensedSplitInput => ({ ...l, unitAmount, discountAmount }));
    }),
  );

describe("the licensed four-party split", () => {
  it("parts add up to the charged amount (and with shipping to the total) to the minor unit, over random lines and currencies", { timeout: 30_000 }, () => {
    let accepted = 0;
    fc.assert(
      fc.property(anyLine, (l) => {
        const violations = licensedTermsViolations(l);
        if (violations.length) {
          expect(() => splitLicensedItem(l)).toThrow(AppError);
          return;
        }
        accepted++;
        const s = splitLicensedItem(l);
        expect(s.productionAmount + s.creatorAmount + s.storeAmount + s.platformFeeAmount).toBe(s.chargedAmount);
        expect(s.labAmount + s.creatorAmount + s.storeAmount + s.platformFeeAmount).toBe(s.totalAmount);
        expect(s.totalAmount).toBe(l.unitAmount * l.quantity - l.discountAmount + l.shippingAmount);
        for (const part of [s.productionAmount, s.creatorAmount, s.storeAmount, s.platformFeeAmount])
          expect(Number.isSafeInteger(part) && part >= 0).toBe(true);
      }),
      { numRuns: 3000 },
    );
    expect(accepted).toBeGreaterThan(100);
  });

  it(
    "discounts come before the split: royalty and fee are rates of the charged amount, rounded down; the store (or the artist's shop) takes the rest",
    { timeout: 30_000 },
    () => {
      fc.assert(
        fc.property(validLine, (l) => {
          const s = splitLicensedItem(l);
          const charged = l.unitAmount * l.quantity - l.discountAmount;
          expect(s.chargedAmount).toBe(charged);
          expect(s.platformFeeAmount).toBe(Math.floor((charged * l.platformFeeBps) / 10_000));
          expect(s.productionAmount).toBe(l.productionCostAmount * l.quantity);
          if (l.seller === "STORE") {
            expect(s.creatorAmount).toBe(Math.floor((charged * l.terms.royaltyBps) / 10_000));
            expect(s.storeAmount).toBe(charged - s.productionAmount - s.creatorAmount - s.platformFeeAmount);
          } else {
            expect(s.storeAmount).toBe(0);
            expect(s.royaltyBps).toBe(0);
            expect(s.creatorAmount).toBe(charged - s.productionAmount - s.platformFeeAmount);
          }
        }),
        { numRuns: 2000 },
      );
    },
  );

  it("every line that keeps the terms splits", { timeout: 30_000 }, () => {
    fc.assert(
      fc.property(validLine, (l) => {
        expect(licensedTermsViolations(l)).toEqual([]);
        expect(splitLicensedItem(l).storeAmount).toBeGreaterThanOrEqual(0);
      }),
      { numRuns: 2000 },
    );
  });

  it("the lowest viable amount and every amount above it pay production, royalty and fee; one minor unit less does not", { timeout: 30_000 }, () => {
    fc.assert(
      fc.property(
        fc.record({
          seller: fc.constantFrom("STORE" as const, "ARTIST_SHOP" as const),
          productionAmount: fc.integer({ min: 0, max: 10_000_000 }),
          royaltyBps: bps(5_000),
          platformFeeBps: bps(5_000),
        }),
        fc.array(fc.integer({ min: 0, max: 1_000 }), { maxLength: 20 }),
        (p, above) => {
          const lowest = lowestViableAmount(p);
          if (lowest === null) return expect(p.platformFeeBps + (p.seller === "STORE" ? p.royaltyBps : 0)).toBeGreaterThanOrEqual(10_000);
          const line = (charged: number): LicensedSplitInput => ({
            currency: "EUR",
            seller: p.seller,
            unitAmount: charged,
            quantity: 1,
            discountAmount: 0,
            productionCostAmount: p.productionAmount,
            shippingAmount: 0,
            platformFeeBps: p.platformFeeBps,
            terms: { royaltyBps: p.royaltyBps, minimumUnitAmount: 0, maxDiscountBps: 0 },
          });
          for (const extra of [0, 1, 2, 3, ...above]) expect(licensedTermsViolations(line(lowest + extra))).toEqual([]);
          if (lowest > 0) expect(licensedTermsViolations(line(lowest - 1)).map((v) => v.code)).toEqual(["PRICE_BELOW_COSTS"]);
        },
      ),
      { numRuns: 2000 },
    );
  });

  it("refuses a price below the floor (price) and a discount above the cap (discount), naming the field", () => {
    const base: LicensedSplitInput = {
      currency: "EUR",
      seller: "STORE",
      unitAmount: 4_500,
      quantity: 1,
      discountAmount: 0,
      productionCostAmount: 1_900,
      shippingAmount: 0,
      platformFeeBps: 1_000,
      terms: { royaltyBps: 1_000, minimumUnitAmount: 2_500, maxDiscountBps: 2_000 },
    };
    const errorOf = (l: LicensedSplitInput) => {
      try {
        splitLicensedItem(l);
      } catch (e) {
        return e as AppError;
      }
      throw new Error("expected a refusal");
    };
    const low = errorOf({ ...base, unitAmount: 2_400 });
    expect(low.code).toBe("BAD_REQUEST");
    expect(low.fieldErrors?.price?.[0]).toBe("The artist's minimum price is €25.00 a unit; this price is €24.00.");
    const deep = errorOf({ ...base, discountAmount: 901 });
    expect(deep.fieldErrors?.discount?.[0]).toBe("The artist allows at most 20% off (€9.00 here); this discount is €9.01.");
    expect(deep.fieldErrors?.price).toBeUndefined();
    const underFloor = errorOf({ ...base, unitAmount: 3_000, discountAmount: 600 });
    expect(underFloor.fieldErrors?.discount?.[0]).toBe("With this discount the price comes to €24.00, below the artist's minimum of €25.00 a unit.");
    const unpaid = errorOf({ ...base, unitAmount: 2_000, terms: { ...base.terms, minimumUnitAmount: 0 } });
    expect(unpaid.fieldErrors?.price?.[0]).toBe(
      "At €20.00 the price does not cover production (€19.00), the artist's royalty (€2.00) and Atelier's fee (€2.00). Charge at least €23.74 after any discount.",
    );
    // €23.74 − €19 − 2 × €2.37 = 0: covered; €23.73 leaves −€0.01
    expect(licensedTermsViolations({ ...base, unitAmount: 2_374, terms: { ...base.terms, minimumUnitAmount: 0 } })).toEqual([]);
    expect(licensedTermsViolations({ ...base, unitAmount: 2_373, terms: { ...base.terms, minimumUnitAmount: 0 } }).map((v) => v.code)).toEqual([
      "PRICE_BELOW_COSTS",
    ]);
  });

  it("worked example: an A3 giclée listed at €45 by a store, 20% off → €36 charged: lab €19, creator €3.60, fee €3.60, store €9.80; in the artist's shop the creator takes €13.40", () => {
    const line: LicensedSplitInput = {
      currency: "EUR",
      seller: "STORE",
      unitAmount: 4_500,
      quantity: 1,
      discountAmount: 900,
      productionCostAmount: 1_900,
      shippingAmount: 0,
      platformFeeBps: 1_000,
      terms: { royaltyBps: 1_000, minimumUnitAmount: 500, maxDiscountBps: 2_000 },
    };
    expect(splitLicensedItem(line)).toMatchObject({
      chargedAmount: 3_600,
      productionAmount: 1_900,
      creatorAmount: 360,
      platformFeeAmount: 360,
      storeAmount: 980,
    });
    expect(splitLicensedItem({ ...line, seller: "ARTIST_SHOP" })).toMatchObject({ creatorAmount: 1_340, storeAmount: 0, platformFeeAmount: 360 });
    // zero-decimal and three-decimal currencies: ¥7,999 × 3, and KWD 12.345
    expect(splitLicensedItem({ ...line, currency: "JPY", unitAmount: 7_999, quantity: 3, discountAmount: 0, productionCostAmount: 3_400 })).toMatchObject({
      chargedAmount: 23_997,
      productionAmount: 10_200,
      creatorAmount: 2_399,
      platformFeeAmount: 2_399,
      storeAmount: 8_999,
    });
    expect(splitLicensedItem({ ...line, currency: "KWD", unitAmount: 12_345, discountAmount: 0, productionCostAmount: 6_000 })).toMatchObject({
      creatorAmount: 1_234,
      platformFeeAmount: 1_234,
      storeAmount: 3_877,
    });
  });
});

describe("licensed refunds", () => {
  const wishes = fc.array(fc.integer({ min: 1, max: 50_000 }), { minLength: 1, maxLength: 12 });

  it(
    "any sequence of partial refunds splits exactly like one refund of the same total; a full refund gives back exactly the split",
    { timeout: 30_000 },
    () => {
      fc.assert(
        fc.property(validLine, wishes, fc.boolean(), (l, asks, labKeepsItsCost) => {
          const s = splitLicensedItem(l);
          let refunded = 0;
          const sum = { lab: 0, creator: 0, store: 0, platform: 0, borne: 0 };
          for (const ask of asks) {
            const amount = Math.min(ask, s.totalAmount - refunded);
            if (amount < 1) break;
            const r = licensedRefundSplit(s, refunded, amount, { labKeepsItsCost });
            expect(r.labAmount + r.creatorAmount + r.storeAmount + r.platformAmount).toBe(amount);
            for (const part of Object.values(r)) expect(part).toBeGreaterThanOrEqual(0);
            if (labKeepsItsCost) expect(r.labAmount).toBe(0);
            refunded += amount;
            sum.lab += r.labAmount;
            sum.creator += r.creatorAmount;
            sum.store += r.storeAmount;
            sum.platform += r.platformAmount;
            sum.borne += r.labCostBorneByPlatformAmount;
          }
          if (refunded === 0) return;
          const once = licensedRefundSplit(s, 0, refunded, { labKeepsItsCost });
          expect(sum).toEqual({
            lab: once.labAmount,
            creator: once.creatorAmount,
            store: once.storeAmount,
            platform: once.platformAmount,
            borne: once.labCostBorneByPlatformAmount,
          });
          expect(sum.creator).toBeLessThanOrEqual(s.creatorAmount);
          expect(sum.store).toBeLessThanOrEqual(s.storeAmount);
          if (refunded === s.totalAmount) {
            expect(sum.creator).toBe(s.creatorAmount);
            expect(sum.store).toBe(s.storeAmount);
            // the lab's cost: back from the lab before production, borne by the platform after
            expect(labKeepsItsCost ? [sum.lab, sum.platform] : [sum.lab, sum.platform]).toEqual(
              labKeepsItsCost ? [0, s.platformFeeAmount + s.labAmount] : [s.labAmount, s.platformFeeAmount],
            );
          }
        }),
        { numRuns: 1500 },
      );
    },
  );

  it("worked example: half of a shipped €36 print refunded — creator and store give back half their parts, the platform bears the lab's half", () => {
    const s = splitLicensedItem({
      currency: "EUR",
      seller: "STORE",
      unitAmount: 4_500,
      quantity: 1,
      discountAmount: 900,
      productionCostAmount: 1_900,
      shippingAmount: 0,
      platformFeeBps: 1_000,
      terms: { royaltyBps: 1_000, minimumUnitAmount: 500, maxDiscountBps: 2_000 },
    });
    expect(licensedRefundSplit(s, 0, 1_800, { labKeepsItsCost: true })).toEqual({
      labAmount: 0,
      creatorAmount: 180,
      storeAmount: 490,
      platformAmount: 180 + 950,
      labCostBorneByPlatformAmount: 950,
    });
  });
});

describe("apportionCumulative (highest averages)", () => {
  /** D'Hondt the slow way: hands out one unit at a time, calling back after each. */
  function unitByUnit(shares: number[], onEach: (amount: number, parts: number[]) => void) {
    const parts = shares.map(() => 0);
    const total = shares.reduce((a, s) => a + s, 0);
    onEach(0, parts);
    for (let u = 1; u <= total; u++) {
      let best = -1;
      for (let i = 0; i < shares.length; i++) {
        if (shares[i] === 0) continue;
        if (best < 0 || shares[i]! * (parts[best]! + 1) > shares[best]! * (parts[i]! + 1)) best = i;
      }
      parts[best]!++;
      onEach(u, parts);
    }
  }

  it("equals the unit-by-unit method at every amount, never decreases as the amount grows, and ends at the shares", { timeout: 30_000 }, () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 300 }), { minLength: 1, maxLength: 5 }), (shares) => {
        const total = shares.reduce((a, s) => a + s, 0);
        let previous = shares.map(() => 0);
        const wrong: string[] = [];
        unitByUnit(shares, (amount, slow) => {
          const parts = apportionCumulative(shares, amount);
          const ok = parts.every(
            (p, i) => p === slow[i] && p >= previous[i]! && p <= shares[i]! && p >= Math.floor((amount * shares[i]!) / Math.max(total, 1)),
          );
          if (!ok) wrong.push(`${amount}: ${parts.join(",")} (unit by unit ${slow.join(",")})`);
          previous = parts;
        });
        expect(wrong).toEqual([]);
        expect(previous).toEqual(shares);
      }),
      { numRuns: 200 },
    );
  });

  it("the plain-number path and the BigInt path agree (large and small totals)", () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 2 ** 40 }), { minLength: 1, maxLength: 4 }), fc.double({ min: 0, max: 1, noNaN: true }), (shares, at) => {
        const total = shares.reduce((a, s) => a + s, 0);
        const amount = Math.floor(total * at);
        const parts = apportionCumulative(shares, amount);
        expect(parts).toEqual(apportionCumulativeBigInt(shares, total, amount));
        expect(parts.reduce((a, p) => a + p, 0)).toBe(amount);
        const small = shares.map((s) => s % 100_000);
        const smallTotal = small.reduce((a, s) => a + s, 0);
        const smallAmount = Math.floor(smallTotal * at);
        expect(apportionCumulative(small, smallAmount)).toEqual(apportionCumulativeBigInt(small, smallTotal, smallAmount));
      }),
    );
  });
});
