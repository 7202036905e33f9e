import type { Db, Prisma } from "@atelier/db";
import { availabilityOf, type Availability } from "../artwork/availability.ts";
import { canReceivePayments } from "../payments/connect-accounts.ts";
import { publicImageSelect, toPublicImage, type PublicImage } from "./images.ts";
import { cardsByIdSql, toCardRow, type CardSqlRow } from "./card-sql.ts";

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
  unitsHeld: number;
  status: "PUBLISHED" | "SOLD";
  priceAmount: number;
  currency: string;
  widthTenths: number;
  heightTenths: number;
  dimensionUnit: "CM" | "IN";
  publishedAt: Date | null;
  artist: { id: string; slug: string; displayName: string };
  image: PublicImage | null;
  /** whether and how it can be bought: what cards and pages show */
  availability: Availability;
}

/** The Connect account fields that decide whether an artist can be paid (canReceivePayments). */
export const payableSelect = { detailsSubmitted: true, chargesEnabled: true, payoutsEnabled: true, deauthorizedAt: true } as const;

export const cardSelect = {
  id: true,
  slug: true,
  title: true,
  medium: true,
  year: true,
  kind: true,
  editionSize: true,
  editionsSold: true,
  unitsHeld: true,
  status: true,
  priceAmount: true,
  currency: true,
  widthTenths: true,
  heightTenths: true,
  dimensionUnit: true,
  publishedAt: true,
  artist: { select: { id: true, slug: true, displayName: true, user: { select: { connectAccount: { select: payableSelect } } } } },
  images: { select: publicImageSelect, orderBy: { position: "asc" }, take: 1 },
} as const;

/** A card as the nested select returns it (and as card-sql.ts's one statement is mapped to). */
export type CardRow = Prisma.ArtworkGetPayload<{ select: typeof cardSelect }>;

export function toCard(row: CardRow): ArtworkCard {
  const { images, status, artist, ...rest } = row;
  const first = images[0];
  return {
    ...rest,
    status: status === "SOLD" ? "SOLD" : "PUBLISHED",
    artist: { id: artist.id, slug: artist.slug, displayName: artist.displayName },
    image: first ? toPublicImage(first) : null,
    availability: availabilityOf({ ...rest, status }, canReceivePayments(artist.user.connectAccount)),
  };
}

/**
 * Loads cards for ids, keeping the given order (ids that stopped being public are dropped): one
 * statement (card-sql.ts), however many relations a card reads.
 */
export async function hydrateCards(db: Db, ids: string[]): Promise<ArtworkCard[]> {
  if (ids.length === 0) return [];
  const rows = await db.$queryRaw<CardSqlRow[]>(cardsByIdSql(ids));
  return rows.map((r) => toCard(toCardRow(r)));
}
