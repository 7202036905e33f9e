import { prepared, type Db, type Prisma } from "@atelier/db";
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

/**
 * Fields are copied one by one: object rest (`{ images, ...rest }`) takes V8's slow generic path, and a
 * page maps 25 cards per request (≈ 0.35 ms of a 2 ms gallery page at 100k artworks).
 */
export function toCard(row: CardRow, display?: { currency?: string; rates: RateTable | null }): ArtworkCard {
  const { artist } = row;
  const first = row.images[0];
  return {
    id: row.id,
    slug: row.slug,
    title: row.title,
    medium: row.medium,
    category: row.category,
    year: row.year,
    kind: row.kind,
    editionSize: row.editionSize,
    editionsSold: row.editionsSold,
    unitsHeld: row.unitsHeld,
    status: row.status === "SOLD" ? "SOLD" : "PUBLISHED",
    priceAmount: row.priceAmount,
    currency: row.currency,
    widthTenths: row.widthTenths,
    heightTenths: row.heightTenths,
    dimensionUnit: row.dimensionUnit,
    publishedAt: row.publishedAt,
    artist: { id: artist.id, slug: artist.slug, displayName: artist.displayName },
    image: first ? toPublicImage(first) : null,
    availability: availabilityOf(row, canReceivePayments(artist.user.connectAccount)),
    approxPrice: approxPriceOf(row.priceAmount, row.currency, display?.currency, display?.rates ?? null),
  };
}

/**
 * Loads cards for ids, keeping the given order (ids that stopped being public are dropped): one
 * statement (card-sql.ts; prepared, as its text is the same for any ids), however many relations a card
 * reads. With a display currency, each card in another currency carries its approximate price in it.
 */
export async function hydrateCards(db: Db, ids: string[], displayCurrency?: string): Promise<ArtworkCard[]> {
  if (ids.length === 0) return [];
  const rows = await db.$queryRaw<CardSqlRow[]>(prepared(cardsByIdSql(ids)));
  const rates = await ratesFor(
    db,
    displayCurrency,
    rows.map((r) => r.currency),
  );
  return rows.map((r) => toCard(toCardRow(r), { currency: displayCurrency, rates }));
}
