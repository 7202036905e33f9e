"use client";

import type { RouterInputs } from "@atelier/api";
import { Button } from "@atelier/ui";
import { useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { useTRPC } from "~/trpc/react";
import { ArtworkCard, GRID_COLUMNS, type ArtworkCardData } from "./artwork-card";

type ListInput = RouterInputs["artwork"]["list"];
type SearchInput = RouterInputs["artwork"]["search"];

/** Continues the server-rendered first page with the keyset cursor. */
export function LoadMore({ list, search, initialCursor }: { list?: ListInput; search?: SearchInput; initialCursor: string | null }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const [pages, setPages] = useState<ArtworkCardData[]>([]);
  const [cursor, setCursor] = useState(initialCursor);
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<string | null>(null);

  async function loadMore() {
    setPending(true);
    setError(null);
    try {
      const res = search
        ? await queryClient.fetchQuery(trpc.artwork.search.queryOptions({ ...search, cursor }))
        : await queryClient.fetchQuery(trpc.artwork.list.queryOptions({ ...list, cursor }));
      setPages((p) => [...p, ...res.items.filter((i) => !p.some((x) => x.id === i.id))]);
      setCursor(res.nextCursor);
    } catch {
      setError("We couldn't load more works. Try again.");
    } finally {
      setPending(false);
    }
  }

  return (
    <>
      {pages.length ? (
        <div className={GRID_COLUMNS.beside} data-testid="artwork-grid-more">
          {pages.map((a) => (
            <ArtworkCard key={a.id} artwork={a} />
          ))}
        </div>
      ) : null}
      <div className="mt-6 flex flex-col items-center gap-2">
        {error ? <p className="text-sm text-accent-deep">{error}</p> : null}
        {cursor ? (
          <Button variant="secondary" onClick={loadMore} disabled={pending}>
            {pending ? "Loading…" : "Load more"}
          </Button>
        ) : (
          <p className="text-sm text-muted">You&apos;ve reached the end of the collection.</p>
        )}
      </div>
    </>
  );
}
