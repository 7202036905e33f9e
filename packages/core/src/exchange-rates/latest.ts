import type { Db } from "@atelier/db";
import type { RateTable } from "../money/index.ts";

/** Each currency's latest reference rate; `date` is the newest day among them (what "≈" prices say they use). */
export async function latestRates(db: Db): Promise<RateTable> {
  const rows = await db.$queryRaw<{ currency: string; perEuro: string; date: string }[]>`
    SELECT DISTINCT ON ("currency") trim("currency") AS "currency", "perEuro"::text AS "perEuro", "date"::text AS "date"
    FROM "ExchangeRate" ORDER BY "currency", "date" DESC`;
  const perEuro: Record<string, string> = {};
  let date = "";
  for (const r of rows) {
    perEuro[r.currency] = r.perEuro;
    if (r.date > date) date = r.date;
  }
  return { date, perEuro };
}
