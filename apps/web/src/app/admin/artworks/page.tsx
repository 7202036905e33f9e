import { formatPrice } from "@atelier/core/money";
import { cn, containerClass } from "@atelier/ui";
import { TRPCError } from "@trpc/server";
import type { Metadata } from "next";
import Link from "next/link";
import { ArtworkThumb } from "~/components/artwork-thumb";
import { api } from "~/server/api";
import { ArtworkPreview } from "./artwork-preview";

export const metadata: Metadata = { title: "Admin · Artworks" };

export default async function AdminArtworksPage({ searchParams }: { searchParams: Promise<{ id?: string; cursor?: string }> }) {
  const { id, cursor } = await searchParams;
  const caller = await api();
  const queue = await caller.admin.artwork.queue({ cursor, limit: 20 });
  const selectedId = id ?? queue.items[0]?.id;
  const selected = selectedId
    ? await caller.admin.artwork.get({ id: selectedId }).catch((e: unknown) => {
        if (e instanceof TRPCError && e.code === "NOT_FOUND") return null;
        throw e;
      })
    : null;

  return (
    <div className={containerClass("py-12")}>
      <p className="text-xs font-semibold uppercase tracking-[0.2em] text-accent">Admin</p>
      <h1 className="mt-2 text-4xl">Artwork review</h1>
      <p className="mt-2 text-ink-soft">
        {queue.total === 0
          ? "Nothing waiting. Every submitted artwork has been reviewed."
          : `${queue.total} artwork${queue.total === 1 ? "" : "s"} waiting, oldest first.`}
      </p>

      <div className="mt-10 grid gap-8 lg:grid-cols-[18rem_minmax(0,1fr)]">
        <nav aria-label="Review queue">
          <ul className="space-y-2" data-testid="review-queue">
            {queue.items.map((a) => (
              <li key={a.id}>
                <Link
                  href={`/admin/artworks?id=${a.id}${cursor ? `&cursor=${cursor}` : ""}`}
                  aria-current={a.id === selectedId ? "true" : undefined}
                  className={cn(
                    "flex gap-3 rounded-xl border p-2.5 transition-colors",
                    a.id === selectedId ? "border-ink/50 bg-white" : "border-line bg-white/60 hover:border-ink/30",
                  )}
                >
                  <ArtworkThumb imageKey={a.thumbnailKey} alt={a.title} color={a.dominantColor} className="h-16 w-16 shrink-0 rounded-lg" />
                  <div className="min-w-0">
                    <p className="truncate font-medium">{a.title}</p>
                    <p className="truncate text-sm text-ink-soft">{a.artist.displayName}</p>
                    <p className="text-xs text-muted">
                      {formatPrice(a.priceAmount, a.currency)} · {a.imageCount} image{a.imageCount === 1 ? "" : "s"}
                      {a.resubmission ? " · edited after publishing" : ""}
                    </p>
                  </div>
                </Link>
              </li>
            ))}
          </ul>
          {queue.nextCursor ? (
            <Link href={`/admin/artworks?cursor=${queue.nextCursor}`} className="mt-4 inline-block text-sm text-ink-soft underline underline-offset-4">
              Next page
            </Link>
          ) : null}
        </nav>

        <section aria-label="Preview">
          {selected ? (
            <ArtworkPreview artwork={selected} />
          ) : (
            <div className="rounded-2xl border border-dashed border-line p-16 text-center text-ink-soft">Select an artwork to review it.</div>
          )}
        </section>
      </div>
    </div>
  );
}
