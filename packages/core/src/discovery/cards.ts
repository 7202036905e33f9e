import type { Db, Prisma } from "@atelier/db";
import { availabilityOf, type Availability } from "../artwork/availability.ts";
import { canReceivePayments } from "../payments/connect-accounts.ts";
import { publicImageSelect, toPublicImage, type PublicImage } from "./images.ts";
import { cardsByIdSql, toCardRow, type CardSqlRow } from "./card-sql.ts";
import type { ArtworkCategoryName } from "../artwork/taxonomy.ts";
import { convertMinor, type RateTable } from "../money/index.ts";
import { latestRates } from "../exchange-rates/latest.ts";

/**
 * The price in the buyer's display currency when the work is listed in another: an approximation at the
 * latest reference rate (`ratesDate`), shown as "≈ US$520". Checkout charges the listing currency.
 */
export interface ApproxPrice {
  amount: number;
  currency: string;
  ratesDate: string;
}

/** What a gallery tile needs. */
export interface ArtworkCard {
  id: string;
  slug: string;
  title: string;
  medium: string;
  category: ArtworkCategoryName | null;
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
  /** only when a display currency was asked for and differs from the listing's */
  approxPrice: ApproxPrice | null;
}

/** The Connect account fields that decide whether an artist can be paid (canReceivePayments). */
export const payableSelect = { detailsSubmitted: true, chargesEnabled: true, payoutsEnabled: true, deauthorizedAt: true } as const;

export const cardSelect = {
  id: true,
  slug: true,
  title: true,
  medium: true,
  category: true,
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

/** The approximate price of a listing in `displayCurrency`, or null when it is listed in that currency (or cannot be converted). */
export function approxPriceOf(priceAmount: number, currency: string, displayCurrency: string | undefined, rates: RateTable | null): ApproxPrice | null {
  if (!displayCurrency || !rates || currency === displayCurrency) return null;
  const amount = convertMinor(priceAmount, currency, displayCurrency, rates);
  return amount === null ? null : { amount, currency: displayCurrency, ratesDate: rates.date };
}

/** The latest rates, only when some listing is in another currency than the one asked for. */
export async function ratesFor(db: Db, displayCurrency: string | undefined, currencies: string[]): Promise<RateTable | null> {
  return displayCurrency && currencies.some((c) => c !== displayCurrency) ? latestRates(db) : null;
}

export function toCard(row: CardRow, display?: { currency?: string; rates: RateTable | null }): ArtworkCard {
  const { images, status, artist, ...rest } = row;
  const first = images[0];
  return {
    ...rest,
    status: status === "SOLD" ? "SOLD" : "PUBLISHED",
    artist: { id: artist.id, slug: artist.slug, displayName: artist.displayName },
    image: first ? toPublicImage(first) : null,
    availability: availabilityOf({ ...rest, status }, canReceivePayments(artist.user.connectAccount)),
    approxPrice: approxPriceOf(rest.priceAmount, rest.currency, display?.currency, display?.rates ?? null),
  };
}

/**
 * Loads cards for ids, keeping the given order (ids that stopped being public are dropped): one
 * statement (card-sql.ts), however many relations a card reads. With a display currency, each card in
 * another currency carries its approximate price in it.
 */
export async function hydrateCards(db: Db, ids: string[], displayCurrency?: string): Promise<ArtworkCard[]> {
  if (ids.length === 0) return [];
  const rows = await db.$queryRaw<CardSqlRow[]>(cardsByIdSql(ids));
  const rates = await ratesFor(
    db,
    displayCurrency,
    rows.map((r) => r.currency),
  );
  return rows.map((r) => toCard(toCardRow(r), { currency: displayCurrency, rates }));
}
