"use client";

import { useQueryClient } from "@tanstack/react-query";
import { useEffect, useState } from "react";
import { useTRPC } from "~/trpc/react";

/**
 * Follows /api/studio/invoices/stream (server-sent events) and refreshes the invoice queries when any of the
 * artist's invoices changes, so a webhook's "paid" shows without a reload. EventSource reconnects by itself.
 * Returns whether the stream is connected (shown as "Live").
 */
export function useInvoiceStream(): boolean {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const [live, setLive] = useState(false);
  useEffect(() => {
    const source = new EventSource("/api/studio/invoices/stream");
    source.addEventListener("ready", () => setLive(true));
    source.addEventListener("invoices", () => {
      void queryClient.invalidateQueries({ queryKey: trpc.invoice.list.queryKey() });
    });
    source.onerror = () => setLive(false);
    return () => source.close();
  }, [queryClient, trpc]);
  return live;
}
