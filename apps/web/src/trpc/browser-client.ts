import type { AppRouter } from "@atelier/api";
import { createTRPCClient, httpBatchLink, loggerLink, type TRPCClient } from "@trpc/client";
import superjson from "superjson";
import { CLIENT_BATCH_MAX_ITEMS } from "./batch";

/** The browser's tRPC client: the React provider's (trpc/react.tsx) and the one public pages fetch on first use (trpc/lazy-client.ts). */
export function createBrowserClient(): TRPCClient<AppRouter> {
  return createTRPCClient<AppRouter>({
    links: [
      // failed calls in the browser console while developing; nothing in production (nor on the server during SSR)
      // eslint-disable-next-line no-restricted-properties -- inlined by Next at build time, not a setting
      loggerLink({ enabled: (op) => process.env.NODE_ENV === "development" && op.direction === "down" && op.result instanceof Error }),
      httpBatchLink({ url: "/api/trpc", transformer: superjson, maxItems: CLIENT_BATCH_MAX_ITEMS }),
    ],
  });
}
