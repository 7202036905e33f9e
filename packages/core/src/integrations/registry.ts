import type { IntegrationAdapter } from "./adapter.ts";
import { comingSoonAdapters } from "./adapters/coming-soon.ts";
import { stripeConnectAdapter } from "./adapters/stripe-connect.ts";
import { stripeKeysAdapter } from "./adapters/stripe-keys.ts";

/** Every integration the hub shows, in the order of its tiles. Add an adapter here and it gets a tile. */
export const integrationAdapters: readonly IntegrationAdapter[] = [stripeConnectAdapter, stripeKeysAdapter, ...comingSoonAdapters];

export const adapterById = (id: string): IntegrationAdapter | undefined => integrationAdapters.find((a) => a.id === id);

export const integrationProviderIds = integrationAdapters.map((a) => a.id);
