"use client";

import Link from "next/link";
import { useState } from "react";
import { prefetchAtelierClient, useAtelierCall } from "~/trpc/lazy-client";

/** Follow / unfollow an artist, with the follower count kept in step. */
export function FollowButton({
  artistId,
  initial,
  count,
  signedIn,
  isMe,
  returnTo,
}: {
  artistId: string;
  initial: boolean;
  count: number;
  signedIn: boolean;
  isMe: boolean;
  returnTo: string;
}) {
  const [state, setState] = useState({ on: initial, count });
  const { run, pending } = useAtelierCall();
  const label = `${state.count} follower${state.count === 1 ? "" : "s"}`;
  const cls = `rounded-full px-4 py-1.5 text-sm font-medium transition-colors ${state.on ? "border border-ink/20 bg-white text-ink hover:border-ink/50" : "bg-ink text-paper hover:bg-ink-soft"}`;
  if (isMe) return <span className="text-sm text-muted">{label} · this is you</span>;
  return (
    <div className="flex items-center gap-3">
      {signedIn ? (
        <button
          type="button"
          aria-pressed={state.on}
          disabled={pending}
          className={cls}
          onPointerEnter={prefetchAtelierClient}
          onFocus={prefetchAtelierClient}
          onClick={async () => {
            const res = await run((api) => (state.on ? api.artist.public.unfollow.mutate({ artistId }) : api.artist.public.follow.mutate({ artistId })));
            setState({ on: res.isFollowing, count: res.followerCount });
          }}
        >
          {state.on ? "Following" : "Follow"}
        </button>
      ) : (
        <Link href={`/sign-in?callbackUrl=${encodeURIComponent(returnTo)}`} className={cls}>
          Follow
        </Link>
      )}
      <span className="text-sm text-muted">{label}</span>
    </div>
  );
}
