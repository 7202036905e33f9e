import { availableSql } from "../artwork/availability.ts";
import { Prisma } from "@atelier/db";
import { nameOf } from "../artwork/taxonomy.ts";
import type { Currency } from "../money/index.ts";
import type { ArtworkFilters, ArtworkSize } from "../schemas/discovery.ts";
import { convertedPriceCondition } from "./price-sql.ts";

/**
 * The one place the gallery's filters become SQL: the catalogue list and search (query.ts), the vector
 * side of hybrid search, similar works and recommendations all apply these conditions, so a filter means
 * the same everywhere (saved-search alerts match through the same search). Conditions are on `a`
 * (Artwork) and `p` (ArtistProfile); everything user-supplied is a bound parameter. Each compares a
 * stored column — category, colourFamily, the generated longestSideMm and orientation, the artist's
 * country — so the partial indexes of the filters migration can serve them.
 */

/** Visible to the public: published (or sold, when asked for) works of an existing artist profile. */
function visibility(availability: ArtworkFilters["availability"]): Prisma.Sql {
  if (availability === "sold") return Prisma.sql`a."status" = 'SOLD'`;
  if (availability === "all") return Prisma.sql`a."status" IN ('PUBLISHED', 'SOLD')`;
  return availableSql;
}

function escapeLike(s: string): string {
  return s.replace(/[\\%_]/g, (m) => `\\${m}`);
}

/** Size classes by the longest side, in millimetres: small ≤ 40 cm, medium ≤ 100 cm, large above. */
export const SIZE_BOUNDS_MM: Record<ArtworkSize, [number, number | null]> = { small: [0, 400], medium: [400, 1000], large: [1000, null] };

/** A typed size in cm or in → whole millimetres, compared to the longest side (itself rounded to the millimetre). */
export function sizeToMm(size: number, unit: "cm" | "in" | undefined): number {
  return Math.round(size * (unit === "in" ? 25.4 : 10));
}

export function filterConditions(f: ArtworkFilters): Prisma.Sql[] {
  const where: Prisma.Sql[] = [visibility(f.availability)];
  if (f.medium) where.push(Prisma.sql`a."medium" ILIKE ${`%${escapeLike(f.medium)}%`}`);
  if (f.currency && (f.minPrice !== undefined || f.maxPrice !== undefined)) {
    where.push(convertedPriceCondition(f.currency as Currency, f.minPrice, f.maxPrice));
  }
  if (f.kind) where.push(Prisma.sql`a."kind" = ${f.kind}::"ArtworkKind"`);
  if (f.artist) where.push(Prisma.sql`p."slug" = ${f.artist}`);
  if (f.country) where.push(Prisma.sql`p."country" = ${f.country}`);
  if (f.category) where.push(Prisma.sql`a."category" = ${nameOf(f.category)}::"ArtworkCategory"`);
  if (f.colour) where.push(Prisma.sql`a."colourFamily" = ${nameOf(f.colour)}::"ColourFamily"`);
  if (f.orientation) where.push(Prisma.sql`a."orientation" = ${nameOf(f.orientation)}::"ArtworkOrientation"`);
  if (f.size) {
    const [above, atMost] = SIZE_BOUNDS_MM[f.size];
    where.push(Prisma.sql`a."longestSideMm" > ${above}`);
    if (atMost !== null) where.push(Prisma.sql`a."longestSideMm" <= ${atMost}`);
  }
  if (f.minSize !== undefined) where.push(Prisma.sql`a."longestSideMm" >= ${sizeToMm(f.minSize, f.sizeUnit)}`);
  if (f.maxSize !== undefined) where.push(Prisma.sql`a."longestSideMm" <= ${sizeToMm(f.maxSize, f.sizeUnit)}`);
  if (f.tags?.length) where.push(Prisma.sql`a."tags" && ${f.tags}::text[]`);
  if (f.licensed) where.push(Prisma.sql`EXISTS (SELECT 1 FROM "Listing" l WHERE l."artworkId" = a."id" AND l."status" = 'ACTIVE')`);
  return where;
}
