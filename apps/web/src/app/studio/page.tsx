import { formatPrice } from "@atelier/core/money";
import { artworkStatuses, type ArtworkStatus } from "@atelier/core/schemas/artwork";
import type { RouterOutputs } from "@atelier/api";
import { Alert, buttonClass, cn, containerClass } from "@atelier/ui";
import type { Metadata } from "next";
import Link from "next/link";
import { ArtworkThumb } from "~/components/artwork-thumb";
import { StatusBadge, statusLabel } from "~/components/artwork-status";
import { api } from "~/server/api";

export const metadata: Metadata = { title: "Studio" };

type PayoutSetupState = RouterOutputs["artist"]["payments"]["status"]["state"];

const FILTERS = artworkStatuses.filter((s) => s !== "SOLD");

export default async function StudioPage({ searchParams }: { searchParams: Promise<{ status?: string }> }) {
  const { status: raw } = await searchParams;
  const status = artworkStatuses.find((s) => s === raw);
  const caller = await api();
  const [{ profile, items, counts }, payments] = await Promise.all([caller.artwork.mine({ status }), caller.artist.payments.status()]);
  const total = Object.values(counts).reduce((a, b) => a + b, 0);

  return (
    <div className={containerClass("py-12")}>
      <div className="flex flex-wrap items-end justify-between gap-4">
        <div>
          <h1 className="text-4xl">{profile ? profile.displayName : "Your studio"}</h1>
          <p className="mt-2 text-ink-soft">Your artworks, their review status and what to do next.</p>
        </div>
        {profile ? (
          <Link href="/studio/artworks/new" className={buttonClass("primary")}>
            New artwork
          </Link>
        ) : null}
      </div>

      {!profile ? (
        <Alert tone="info" className="mt-8">
          Start by{" "}
          <Link href="/studio/profile" className="font-medium text-ink underline underline-offset-4">
            setting up your artist profile
          </Link>{" "}
          — the name and words collectors see next to your work. Then add your first artwork.
        </Alert>
      ) : null}

      {payments.state !== "ready" ? <PayoutsBanner state={payments.state} /> : null}

      <nav aria-label="Filter by status" className="-mx-4 mt-10 flex gap-2 overflow-x-auto border-b border-line px-4 pb-4 text-sm sm:mx-0 sm:flex-wrap sm:px-0">
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
                    {a.medium} · {formatPrice(a.priceAmount, a.currency)}
                    {a.kind === "EDITION" ? ` · edition of ${a.editionSize}` : ""}
                  </p>
                  {a.status === "DRAFT" && a.reviewNote ? <Note tone="warn" label="Changes requested" text={a.reviewNote} /> : null}
                  {a.status === "REJECTED" && a.rejectionReason ? <Note tone="accent" label="Not accepted" text={a.rejectionReason} /> : null}
                  {a.imageCount === 0 && (a.status === "DRAFT" || a.status === "REJECTED") ? (
                    <p className="text-xs text-muted">Add an image to submit it for review.</p>
                  ) : null}
                </div>
              </Link>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}

// What payout setup changes: work sells only once Stripe can pay its artist.
const BANNER: Record<Exclude<PayoutSetupState, "ready">, { title: string; body: string; action: string }> = {
  not_started: {
    title: "Set up payouts with Stripe",
    body: "Stripe pays you your share of each sale. Your published works show as “Not yet for sale” until it can. It takes about five minutes.",
    action: "Set up payouts",
  },
  onboarding: {
    title: "Finish setting up payouts",
    body: "Stripe doesn't have all your details yet. Until it does, your published works show as “Not yet for sale”.",
    action: "Continue with Stripe",
  },
  action_required: {
    title: "Stripe needs a few more details",
    body: "Until Stripe has them, your published works show as “Not yet for sale”.",
    action: "See what's needed",
  },
  disconnected: {
    title: "Your Stripe account was disconnected",
    body: "Your works show as “Not yet for sale”, and Atelier can't pay you until payouts are connected again.",
    action: "Find out more",
  },
};

function PayoutsBanner({ state }: { state: Exclude<PayoutSetupState, "ready"> }) {
  const b = BANNER[state];
  return (
    <div
      className={cn(
        "mt-8 flex flex-col gap-4 rounded-2xl border px-5 py-4 sm:flex-row sm:items-center sm:justify-between",
        state === "disconnected" ? "border-accent/30 bg-accent/5" : "border-warn/30 bg-warn/5",
      )}
      data-testid="payouts-banner"
    >
      <div>
        <p className="font-medium text-ink">{b.title}</p>
        <p className="mt-0.5 text-sm text-ink-soft">{b.body}</p>
      </div>
      <Link href="/studio/payments" className={buttonClass("primary", "shrink-0 self-start py-2 sm:self-center")}>
        {b.action} <span aria-hidden="true">→</span>
      </Link>
    </div>
  );
}

function FilterLink({ href, active, label, count }: { href: string; active: boolean; label: string; count: number }) {
  return (
    <Link
      href={href}
      aria-current={active ? "page" : undefined}
      className={cn(
        "shrink-0 rounded-full px-3.5 py-1.5 whitespace-nowrap transition-colors",
        active ? "bg-ink text-paper" : "text-ink-soft hover:bg-paper-deep hover:text-ink",
      )}
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
