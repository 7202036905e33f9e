"use client";

import type { RouterOutputs } from "@atelier/api";
import { useQuery, useQueryClient } from "@tanstack/react-query";
import { useTRPC } from "~/trpc/react";

export type ConsoleData = RouterOutputs["liveShow"]["console"];
export type ConsoleItem = ConsoleData["items"][number];

/** The console's data, refreshed every 2 s while the show is live (other operators record claims too). */
export function useShowConsole(initial: ConsoleData) {
  const trpc = useTRPC();
  const qc = useQueryClient();
  const options = trpc.liveShow.console.queryOptions({ showId: initial.id });
  const query = useQuery({
    ...options,
    initialData: initial,
    refetchInterval: (q) => (q.state.data?.status === "LIVE" ? 2_000 : false),
  });
  const refresh = () => qc.invalidateQueries({ queryKey: options.queryKey });
  return { show: query.data, refresh };
}
