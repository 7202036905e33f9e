import type { Db } from "@atelier/db";
import { publicImageSelect, toPublicImage, type PublicImage } from "./images.ts";

/** What a gallery tile needs. */
export interface ArtworkCard {
  id: string;
  slug: string;
  title: string;
  medium: string;
  year: number | null;
  kind: "ORIGINAL" | "EDITION";
  editionSize: number | null;
  editionsSold: number;
  status: "PUBLISHED" | "SOLD";
  priceAmount: number;
  currency: string;
  widthTenths: number;
  heightTenths: number;
  dimensionUnit: "CM" | "IN";
  publishedAt: Date | null;
  artist: { id: string; slug: string; displayName: string };
  image: PublicImage | null;
}

export const cardSelect = {
  id: true,
  slug: true,
  title: true,
  medium: true,
  year: true,
  kind: true,
  editionSize: true,
  editionsSold: true,
  status: true,
  priceAmount: true,
  currency: true,
  widthTenths: true,
  heightTenths: true,
  dimensionUnit: true,
  publishedAt: true,
  artist: { select: { id: true, slug: true, displayName: true } },
  images: { select: publicImageSelect, orderBy: { position: "asc" }, take: 1 },
} as const;

type CardRow = Awaited<ReturnType<typeof loadRows>>[number];

function loadRows(db: Db, ids: string[]) {
  return db.artwork.findMany({ where: { id: { in: ids }, status: { in: ["PUBLISHED", "SOLD"] } }, select: cardSelect });
}

export function toCard(row: CardRow): ArtworkCard {
  const { images, status, ...rest } = row;
  const first = images[0];
  return { ...rest, status: status === "SOLD" ? "SOLD" : "PUBLISHED", image: first ? toPublicImage(first) : null };
}

/** Loads cards for ids, keeping the given order (ids that stopped being public are dropped). */
export async function hydrateCards(db: Db, ids: string[]): Promise<ArtworkCard[]> {
  if (ids.length === 0) return [];
  const rows = await loadRows(db, ids);
  const byId = new Map(rows.map((r) => [r.id, toCard(r)]));
  return ids.flatMap((id) => byId.get(id) ?? []);
}
