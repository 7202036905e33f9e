import type { RouterOutputs } from "@atelier/api";
import { formatPrice } from "@atelier/core/money";
import type { ArtworkStatus } from "@atelier/core/schemas/artwork";
import { Card } from "@atelier/ui";
import { ArtworkThumb } from "~/components/artwork-thumb";
import { StatusBadge } from "~/components/artwork-status";
import { ReviewActions } from "./review-actions";
import { formatDateTime } from "~/lib/dates";

type Artwork = RouterOutputs["admin"]["artwork"]["get"];

const dims = (a: Artwork) => {
  const t = (n: number) => (n / 10).toString();
  const unit = a.dimensionUnit.toLowerCase();
  return `${t(a.widthTenths)} × ${t(a.heightTenths)}${a.depthTenths !== null ? ` × ${t(a.depthTenths)}` : ""} ${unit}`;
};

/** Everything a moderator needs to decide: images, details, artist, and the decision buttons. */
export function ArtworkPreview({ artwork: a }: { artwork: Artwork }) {
  const price = formatPrice(a.priceAmount, a.currency);
  return (
    <article className="space-y-8" data-testid="artwork-preview">
      <header className="flex flex-wrap items-center gap-3">
        <h2 className="text-3xl">{a.title}</h2>
        <StatusBadge status={a.status as ArtworkStatus} />
      </header>

      {a.images.length ? (
        <div className="grid gap-3 sm:grid-cols-2">
          {a.images.map((img, i) => (
            <ArtworkThumb
              key={img.id}
              imageKey={i === 0 ? img.largeKey : img.thumbKey}
              alt={img.altText || a.title}
              color={img.dominantColor}
              fit={i === 0 ? "contain" : "cover"}
              className={i === 0 ? "h-[28rem] rounded-xl sm:col-span-2" : "aspect-square rounded-xl"}
            />
          ))}
        </div>
      ) : (
        <p className="rounded-xl bg-paper-deep px-4 py-3 text-sm text-ink-soft">This artwork has no images.</p>
      )}

      <div className="grid gap-6 md:grid-cols-[1fr_16rem]">
        <div className="space-y-4">
          <dl className="grid grid-cols-2 gap-x-6 gap-y-3 text-sm">
            <Detail label="Price" value={price} />
            <Detail label="Kind" value={a.kind === "EDITION" ? `Edition of ${a.editionSize}` : "Original"} />
            <Detail label="Medium" value={a.medium} />
            <Detail label="Size" value={dims(a)} />
            <Detail label="Year" value={a.year ? String(a.year) : "—"} />
            <Detail label="Submitted" value={formatDateTime(a.submittedAt)} />
          </dl>
          {a.tags.length ? (
            <p className="flex flex-wrap gap-1.5">
              {a.tags.map((t) => (
                <span key={t} className="rounded-full bg-paper-deep px-2.5 py-0.5 text-xs text-ink-soft">
                  {t}
                </span>
              ))}
            </p>
          ) : null}
          <p className="whitespace-pre-line text-ink-soft">{a.description || "No description."}</p>
        </div>
        <Card className="h-fit p-5">
          <p className="text-xs uppercase tracking-[0.15em] text-muted">Artist</p>
          <p className="mt-1 font-display text-lg">{a.artist.displayName}</p>
          <p className="break-all text-sm text-ink-soft">{a.artist.user.email}</p>
          {a.artist.location ? <p className="mt-1 text-sm text-ink-soft">{a.artist.location}</p> : null}
          {a.artist.bio ? <p className="mt-3 line-clamp-5 text-sm text-ink-soft">{a.artist.bio}</p> : null}
        </Card>
      </div>

      {a.status === "IN_REVIEW" ? <ReviewActions id={a.id} /> : <p className="text-sm text-muted">Only artworks in review can be moderated.</p>}
    </article>
  );
}

function Detail({ label, value }: { label: string; value: string }) {
  return (
    <div>
      <dt className="text-muted">{label}</dt>
      <dd className="text-ink">{value}</dd>
    </div>
  );
}
