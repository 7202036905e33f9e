import { Prisma, type Db } from "@atelier/db";
import type { ReferenceRate } from "./ecb-feed.ts";

export interface StoreOutcome {
  /** rates written or changed (EUR's own 1 included) */
  stored: number;
  /** artworks whose euro value (price order) moved */
  repriced: number;
}

/**
 * Upserts reference rates (one row per currency and day; EUR = 1 added for each day) and, in the same
 * transaction, moves the stored euro value of the works listed in those currencies, so price order and
 * the price filter's index bound never see the new rates without the new values.
 */
export async function storeExchangeRates(db: Db, rates: ReferenceRate[], source: string): Promise<StoreOutcome> {
  const days = [...new Set(rates.map((r) => r.date))];
  const rows = [...rates, ...days.map((date) => ({ date, currency: "EUR", perEuro: "1" }))];
  return db.$transaction(async (tx) => {
    const stored = await tx.$executeRaw`
      INSERT INTO "ExchangeRate" ("currency", "date", "perEuro", "source")
      SELECT c, d::date, r::numeric, ${source}
      FROM unnest(${rows.map((r) => r.currency)}::text[], ${rows.map((r) => r.date)}::text[], ${rows.map((r) => r.perEuro)}::text[]) AS t(c, d, r)
      ON CONFLICT ("currency", "date") DO UPDATE SET "perEuro" = EXCLUDED."perEuro", "source" = EXCLUDED."source"
      WHERE "ExchangeRate"."perEuro" IS DISTINCT FROM EXCLUDED."perEuro"`;
    const currencies = [...new Set(rows.map((r) => r.currency))];
    const [{ repriced }] = await tx.$queryRaw<[{ repriced: number }]>(Prisma.sql`SELECT "atelier_refresh_price_eur_micros"(${currencies}::text[]) AS repriced`);
    return { stored, repriced };
  });
}
