import { containerClass } from "@atelier/ui";
import type { Metadata } from "next";
import Link from "next/link";
import { ArtworkGrid } from "~/components/gallery/artwork-card";
import { api } from "~/server/api";
import { requireIdentity } from "~/server/session";

export const metadata: Metadata = { title: "Favourites · Atelier" };

export default async function FavouritesPage() {
  await requireIdentity("/favourites");
  const caller = await api();
  const [favorites, following] = await Promise.all([caller.artwork.favorites(), caller.artist.public.following()]);
  return (
    <div className={containerClass("pt-10 pb-20")}>
      <p className="text-xs font-semibold uppercase tracking-[0.2em] text-accent">Your collection</p>
      <h1 className="mt-2 text-4xl sm:text-5xl">Favourites</h1>
      <section aria-labelledby="saved" className="mt-10">
        <h2 id="saved" className="mb-6 text-2xl">
          Saved works <span className="text-muted">({favorites.length})</span>
        </h2>
        {favorites.length ? (
          <ArtworkGrid items={favorites} />
        ) : (
          <div className="rounded-2xl border border-dashed border-line px-6 py-14 text-center text-ink-soft">
            Nothing saved yet. Tap <span className="text-accent">♥ Save to favourites</span> on any work you love.{" "}
            <Link href="/gallery" className="text-ink underline underline-offset-4">
              Browse the gallery
            </Link>
          </div>
        )}
      </section>
      <section aria-labelledby="following" className="mt-16 border-t border-line pt-10">
        <h2 id="following" className="mb-6 text-2xl">
          Artists you follow <span className="text-muted">({following.length})</span>
        </h2>
        {following.length ? (
          <ul className="grid gap-4 sm:grid-cols-2 lg:grid-cols-3">
            {following.map((a) => (
              <li key={a.id}>
                <Link href={`/artists/${a.slug}`} className="block rounded-2xl border border-line bg-white/60 p-5 hover:border-ink/30">
                  <span className="font-display text-xl text-ink">{a.displayName}</span>
                  <span className="block text-sm text-muted">{[a.location, `${a.workCount} works`].filter(Boolean).join(" · ")}</span>
                </Link>
              </li>
            ))}
          </ul>
        ) : (
          <p className="text-ink-soft">
            You don&apos;t follow anyone yet.{" "}
            <Link href="/artists" className="text-ink underline underline-offset-4">
              Meet the artists
            </Link>
          </p>
        )}
      </section>
    </div>
  );
}
