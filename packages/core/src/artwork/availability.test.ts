import { describe, expect, it } from "vitest";
import { availabilityOf } from "./availability.ts";

const original = { status: "PUBLISHED", kind: "ORIGINAL" as const, editionSize: null, editionsSold: 0 };
const edition = (sold: number) => ({ status: "PUBLISHED", kind: "EDITION" as const, editionSize: 15, editionsSold: sold });

describe("availability: one rule for every page", () => {
  it("an original of a payable artist is for sale and needs no label", () => {
    expect(availabilityOf(original, true)).toEqual({ state: "available", purchasable: true, editionsLeft: null, label: null });
  });
  it("sold and sold-out works cannot be bought", () => {
    expect(availabilityOf({ ...original, status: "SOLD" }, true)).toMatchObject({ state: "sold", purchasable: false, label: "Sold" });
    expect(availabilityOf(edition(15), true)).toMatchObject({ state: "sold_out", purchasable: false, editionsLeft: 0, label: "Edition of 15 · sold out" });
    expect(availabilityOf(edition(99), true).editionsLeft).toBe(0); // never below zero
  });
  it("editions count what is left", () => {
    expect(availabilityOf(edition(11), true)).toMatchObject({ state: "available", purchasable: true, editionsLeft: 4, label: "Edition of 15 · 4 left" });
  });
  it("work of an artist Stripe cannot pay yet is shown but not for sale", () => {
    expect(availabilityOf(original, false)).toMatchObject({ state: "not_for_sale", purchasable: false, label: "Not yet for sale" });
    expect(availabilityOf(edition(3), false)).toMatchObject({ state: "not_for_sale", purchasable: false, editionsLeft: 12 });
  });
  it("unpublished work is never purchasable", () => {
    expect(availabilityOf({ ...original, status: "DRAFT" }, true).purchasable).toBe(false);
  });
});
