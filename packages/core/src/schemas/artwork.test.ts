import { describe, expect, it } from "vitest";
import { artworkFieldsSchema, type ArtworkFieldsInput } from "./artwork.ts";

const valid: ArtworkFieldsInput = {
  title: " Dune ",
  category: "PAINTING",
  medium: "Oil",
  width: "60.5",
  height: "80",
  unit: "CM",
  price: "100",
  currency: "EUR",
  kind: "ORIGINAL",
};

function errors(patch: Partial<ArtworkFieldsInput> | Record<string, unknown>) {
  const r = artworkFieldsSchema.safeParse({ ...valid, ...patch });
  return r.success ? {} : Object.fromEntries(r.error.issues.map((i) => [i.path.join("."), i.message]));
}

describe("artworkFieldsSchema", () => {
  it("parses into the stored shape", () => {
    expect(artworkFieldsSchema.parse({ ...valid, depth: "", tags: [" Sea", "SEA", "sky"] })).toMatchObject({
      title: "Dune",
      widthTenths: 605,
      heightTenths: 800,
      depthTenths: null,
      priceAmount: 10000,
      tags: ["sea", "sky"],
      editionSize: null,
    });
    expect(artworkFieldsSchema.parse({ ...valid, depth: "2.5" }).depthTenths).toBe(25);
  });

  it("gives readable field errors", () => {
    expect(errors({ depth: "abc" })).toEqual({ depth: "Use a number with at most one decimal, e.g. 60.5" });
    expect(errors({ height: "" })).toEqual({ height: "Enter the height" });
    expect(errors({ width: "10001" })).toEqual({ width: "Width can be at most 10,000" });
    expect(errors({ currency: "XYZ" })).toHaveProperty("currency");
    expect(errors({ price: "10.5", currency: "JPY" })).toEqual({ price: "JPY prices have no decimals" });
    expect(errors({ kind: "EDITION", editionSize: 10_001 })).toEqual({ editionSize: "Edition size must be between 2 and 10,000" });
    expect(errors({ year: 999 })).toHaveProperty("year");
    // every field's error at once, including the cross-field price check
    expect(errors({ height: "", title: "", price: "1.999" })).toEqual({
      height: "Enter the height",
      title: "Give the artwork a title",
      price: "EUR prices have at most 2 decimals",
    });
  });
});

describe("artwork form: shipping prices", () => {
  const base = {
    title: "Sea",
    category: "PAINTING" as const,
    medium: "Oil",
    width: "50",
    height: "70",
    unit: "CM" as const,
    price: "1200",
    currency: "EUR",
    kind: "ORIGINAL" as const,
  };
  it("parse to minor units; empty international = ships only within the artist's country; 0 = free", () => {
    expect(artworkFieldsSchema.parse({ ...base, shippingDomestic: "25", shippingInternational: "60.50" })).toMatchObject({
      shippingDomestic: 2_500,
      shippingInternational: 6_050,
    });
    expect(artworkFieldsSchema.parse({ ...base, shippingDomestic: "0", shippingInternational: "" })).toMatchObject({
      shippingDomestic: 0,
      shippingInternational: null,
    });
    expect(artworkFieldsSchema.parse(base)).toMatchObject({ shippingDomestic: 0, shippingInternational: null });
    expect(artworkFieldsSchema.parse({ ...base, currency: "JPY", price: "45000", shippingInternational: "3000" })).toMatchObject({
      shippingInternational: 3_000,
    });
  });
  it("refuse negative and malformed amounts on the field", () => {
    const r = artworkFieldsSchema.safeParse({ ...base, shippingDomestic: "-5", shippingInternational: "abc" });
    expect(r.success).toBe(false);
    expect(r.error!.issues.map((i) => i.path.join("."))).toEqual(expect.arrayContaining(["shippingDomestic", "shippingInternational"]));
  });
});
