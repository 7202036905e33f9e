import { describe, expect, it } from "vitest";
import { shippingQuote } from "./shipping.ts";

describe("shipping per work from the artist's country", () => {
  const work = { shippingDomestic: 2_500, shippingInternational: 6_000 };
  it("domestic inside the artist's country, international elsewhere", () => {
    expect(shippingQuote(work, "IE", "IE")).toEqual({ amount: 2_500, international: false, note: null });
    expect(shippingQuote(work, "IE", "FR")).toEqual({ amount: 6_000, international: true, note: null });
  });
  it("no international price: ships only within the artist's country", () => {
    expect(shippingQuote({ ...work, shippingInternational: null }, "FR", "DE")).toEqual({
      amount: null,
      international: true,
      note: "Ships only within France",
    });
    expect(shippingQuote({ ...work, shippingInternational: null }, "FR", "FR").amount).toBe(2_500);
  });
  it("no country chosen yet: no price", () => {
    expect(shippingQuote(work, "IE", null).amount).toBeNull();
  });
});
