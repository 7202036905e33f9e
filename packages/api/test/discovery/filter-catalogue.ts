import type { Db } from "@atelier/db";
import { makeUser } from "../harness.ts";

type Category = "PAINTING" | "DRAWING" | "PRINT" | "PHOTOGRAPHY" | "SCULPTURE" | "CERAMICS" | "TEXTILE" | "DIGITAL" | "MIXED_MEDIA";

export interface FilterWork {
  slug: string;
  /** index into the artists (by country) */
  artist: number;
  category: Category;
  /** width × height in tenths of `unit` */
  size: [number, number];
  unit?: "CM" | "IN";
  priceAmount: number;
  currency: string;
  /** dominant colours of its images, primary first */
  colours: string[];
  status?: "PUBLISHED" | "SOLD" | "DRAFT";
}

/** Artists in Portugal, Japan and the United States. */
export const FILTER_ARTISTS = [
  { name: "Rita Sousa", country: "PT" },
  { name: "Aiko Mori", country: "JP" },
  { name: "Dana Reed", country: "US" },
];

/**
 * Works chosen for the edges: sizes at the 40 cm / 100 cm class bounds and in inches, near-square sides,
 * prices that land exactly on a converted boundary (€500.00 = US$539.20 at 1.0784; €25.00 = ¥4,239.5 → ¥4,240;
 * US$134.80 = £105.585 → £105.59 at the snapshot's rates), and primary images of every hue family.
 */
export const FILTER_WORKS: FilterWork[] = [
  { slug: "f-blue-oil", artist: 0, category: "PAINTING", size: [300, 400], priceAmount: 50_000, currency: "EUR", colours: ["#1d3a6b"] },
  { slug: "f-red-oil", artist: 0, category: "PAINTING", size: [1200, 800], priceAmount: 250_000, currency: "EUR", colours: ["#b22222", "#1d3a6b"] },
  { slug: "f-square-print", artist: 1, category: "PRINT", size: [500, 520], priceAmount: 2_500, currency: "EUR", colours: ["#f4d4dc"] },
  { slug: "f-yen-woodcut", artist: 1, category: "PRINT", size: [260, 380], priceAmount: 38_000, currency: "JPY", colours: ["#e6b800"] },
  { slug: "f-inch-photo", artist: 2, category: "PHOTOGRAPHY", size: [160, 120], unit: "IN", priceAmount: 13_480, currency: "USD", colours: ["#2e7d32"] },
  { slug: "f-tall-bronze", artist: 2, category: "SCULPTURE", size: [250, 1000], priceAmount: 480_000, currency: "USD", colours: ["#5d3a1a"] },
  { slug: "f-grey-drawing", artist: 0, category: "DRAWING", size: [401, 300], priceAmount: 45_000, currency: "GBP", colours: ["#8a8a8a"] },
  { slug: "f-white-bowl", artist: 1, category: "CERAMICS", size: [240, 110], priceAmount: 9_800, currency: "CHF", colours: ["#f5f3ee"] },
  { slug: "f-sold-blue", artist: 0, category: "PAINTING", size: [300, 300], priceAmount: 60_000, currency: "EUR", colours: ["#274c77"], status: "SOLD" },
  { slug: "f-draft-blue", artist: 0, category: "PAINTING", size: [300, 300], priceAmount: 60_000, currency: "EUR", colours: ["#274c77"], status: "DRAFT" },
];

export async function insertFilterCatalogue(db: Db) {
  const artists: { id: string; slug: string }[] = [];
  for (const [i, a] of FILTER_ARTISTS.entries()) {
    const user = await makeUser(db, ["ARTIST"], { name: a.name });
    artists.push(
      await db.artistProfile.create({
        data: { userId: user.id, displayName: a.name, slug: `filter-artist-${i}`, country: a.country },
        select: { id: true, slug: true },
      }),
    );
  }
  const ids = new Map<string, string>();
  for (const [i, w] of FILTER_WORKS.entries()) {
    const status = w.status ?? "PUBLISHED";
    const row = await db.artwork.create({
      data: {
        artistId: artists[w.artist]!.id,
        slug: w.slug,
        title: `Filter work ${w.slug}`,
        medium: "Test medium",
        category: w.category,
        widthTenths: w.size[0],
        heightTenths: w.size[1],
        dimensionUnit: w.unit ?? "CM",
        priceAmount: w.priceAmount,
        currency: w.currency,
        status,
        publishedAt: status === "DRAFT" ? null : new Date(Date.UTC(2026, 0, 1) + i * 60_000),
      },
      select: { id: true },
    });
    ids.set(w.slug, row.id);
    for (const [position, colour] of w.colours.entries()) await addImage(db, row.id, position, colour);
  }
  return { artists, ids };
}

export async function addImage(db: Db, artworkId: string, position: number, dominantColor: string) {
  return db.artworkImage.create({
    data: {
      artworkId,
      position,
      originalKey: `test/${artworkId}/${position}`,
      mimeType: "image/webp",
      width: 800,
      height: 600,
      bytes: 1,
      dominantColor,
      blurDataUrl: "",
    },
    select: { id: true },
  });
}
