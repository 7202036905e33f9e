/**
 * The product catalogue: every kind of licensed product Atelier offers, its variants, and the print lab's
 * production cost per unit. This file is the source; syncProductCatalogue (./sync.ts) loads it into
 * ProductType / ProductVariant / ProductVariantPrice on every seed and on first use.
 *
 * Money: costs and suggested retail prices are in euro cents, as the lab's price list states them. Every
 * other accepted currency gets them converted at the platform's reference rates (core/money/reference-rates.ts),
 * rounded up to the minor unit, so the lab is never paid less than its euro price. The suggested price is
 * where the studio's earnings examples start; sellers set their own prices within the artist's terms.
 *
 * Codes are stable and never reused (order items and licensing terms keep them). A product no longer
 * offered stays here with `active: false`.
 */

export interface CatalogueVariant {
  code: string;
  name: string;
  /** printed area in millimetres; null for a download */
  printMm: { width: number; height: number } | null;
  productionCostEuroCents: number;
  suggestedPriceEuroCents: number;
  active?: boolean;
}

export interface CatalogueProductType {
  code: string;
  name: string;
  description: string;
  fulfilment: "PRINT_LAB" | "DIGITAL";
  /** the print lab's standard shipping of one order line of this product (one parcel), euro cents; 0 for a download */
  labShippingEuroCents: number;
  active?: boolean;
  variants: CatalogueVariant[];
}

const tshirt = (size: string, costCents: number, priceCents: number): CatalogueVariant => ({
  code: `tshirt-${size.toLowerCase()}`,
  name: `Size ${size}`,
  printMm: { width: 300, height: 400 },
  productionCostEuroCents: costCents,
  suggestedPriceEuroCents: priceCents,
});

export const PRODUCT_CATALOGUE = [
  {
    code: "giclee-print",
    name: "Giclée print",
    description: "Archival pigment inks on 310 gsm cotton-rag paper, unframed, with a 1 cm white border.",
    fulfilment: "PRINT_LAB",
    labShippingEuroCents: 595,
    variants: [
      { code: "giclee-a4", name: "A4 (21 × 29.7 cm)", printMm: { width: 210, height: 297 }, productionCostEuroCents: 1_250, suggestedPriceEuroCents: 3_500 },
      { code: "giclee-a3", name: "A3 (29.7 × 42 cm)", printMm: { width: 297, height: 420 }, productionCostEuroCents: 1_900, suggestedPriceEuroCents: 4_500 },
      { code: "giclee-a2", name: "A2 (42 × 59.4 cm)", printMm: { width: 420, height: 594 }, productionCostEuroCents: 2_900, suggestedPriceEuroCents: 6_900 },
    ],
  },
  {
    code: "canvas",
    name: "Canvas",
    description: "Printed on poly-cotton canvas and wrapped around a 2 cm pine stretcher, ready to hang.",
    fulfilment: "PRINT_LAB",
    labShippingEuroCents: 995,
    variants: [
      { code: "canvas-30x40", name: "30 × 40 cm", printMm: { width: 300, height: 400 }, productionCostEuroCents: 2_900, suggestedPriceEuroCents: 7_500 },
      { code: "canvas-50x70", name: "50 × 70 cm", printMm: { width: 500, height: 700 }, productionCostEuroCents: 4_500, suggestedPriceEuroCents: 11_500 },
      { code: "canvas-60x90", name: "60 × 90 cm", printMm: { width: 600, height: 900 }, productionCostEuroCents: 6_200, suggestedPriceEuroCents: 14_900 },
    ],
  },
  {
    code: "poster",
    name: "Poster",
    description: "Matte 200 gsm poster paper, rolled in a tube.",
    fulfilment: "PRINT_LAB",
    labShippingEuroCents: 595,
    variants: [
      { code: "poster-a3", name: "A3 (29.7 × 42 cm)", printMm: { width: 297, height: 420 }, productionCostEuroCents: 750, suggestedPriceEuroCents: 2_400 },
      { code: "poster-50x70", name: "50 × 70 cm", printMm: { width: 500, height: 700 }, productionCostEuroCents: 1_100, suggestedPriceEuroCents: 3_200 },
    ],
  },
  {
    code: "postcard",
    name: "Postcard",
    description: "A6 on 350 gsm uncoated card, blank on the back for writing.",
    fulfilment: "PRINT_LAB",
    labShippingEuroCents: 250,
    variants: [
      { code: "postcard-a6", name: "A6 (10.5 × 14.8 cm)", printMm: { width: 105, height: 148 }, productionCostEuroCents: 120, suggestedPriceEuroCents: 400 },
    ],
  },
  {
    code: "tote",
    name: "Tote bag",
    description: "Heavy organic cotton, 38 × 42 cm, printed on one side.",
    fulfilment: "PRINT_LAB",
    labShippingEuroCents: 450,
    variants: [
      {
        code: "tote-standard",
        name: "One size (38 × 42 cm)",
        printMm: { width: 280, height: 300 },
        productionCostEuroCents: 950,
        suggestedPriceEuroCents: 2_500,
      },
    ],
  },
  {
    code: "tshirt",
    name: "T-shirt",
    description: "Organic cotton, unisex fit, printed on the front.",
    fulfilment: "PRINT_LAB",
    labShippingEuroCents: 450,
    variants: [tshirt("S", 1_100, 2_900), tshirt("M", 1_100, 2_900), tshirt("L", 1_100, 2_900), tshirt("XL", 1_100, 2_900), tshirt("XXL", 1_300, 3_200)],
  },
  {
    code: "digital-download",
    name: "Digital download",
    description: "A high-resolution file for the buyer's personal, non-commercial use (printing at home, a screen). No resale, no commercial use.",
    fulfilment: "DIGITAL",
    labShippingEuroCents: 0,
    variants: [{ code: "digital-personal", name: "Personal-use file", printMm: null, productionCostEuroCents: 0, suggestedPriceEuroCents: 1_200 }],
  },
] as const satisfies readonly CatalogueProductType[];

export type ProductTypeCode = (typeof PRODUCT_CATALOGUE)[number]["code"];
export const PRODUCT_TYPE_CODES = PRODUCT_CATALOGUE.map((t) => t.code) as [ProductTypeCode, ...ProductTypeCode[]];
