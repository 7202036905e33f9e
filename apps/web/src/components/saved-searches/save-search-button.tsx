"use client";

import type { ArtworkFilters } from "@atelier/core/schemas/discovery";
import Link from "next/link";
import { useRouter } from "next/navigation";
import { useEffect, useRef, useState } from "react";
import { prefetchAtelierClient, useAtelierCall } from "~/trpc/lazy-client";

/** The gallery comes back from sign-in with this fragment, and the search is saved without a second click. */
const SAVE_AFTER_SIGN_IN = "#save-search";

type Outcome = { tone: "saved" | "error"; text: string } | null;

function BellIcon() {
  return (
    <svg aria-hidden viewBox="0 0 24 24" className="h-4 w-4" fill="none" stroke="currentColor" strokeWidth="1.8">
      <path d="M6 16V11a6 6 0 1 1 12 0v5l1.5 2h-15L6 16Z" strokeLinejoin="round" />
      <path d="M10 20.5a2 2 0 0 0 4 0" strokeLinecap="round" />
    </svg>
  );
}

/** Saves the search; a visitor is sent to sign in and back, and the search is saved on return. */
export function SaveSearchButton({ q, filters }: { q: string | undefined; filters: ArtworkFilters }) {
  const router = useRouter();
  const [outcome, setOutcome] = useState<Outcome>(null);
  // the gallery is a public page: no React Query there, the tRPC client is fetched on first use (trpc/lazy-client.ts)
  const { run, pending } = useAtelierCall();
  const resumed = useRef(false);

  async function save() {
    setOutcome(null);
    try {
      const r = await run((api) => api.savedSearch.create.mutate({ q, filters }));
      setOutcome({
        tone: "saved",
        text: r.created ? `Saved “${r.savedSearch.name}”. We'll email you when a new work matches, at most once a day.` : "You already saved this search.",
      });
    } catch (e) {
      if ((e as { data?: { code?: string } } | null)?.data?.code === "UNAUTHORIZED") {
        const here = `${window.location.pathname}${window.location.search}${SAVE_AFTER_SIGN_IN}`;
        router.push(`/sign-in?callbackUrl=${encodeURIComponent(here)}`);
        return;
      }
      setOutcome({ tone: "error", text: e instanceof Error ? e.message : "We couldn't save this search. Please try again." });
    }
  }

  useEffect(() => {
    if (resumed.current || window.location.hash !== SAVE_AFTER_SIGN_IN) return;
    resumed.current = true;
    window.history.replaceState(null, "", `${window.location.pathname}${window.location.search}`);
    void save();
  }, []);

  const saved = outcome?.tone === "saved";
  return (
    <div className="mt-4 flex flex-wrap items-center gap-x-3 gap-y-2" data-testid="save-search">
      <button
        type="button"
        onClick={() => void save()}
        onPointerEnter={prefetchAtelierClient}
        onFocus={prefetchAtelierClient}
        disabled={pending || saved}
        className="inline-flex items-center gap-2 rounded-full border border-ink/20 bg-white/60 px-4 py-2 text-sm font-medium text-ink hover:border-ink/50 disabled:cursor-default disabled:opacity-70"
      >
        <BellIcon /> {pending ? "Saving…" : saved ? "Search saved" : "Save this search"}
      </button>
      <p role="status" className={`text-sm ${outcome?.tone === "error" ? "text-accent-deep" : "text-ink-soft"}`}>
        {outcome?.text}{" "}
        {saved ? (
          <Link href="/account/saved-searches" className="font-medium text-ink underline underline-offset-4">
            Manage saved searches
          </Link>
        ) : null}
      </p>
    </div>
  );
}
