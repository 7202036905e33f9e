import { containerClass } from "@atelier/ui";
import type { Metadata } from "next";
import Link from "next/link";
import { ArtistCard } from "~/components/gallery/artist-card";
import { api } from "~/server/api";

export const metadata: Metadata = { title: "Artists · Atelier" };

export default async function ArtistsPage({ searchParams }: { searchParams: Promise<{ after?: string }> }) {
  const { after } = await searchParams;
  const caller = await api();
  const page = await caller.artist.public.list({ limit: 24, cursor: after ?? null }).catch(() => caller.artist.public.list({ limit: 24 }));
  return (
    <div className={containerClass("pt-10 pb-20")}>
      <p className="text-xs font-semibold uppercase tracking-[0.2em] text-accent">Who makes the work</p>
      <h1 className="mt-2 text-4xl sm:text-5xl">Artists</h1>
      <p className="mt-2 max-w-xl text-ink-soft">Every artist on Atelier was reviewed by people. Follow the ones you love to see their new work first.</p>
      {page.items.length === 0 ? (
        <p className="mt-16 rounded-2xl border border-dashed border-line px-6 py-16 text-center text-ink-soft">
          No artists yet — the first approvals are on their way.
        </p>
      ) : (
        <div className="mt-10 grid gap-6 sm:grid-cols-2 lg:grid-cols-3">
          {page.items.map((a) => (
            <ArtistCard key={a.id} artist={a} />
          ))}
        </div>
      )}
      {page.nextCursor ? (
        <div className="mt-10 text-center">
          <Link
            href={`/artists?after=${encodeURIComponent(page.nextCursor)}`}
            className="rounded-full border border-ink/20 px-5 py-2.5 text-sm hover:border-ink/50"
          >
            More artists →
          </Link>
        </div>
      ) : null}
    </div>
  );
}
