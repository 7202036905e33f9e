/**
 * Demo stores and licensed listings (issue 13): one approved store with a few listings, a store application
 * waiting for review, artists who allow stores, and a few products in artists' own shops. Prices in EUR cents.
 */
export const DEMO_STORE_PASSWORD = "atelier-store";

export const DEMO_STORE = {
  email: "store@atelier.local",
  ownerName: "Niamh Walsh",
  slug: "harbour-prints",
  name: "Harbour Prints",
  description: "A small print shop by the harbour in Cobh: museum-quality giclée prints and posters of contemporary painting, framed by hand.",
  website: "https://harbour-prints.example.org",
  reason: "We have framed and sold prints for ten years and want to offer licensed work by living artists.",
  country: "IE",
};

/** A second store, still waiting for an admin (so the review can be shown). */
export const DEMO_STORE_APPLICANT = {
  email: "gallery@atelier.local",
  name: "Pieter de Vries",
  storeName: "Northlight Gallery Shop",
  description: "The shop of a small gallery in Utrecht: prints, postcards and totes of the artists we show.",
  reason: "Our visitors often ask for prints of the works on our walls; we would sell them in the gallery and online.",
};

/** Artists whose terms allow third-party stores (the platform's default is no). */
export const DEMO_STORE_FRIENDLY_ARTISTS = [
  { slug: "mira-okafor", royaltyBps: 1_200, minimumPriceAmount: 2_000, maxDiscountBps: 2_000, productTypes: ["giclee-print", "poster", "postcard", "canvas"] },
  { slug: "hana-sato", royaltyBps: 1_500, minimumPriceAmount: 2_500, maxDiscountBps: 1_500, productTypes: ["giclee-print", "poster", "postcard"] },
];

/** What the demo store lists: an artwork by slug, a variant, a price and a discount (bps). */
export const DEMO_STORE_LISTINGS = [
  { artworkSlug: "small-blue-study-i", variantCode: "giclee-a3", unitAmount: 5_500, discountBps: 0 },
  { artworkSlug: "small-blue-study-i", variantCode: "poster-50x70", unitAmount: 3_400, discountBps: 1_000 },
  { artworkSlug: "tagus-seven-in-the-morning", variantCode: "giclee-a4", unitAmount: 3_900, discountBps: 0 },
  { artworkSlug: "kamo-river-evening", variantCode: "giclee-a3", unitAmount: 6_000, discountBps: 1_500 },
  { artworkSlug: "great-wave-small-boat", variantCode: "poster-a3", unitAmount: 2_800, discountBps: 0 },
];

/** What artists sell in their own shops (no store share). */
export const DEMO_SHOP_LISTINGS = [
  { artworkSlug: "small-blue-study-ii", variantCode: "giclee-a4", unitAmount: 3_500, discountBps: 0 },
  { artworkSlug: "indigo-hour", variantCode: "canvas-30x40", unitAmount: 8_500, discountBps: 0 },
  { artworkSlug: "the-long-blue", variantCode: "poster-a3", unitAmount: 2_600, discountBps: 0 },
];
