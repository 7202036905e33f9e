"use client";

import type { AppRouter } from "@atelier/api";
import type { TRPCClient } from "@trpc/client";
import { useState } from "react";

let client: Promise<TRPCClient<AppRouter>> | undefined;

/**
 * The tRPC client for the public pages' few buttons (favourite, follow, add to cart, load more, ask
 * the artist). Those pages ship without React Query, the tRPC client and superjson (≈ 20 KB gzipped of
 * first-load JavaScript): the client is fetched on the first call, or when a pointer comes near a
 * button (`prefetchAtelierClient`), and kept for the rest of the visit.
 */
export function atelierClient(): Promise<TRPCClient<AppRouter>> {
  client ??= import("./browser-client").then((m) => m.createBrowserClient());
  return client;
}

export const prefetchAtelierClient = () => void atelierClient();

/** One call at a time with its pending state: `run((api) => api.artwork.favorite.mutate({ artworkId }))`. */
export function useAtelierCall() {
  const [pending, setPending] = useState(false);
  async function run<T>(call: (api: TRPCClient<AppRouter>) => Promise<T>): Promise<T> {
    setPending(true);
    try {
      return await call(await atelierClient());
    } finally {
      setPending(false);
    }
  }
  return { run, pending };
}
