import { describe, expect, it } from "vitest";
import { stripeFeeInOrderCurrency } from "./fee.ts";

describe("Stripe's fee in the order's currency", () => {
  it("is the balance transaction's fee when it settles in the order's currency", () => {
    expect(stripeFeeInOrderCurrency({ fee: 4_200, currency: "eur", exchange_rate: null }, "EUR")).toBe(4_200);
  });
  it("is converted back with Stripe's rate (and exponents) otherwise", () => {
    // a USD charge settled in EUR at 0.9: the €2.70 fee is $3.00
    expect(stripeFeeInOrderCurrency({ fee: 270, currency: "eur", exchange_rate: 0.9 }, "USD")).toBe(300);
    // a JPY charge settled in EUR at 0.0062 €/¥: the €3.10 fee is ¥500
    expect(stripeFeeInOrderCurrency({ fee: 310, currency: "eur", exchange_rate: 0.0062 }, "JPY")).toBe(500);
  });
});
