import type { RouterOutputs } from "@atelier/api";
import Link from "next/link";
import { ArtworkPicture } from "../artwork-picture";

type ArtistCardData = RouterOutputs["artist"]["public"]["list"]["items"][number];

/** An artist tile: up to three recent works as a small triptych, then the name. */
export function ArtistCard({ artist }: { artist: ArtistCardData }) {
  const tiles = [0, 1, 2].map((i) => artist.previews[i]);
  return (
    <Link
      href={`/artists/${artist.slug}`}
      className="group block rounded-2xl border border-line bg-white/60 p-4 transition hover:border-ink/30 hover:bg-white"
      data-testid="artist-card"
    >
      <div className="grid grid-cols-3 gap-2">
        {tiles.map((p, i) =>
          p ? (
            <ArtworkPicture key={p.slug} image={p.image} title={p.title} sizes="120px" aspect={1} className="w-full" />
          ) : (
            <div key={i} aria-hidden className="aspect-square bg-paper-deep/70" />
          ),
        )}
      </div>
      <h2 className="mt-4 font-display text-xl text-ink group-hover:text-accent-deep">{artist.displayName}</h2>
      <p className="text-sm text-muted">
        {[
          artist.location,
          `${artist.workCount} work${artist.workCount === 1 ? "" : "s"}`,
          `${artist.followerCount} follower${artist.followerCount === 1 ? "" : "s"}`,
        ]
          .filter(Boolean)
          .join(" · ")}
      </p>
    </Link>
  );
}
