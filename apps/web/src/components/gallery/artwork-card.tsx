import type { RouterOutputs } from "@atelier/api";
import Link from "next/link";
import { formatApproxPrice, formatPrice } from "@atelier/core/money";
import { ArtworkPicture } from "../artwork-picture";

export type ArtworkCardData = RouterOutputs["artwork"]["list"]["items"][number];

const CARD_SIZES = "(min-width: 1152px) 280px, (min-width: 640px) 33vw, 50vw";

/** A gallery tile: the work hung on paper, with its label underneath. */
export function ArtworkCard({ artwork, priority = false }: { artwork: ArtworkCardData; priority?: boolean }) {
  const note = artwork.availability.label;
  return (
    <article className="group mb-8 break-inside-avoid" data-testid="artwork-card">
      <Link href={`/artworks/${artwork.slug}`} className="block focus-visible:outline-2 focus-visible:outline-offset-4 focus-visible:outline-accent">
        <div className="bg-white p-2.5 shadow-[0_14px_32px_-22px_rgba(29,27,24,0.55)] transition-shadow duration-300 group-hover:shadow-[0_22px_44px_-22px_rgba(29,27,24,0.6)]">
          <ArtworkPicture image={artwork.image} title={artwork.title} sizes={CARD_SIZES} priority={priority} className="w-full" />
        </div>
        <div className="mt-3 flex items-start justify-between gap-3">
          <div className="min-w-0">
            <h3 className="line-clamp-2 font-display text-lg leading-snug text-ink group-hover:text-accent-deep">{artwork.title}</h3>
            <p className="truncate text-sm text-ink-soft">{artwork.artist.displayName}</p>
            <p className="truncate text-xs text-muted">
              {artwork.medium}
              {artwork.year ? `, ${artwork.year}` : ""}
            </p>
            {artwork.availability.state === "on_hold" ? (
              <p className="mt-1 inline-block rounded-full bg-paper-deep px-2 py-0.5 text-xs font-medium text-ink-soft" data-testid="on-hold">
                {note}
              </p>
            ) : note ? (
              <p className={`mt-0.5 text-xs ${artwork.availability.state === "sold" ? "font-medium text-accent" : "text-muted"}`}>{note}</p>
            ) : null}
          </div>
          <div className="shrink-0 text-right">
            <p className={`text-sm font-medium ${artwork.availability.state === "sold" ? "text-muted line-through" : "text-ink"}`}>
              {formatPrice(artwork.priceAmount, artwork.currency)}
            </p>
            {artwork.approxPrice ? (
              <p className="text-xs text-muted" data-testid="approx-price">
                {formatApproxPrice(artwork.approxPrice.amount, artwork.approxPrice.currency)}
              </p>
            ) : null}
          </div>
        </div>
      </Link>
    </article>
  );
}

/** Column counts: the full page width, or beside the gallery's filters (where four would be too narrow). */
export const GRID_COLUMNS = { full: "columns-2 gap-6 sm:columns-3 xl:columns-4", beside: "columns-2 gap-6 sm:columns-3" } as const;

/** Masonry of cards: CSS columns keep each work at its own proportions. */
export function ArtworkGrid({
  items,
  priorityCount = 0,
  layout = "full",
}: {
  items: ArtworkCardData[];
  priorityCount?: number;
  layout?: keyof typeof GRID_COLUMNS;
}) {
  return (
    <div className={GRID_COLUMNS[layout]} data-testid="artwork-grid">
      {items.map((a, i) => (
        <ArtworkCard key={a.id} artwork={a} priority={i < priorityCount} />
      ))}
    </div>
  );
}
