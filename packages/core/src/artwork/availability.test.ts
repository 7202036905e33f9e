import { describe, expect, it } from "vitest";
import { availabilityOf } from "./availability.ts";

const original = { status: "PUBLISHED", kind: "ORIGINAL" as const, editionSize: null, editionsSold: 0, unitsHeld: 0 };
const edition = (sold: number, held = 0) => ({ status: "PUBLISHED", kind: "EDITION" as const, editionSize: 15, editionsSold: sold, unitsHeld: held });

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
  it("units held by open checkouts are on hold, not sold: editions count them out of what is left", () => {
    expect(availabilityOf({ ...original, unitsHeld: 1 }, true)).toEqual({ state: "on_hold", purchasable: false, editionsLeft: null, label: "On hold" });
    expect(availabilityOf(edition(10, 3), true)).toMatchObject({ state: "available", purchasable: true, editionsLeft: 2, label: "Edition of 15 · 2 left" });
    expect(availabilityOf(edition(10, 5), true)).toMatchObject({ state: "on_hold", purchasable: false, editionsLeft: 0, label: "Edition of 15 · on hold" });
    expect(availabilityOf(edition(15, 0), true).state).toBe("sold_out");
  });
});
