"use client";

import type { RouterInputs } from "@atelier/api";
import { Button } from "@atelier/ui";
import { useState } from "react";
import { atelierClient, prefetchAtelierClient } from "~/trpc/lazy-client";
import { ArtworkCard, GRID_COLUMNS, type ArtworkCardData } from "./artwork-card";

type ListInput = RouterInputs["artwork"]["list"];
type SearchInput = RouterInputs["artwork"]["search"];

/** Continues the server-rendered first page with the keyset cursor. */
export function LoadMore({ list, search, initialCursor }: { list?: ListInput; search?: SearchInput; initialCursor: string | null }) {
  const [pages, setPages] = useState<ArtworkCardData[]>([]);
  const [cursor, setCursor] = useState(initialCursor);
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<string | null>(null);

  async function loadMore() {
    setPending(true);
    setError(null);
    try {
      const api = await atelierClient();
      const res = search ? await api.artwork.search.query({ ...search, cursor }) : await api.artwork.list.query({ ...list, cursor });
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
          <Button variant="secondary" onClick={loadMore} onPointerEnter={prefetchAtelierClient} onFocus={prefetchAtelierClient} disabled={pending}>
            {pending ? "Loading…" : "Load more"}
          </Button>
        ) : (
          <p className="text-sm text-muted">You&apos;ve reached the end of the collection.</p>
        )}
      </div>
    </>
  );
}
