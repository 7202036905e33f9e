import type { Db } from "@atelier/db";
import { makeUser } from "../harness.ts";

export type Status = "DRAFT" | "IN_REVIEW" | "PUBLISHED" | "REJECTED" | "UNPUBLISHED" | "ARCHIVED" | "SOLD";

export interface Spec {
  slug: string;
  artist: number;
  title: string;
  medium: string;
  priceAmount: number;
  currency: string;
  kind: "ORIGINAL" | "EDITION";
  editionSize: number | null;
  editionsSold: number;
  status: Status;
  tags: string[];
  description: string;
  publishedAt: Date | null;
}

let n = 0;

/** Artist profiles (with users) by display name; returns ids and slugs. */
export async function makeArtists(db: Db, names: string[]) {
  const out: { id: string; slug: string; userId: string; displayName: string }[] = [];
  for (const name of names) {
    const user = await makeUser(db, ["ARTIST", "BUYER"], { name });
    const slug = `${name.toLowerCase().replace(/\W+/g, "-")}-${++n}`;
    out.push(
      await db.artistProfile.create({ data: { userId: user.id, displayName: name, slug }, select: { id: true, slug: true, userId: true, displayName: true } }),
    );
  }
  return out;
}

export async function insertWorks(db: Db, artistIds: string[], specs: Spec[]) {
  for (const s of specs) {
    await db.artwork.create({
      data: {
        artistId: artistIds[s.artist]!,
        slug: s.slug,
        title: s.title,
        description: s.description,
        medium: s.medium,
        widthTenths: 600,
        heightTenths: 800,
        priceAmount: s.priceAmount,
        currency: s.currency,
        kind: s.kind,
        editionSize: s.editionSize,
        editionsSold: s.editionsSold,
        status: s.status,
        tags: s.tags,
        publishedAt: s.publishedAt,
      },
    });
  }
}

const MEDIA = ["Oil on canvas", "Watercolour on paper", "Bronze sculpture", "Charcoal drawing", "Digital print"];
const BASE = Date.UTC(2026, 0, 1);

/** ~30 works across 3 artists, media, prices, kinds and statuses — deterministic, so tests can compute expectations. */
export function knownCatalogue(prefix: string): Spec[] {
  return Array.from({ length: 30 }, (_, i) => {
    const kind = i % 4 === 3 ? "EDITION" : "ORIGINAL";
    const status: Status =
      i === 13 ? "ARCHIVED" : i === 20 || i === 21 ? "SOLD" : i % 7 === 5 ? "DRAFT" : i % 11 === 4 ? "IN_REVIEW" : i === 28 ? "UNPUBLISHED" : "PUBLISHED";
    return {
      slug: `${prefix}-${i}`,
      artist: i % 3,
      title: `Work ${i}`,
      medium: MEDIA[i % 5]!,
      // distinct prices, some equal pairs to exercise the id tie-break
      priceAmount: i === 17 ? 40_000 : 10_000 + ((i * 7_919) % 50) * 1_000,
      currency: i % 10 === 9 ? "USD" : "EUR",
      kind,
      editionSize: kind === "EDITION" ? 10 : null,
      editionsSold: kind === "EDITION" ? (i % 8 === 7 ? 10 : 2) : 0,
      status,
      tags: [i % 2 ? "sea" : "city", ...(i % 3 === 0 ? ["abstract"] : [])],
      description: "",
      publishedAt: status === "PUBLISHED" || status === "SOLD" ? new Date(BASE + i * 60_000) : null,
    };
  });
}

/** The JS oracle for visibility + availability, independent of the SQL. */
export function isAvailable(s: Spec) {
  return s.status === "PUBLISHED" && (s.kind === "ORIGINAL" || s.editionSize === null || s.editionsSold < s.editionSize);
}
