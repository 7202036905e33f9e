"use client";

import { useMutation } from "@tanstack/react-query";
import Link from "next/link";
import { useState } from "react";
import { useTRPC } from "~/trpc/react";

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
  const trpc = useTRPC();
  const [state, setState] = useState({ on: initial, count });
  const follow = useMutation(trpc.artist.public.follow.mutationOptions());
  const unfollow = useMutation(trpc.artist.public.unfollow.mutationOptions());
  const label = `${state.count} follower${state.count === 1 ? "" : "s"}`;
  const cls = `rounded-full px-4 py-1.5 text-sm font-medium transition-colors ${state.on ? "border border-ink/20 bg-white text-ink hover:border-ink/50" : "bg-ink text-paper hover:bg-ink-soft"}`;
  if (isMe) return <span className="text-sm text-muted">{label} · this is you</span>;
  return (
    <div className="flex items-center gap-3">
      {signedIn ? (
        <button
          type="button"
          aria-pressed={state.on}
          disabled={follow.isPending || unfollow.isPending}
          className={cls}
          onClick={async () => {
            const res = state.on ? await unfollow.mutateAsync({ artistId }) : await follow.mutateAsync({ artistId });
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
