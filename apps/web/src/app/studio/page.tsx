import { formatMoney, isCurrency } from "@atelier/api/money";
import { artworkStatuses, type ArtworkStatus } from "@atelier/api/schemas/artwork";
import { Alert, buttonClass, cn } from "@atelier/ui";
import type { Metadata } from "next";
import Link from "next/link";
import { ArtworkThumb } from "~/components/artwork-thumb";
import { StatusBadge, statusLabel } from "~/components/artwork-status";
import { StudioNoAccess } from "~/components/studio-no-access";
import { api } from "~/server/api";
import { requireIdentity } from "~/server/session";

export const metadata: Metadata = { title: "Studio" };

const FILTERS = artworkStatuses.filter((s) => s !== "SOLD");

export default async function StudioPage({ searchParams }: { searchParams: Promise<{ status?: string }> }) {
  const identity = await requireIdentity("/studio");
  if (!identity.roles.includes("ARTIST")) return <StudioNoAccess />;
  const { status: raw } = await searchParams;
  const status = artworkStatuses.find((s) => s === raw);
  const caller = await api();
  const { profile, items, counts } = await caller.artwork.mine({ status });
  const total = Object.values(counts).reduce((a, b) => a + b, 0);

  return (
    <div className="mx-auto max-w-6xl px-4 py-12 sm:px-6">
      <div className="flex flex-wrap items-end justify-between gap-4">
        <div>
          <p className="text-xs font-semibold uppercase tracking-[0.2em] text-accent">Studio</p>
          <h1 className="mt-2 text-4xl">{profile ? profile.displayName : "Your studio"}</h1>
          <p className="mt-2 text-ink-soft">Your artworks, their review status and what to do next.</p>
        </div>
        <div className="flex gap-3">
          <Link href="/studio/profile" className={buttonClass("secondary")}>
            Edit profile
          </Link>
          {profile ? (
            <Link href="/studio/artworks/new" className={buttonClass("primary")}>
              New artwork
            </Link>
          ) : null}
        </div>
      </div>

      {!profile ? (
        <Alert tone="info" className="mt-8">
          Start by <Link href="/studio/profile" className="font-medium text-ink underline underline-offset-4">setting up your artist profile</Link> — the name and
          words collectors see next to your work. Then add your first artwork.
        </Alert>
      ) : null}

      <nav aria-label="Filter by status" className="mt-10 flex flex-wrap gap-2 border-b border-line pb-4 text-sm">
        <FilterLink href="/studio" active={!status} label="All" count={total} />
        {FILTERS.map((s) => (
          <FilterLink key={s} href={`/studio?status=${s}`} active={status === s} label={statusLabel(s)} count={counts[s]} />
        ))}
      </nav>

      {items.length === 0 ? (
        <div className="py-20 text-center text-ink-soft">
          <p className="font-display text-2xl text-ink">{status ? `Nothing ${statusLabel(status).toLowerCase()}` : "No artworks yet"}</p>
          <p className="mt-2">{profile ? "Create a draft, add images and submit it for review." : "Set up your profile first."}</p>
        </div>
      ) : (
        <ul className="mt-8 grid gap-6 sm:grid-cols-2 lg:grid-cols-3" data-testid="studio-artworks">
          {items.map((a) => (
            <li key={a.id}>
              <Link
                href={`/studio/artworks/${a.id}`}
                className="group block h-full overflow-hidden rounded-2xl border border-line bg-white/70 transition-colors hover:border-ink/40"
                data-testid="studio-artwork"
              >
                <ArtworkThumb imageKey={a.thumbnail?.key} alt={a.thumbnail?.alt ?? a.title} color={a.thumbnail?.color} className="aspect-[4/3]" />
                <div className="space-y-2 p-5">
                  <div className="flex items-start justify-between gap-3">
                    <h2 className="font-display text-xl leading-tight group-hover:underline group-hover:underline-offset-4">{a.title}</h2>
                    <StatusBadge status={a.status as ArtworkStatus} />
                  </div>
                  <p className="text-sm text-ink-soft">
                    {a.medium} · {isCurrency(a.currency) ? formatMoney(a.priceAmount, a.currency) : `${a.priceAmount} ${a.currency}`}
                    {a.kind === "EDITION" ? ` · edition of ${a.editionSize}` : ""}
                  </p>
                  {a.status === "DRAFT" && a.reviewNote ? <Note tone="warn" label="Changes requested" text={a.reviewNote} /> : null}
                  {a.status === "REJECTED" && a.rejectionReason ? <Note tone="accent" label="Not accepted" text={a.rejectionReason} /> : null}
                  {a.imageCount === 0 && (a.status === "DRAFT" || a.status === "REJECTED") ? <p className="text-xs text-muted">Add an image to submit it for review.</p> : null}
                </div>
              </Link>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}

function FilterLink({ href, active, label, count }: { href: string; active: boolean; label: string; count: number }) {
  return (
    <Link
      href={href}
      aria-current={active ? "page" : undefined}
      className={cn("rounded-full px-3.5 py-1.5 transition-colors", active ? "bg-ink text-paper" : "text-ink-soft hover:bg-paper-deep hover:text-ink")}
    >
      {label} <span className={cn("ml-1 tabular-nums", active ? "text-paper/70" : "text-muted")}>{count}</span>
    </Link>
  );
}

function Note({ tone, label, text }: { tone: "warn" | "accent"; label: string; text: string }) {
  return (
    <p className={cn("rounded-lg px-3 py-2 text-sm", tone === "warn" ? "bg-warn/10 text-warn" : "bg-accent/5 text-accent-deep")}>
      <span className="font-medium">{label}:</span> {text}
    </p>
  );
}
