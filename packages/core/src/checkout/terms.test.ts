import { describe, expect, it } from "vitest";
import { defaultCoreSettings } from "../env.ts";
import { purchaseTerms } from "./terms.ts";

describe("purchaseTerms", () => {
  it("prices shipping at home and abroad from the artist's country, free when 0", () => {
    const t = purchaseTerms({ shippingDomestic: 0, shippingInternational: 4500, currency: "EUR" }, "FR", defaultCoreSettings);
    expect(t.shipsFrom).toBe("France");
    expect(t.shipping).toEqual([
      { to: "Within France", price: "Free", note: null },
      { to: "Rest of the world", price: "€45", note: null },
    ]);
  });

  it("says when the artist ships only at home, and uses the configured auto-confirm days", () => {
    const t = purchaseTerms({ shippingDomestic: 1500, shippingInternational: null, currency: "EUR" }, "IE", { DELIVERY_AUTO_CONFIRM_DAYS: 14 });
    expect(t.shipping[1]).toEqual({ to: "Rest of the world", price: null, note: "The artist ships only within Ireland" });
    expect(t.returns.join(" ")).toContain("14 days after shipping");
    expect(t.returns.join(" ")).not.toMatch(/return window|days to return/i);
  });

  it("names the address that handles refunds after shipping", () => {
    expect(purchaseTerms({ shippingDomestic: 0, shippingInternational: 0, currency: "EUR" }, "FR", defaultCoreSettings).returns.join(" ")).toContain(
      "write to admin@atelier.local with your order number",
    );
    const t = purchaseTerms({ shippingDomestic: 0, shippingInternational: 0, currency: "EUR" }, "FR", {
      DELIVERY_AUTO_CONFIRM_DAYS: 7,
      ADMIN_EMAIL: "care@gallery.example",
    });
    expect(t.returns.join(" ")).toContain("write to care@gallery.example");
  });
});
