import type { Db } from "@atelier/db";
import { parseEcbFeed } from "./ecb-feed.ts";
import { storeExchangeRates, type StoreOutcome } from "./store.ts";

export interface RefreshDeps {
  db: Db;
  fetch?: typeof globalThis.fetch;
  signal?: AbortSignal;
}

/**
 * Downloads the reference-rate feed at `url` (EXCHANGE_RATES_URL: the ECB's eurofxref-daily.xml in
 * production) and stores its rates. A failed download or a malformed feed throws and stores nothing
 * (the job retries); an unchanged feed writes nothing.
 */
export async function refreshExchangeRates(deps: RefreshDeps, url: string): Promise<StoreOutcome & { dates: string[] }> {
  const res = await (deps.fetch ?? globalThis.fetch)(url, { signal: deps.signal, headers: { accept: "application/xml, text/xml" } });
  if (!res.ok) throw new Error(`Exchange-rate feed ${url} answered ${res.status}`);
  const rates = parseEcbFeed(await res.text());
  const outcome = await storeExchangeRates(deps.db, rates, url);
  return { ...outcome, dates: [...new Set(rates.map((r) => r.date))].sort() };
}
