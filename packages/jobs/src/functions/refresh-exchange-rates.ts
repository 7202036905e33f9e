import { refreshExchangeRates } from "@atelier/core/exchange-rates";
import { exchangeRatesRefreshRequested } from "@atelier/events";
import { defineJob } from "../define.ts";

/**
 * Downloads the daily euro reference rates (EXCHANGE_RATES_URL: the ECB's eurofxref-daily.xml) and stores
 * them, repricing the catalogue's euro values in the same transaction. Without the setting it does nothing:
 * the embedded default is the dated snapshot the migrations loaded. A failed download is retried.
 */
export const refreshExchangeRatesJob = defineJob({
  id: "refresh-exchange-rates",
  name: "Refresh exchange rates",
  triggers: [exchangeRatesRefreshRequested],
  retries: 4,
  async handler({ step, deps, signal }) {
    const url = deps.exchangeRatesUrl;
    if (!url) return { skipped: "EXCHANGE_RATES_URL is not set: the embedded snapshot stays in use" };
    return step.run("fetch-and-store", () => refreshExchangeRates({ db: deps.db, fetch: deps.fetch, signal }, url));
  },
});
