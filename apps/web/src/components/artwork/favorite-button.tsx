"use client";

import Link from "next/link";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { prefetchAtelierClient, useAtelierCall } from "~/trpc/lazy-client";

/** Heart toggle. Anonymous visitors are sent to sign in and come back here. */
export function FavoriteButton({ artworkId, initial, signedIn, returnTo }: { artworkId: string; initial: boolean; signedIn: boolean; returnTo: string }) {
  const router = useRouter();
  const [on, setOn] = useState(initial);
  const { run, pending } = useAtelierCall();
  const cls = `inline-flex items-center gap-2 rounded-full border px-5 py-2.5 text-sm font-medium transition-colors ${on ? "border-accent bg-accent/10 text-accent-deep" : "border-ink/20 bg-white/60 text-ink hover:border-ink/50"}`;
  const heart = (
    <svg aria-hidden viewBox="0 0 24 24" className="h-4 w-4" fill={on ? "currentColor" : "none"} stroke="currentColor" strokeWidth="1.8">
      <path d="M12 20s-7-4.35-7-10a4 4 0 0 1 7-2.65A4 4 0 0 1 19 10c0 5.65-7 10-7 10Z" />
    </svg>
  );
  if (!signedIn) {
    return (
      <Link href={`/sign-in?callbackUrl=${encodeURIComponent(returnTo)}`} className={cls}>
        {heart} Save to favourites
      </Link>
    );
  }
  async function toggle() {
    const next = !on;
    setOn(next);
    try {
      await run((api) => (next ? api.artwork.favorite.mutate({ artworkId }) : api.artwork.unfavorite.mutate({ artworkId })));
      router.refresh();
    } catch {
      setOn(!next);
    }
  }
  return (
    <button
      type="button"
      onClick={toggle}
      onPointerEnter={prefetchAtelierClient}
      onFocus={prefetchAtelierClient}
      disabled={pending}
      aria-pressed={on}
      className={cls}
    >
      {heart} {on ? "Saved to favourites" : "Save to favourites"}
    </button>
  );
}
