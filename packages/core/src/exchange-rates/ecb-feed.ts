import { XMLParser } from "fast-xml-parser";
import { rateMillionths } from "../money/index.ts";

/** One reference rate: how many units of `currency` one euro bought on `date`. */
export interface ReferenceRate {
  /** "2024-06-13" */
  date: string;
  currency: string;
  /** the feed's exact decimal ("1.0784") */
  perEuro: string;
}

export class ExchangeRateFeedError extends Error {
  override name = "ExchangeRateFeedError";
}

const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: "",
  removeNSPrefix: true,
  parseAttributeValue: false,
  isArray: (name) => name === "Cube",
});

const isDate = (s: string) => /^\d{4}-\d{2}-\d{2}$/.test(s) && new Date(`${s}T00:00:00Z`).toISOString().startsWith(s);

interface Cube {
  time?: string;
  currency?: string;
  rate?: string;
  Cube?: Cube[];
}

/**
 * The ECB's euro foreign exchange reference rates feed (eurofxref-daily.xml, or the 90-day / full-history
 * files, which have one dated Cube per day): gesmes:Envelope > Cube > Cube time="…" > Cube currency rate.
 * Every rate is checked (three-letter code, positive decimal with at most six decimals); anything else
 * fails the whole feed, so a broken download never overwrites good rates.
 */
export function parseEcbFeed(xml: string): ReferenceRate[] {
  let doc: { Envelope?: { Cube?: Cube[] } };
  try {
    doc = parser.parse(xml) as typeof doc;
  } catch (e) {
    throw new ExchangeRateFeedError(`Not XML: ${(e as Error).message}`);
  }
  const days = doc.Envelope?.Cube?.[0]?.Cube;
  if (!days?.length) throw new ExchangeRateFeedError("No dated rates in the feed (expected Envelope > Cube > Cube time=…)");
  const rates: ReferenceRate[] = [];
  const seen = new Set<string>();
  for (const day of days) {
    const date = day.time ?? "";
    if (!isDate(date)) throw new ExchangeRateFeedError(`Not a date: "${date}"`);
    for (const cube of day.Cube ?? []) {
      const currency = cube.currency ?? "";
      const perEuro = cube.rate ?? "";
      if (!/^[A-Z]{3}$/.test(currency)) throw new ExchangeRateFeedError(`Not a currency code on ${date}: "${currency}"`);
      if (rateMillionths(perEuro) === null) throw new ExchangeRateFeedError(`Not a rate for ${currency} on ${date}: "${perEuro}"`);
      if (seen.has(`${date} ${currency}`)) throw new ExchangeRateFeedError(`${currency} twice on ${date}`);
      seen.add(`${date} ${currency}`);
      rates.push({ date, currency, perEuro });
    }
  }
  if (rates.length === 0) throw new ExchangeRateFeedError("The feed has no rates");
  return rates;
}
