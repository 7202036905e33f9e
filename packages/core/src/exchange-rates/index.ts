/** Daily euro reference rates (ECB): the feed parser, the store (which reprices the catalogue's euro values), the latest table. */
export { parseEcbFeed, ExchangeRateFeedError, type ReferenceRate } from "./ecb-feed.ts";
export { storeExchangeRates, type StoreOutcome } from "./store.ts";
export { latestRates } from "./latest.ts";
export { refreshExchangeRates, type RefreshDeps } from "./refresh.ts";
/** The embedded default's source tag (rows loaded by the filters migration). */
export const SNAPSHOT_SOURCE = "ecb-snapshot-2024-06-13";
