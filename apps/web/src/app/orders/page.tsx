import { formatMoney } from "@atelier/core/money";
import { buttonClass, containerClass } from "@atelier/ui";
import type { Metadata } from "next";
import Link from "next/link";
import { mediaUrl } from "~/components/artwork-picture";
import { DownloadsSection } from "~/components/downloads/downloads-section";
import { EmptyState } from "~/components/orders/empty-state";
import { ItemStatusBadge, OrderStatusBadge } from "~/components/orders/status";
import { formatDate } from "~/lib/dates";
import { api } from "~/server/api";
import { requireIdentity } from "~/server/session";

export const metadata: Metadata = { title: "Your orders · Atelier" };

export default async function OrdersPage({ searchParams }: { searchParams: Promise<{ cursor?: string }> }) {
  await requireIdentity("/orders");
  const { cursor } = await searchParams;
  const caller = await api();
  const { items, nextCursor } = await caller.order.list({ cursor: cursor?.slice(0, 128) || undefined, limit: 20 });
  const certificates = cursor ? [] : await caller.certificate.mine();
  const downloads = cursor ? null : await caller.download.mine();
  return (
    <div className={containerClass("pt-10 pb-20")}>
      <p className="text-xs font-semibold uppercase tracking-[0.2em] text-accent">Your collection</p>
      <h1 className="mt-2 text-4xl sm:text-5xl">Orders</h1>
      {downloads ? <DownloadsSection downloads={downloads.downloads} ttlSeconds={downloads.linkTtlSeconds} /> : null}
      {items.length === 0 ? (
        <EmptyState>
          {cursor ? "No more orders." : "You haven't bought anything yet."}{" "}
          <Link href="/gallery" className="text-ink underline underline-offset-4">
            Browse the gallery
          </Link>
        </EmptyState>
      ) : (
        <ul className="mt-8 space-y-4" data-testid="orders">
          {items.map((o) => (
            <li key={o.id}>
              <Link href={`/orders/${o.id}`} className="block rounded-2xl border border-line bg-white/70 p-4 transition-colors hover:border-ink/40 sm:p-6">
                <div className="flex flex-wrap items-baseline justify-between gap-2">
                  <span className="font-mono text-sm text-ink">{o.number}</span>
                  <span className="flex items-center gap-3 text-sm text-ink-soft">
                    {formatDate(o.paidAt)}
                    <OrderStatusBadge status={o.status} />
                  </span>
                </div>
                <ul className="mt-4 space-y-3">
                  {o.items.map((i) => (
                    <li key={i.id} className="flex items-center gap-3">
                      {i.thumbnailKey ? (
                        <img src={mediaUrl(i.thumbnailKey)} alt="" className="size-12 shrink-0 rounded-lg object-cover" />
                      ) : (
                        <span className="size-12 shrink-0 rounded-lg bg-paper-deep" aria-hidden />
                      )}
                      <span className="min-w-0 flex-1">
                        <span className="block truncate text-ink">{i.title}</span>
                        <span className="block truncate text-xs text-muted">{i.artist?.displayName}</span>
                      </span>
                      <ItemStatusBadge status={i.status} />
                    </li>
                  ))}
                </ul>
                <p className="mt-4 text-right text-sm font-medium text-ink">{formatMoney(o.totalAmount, o.currency)}</p>
              </Link>
            </li>
          ))}
        </ul>
      )}
      {certificates.length ? (
        <section className="mt-10" aria-labelledby="certificates">
          <h2 id="certificates" className="text-2xl">
            Your certificates
          </h2>
          <ul className="mt-4 grid gap-3 sm:grid-cols-2" data-testid="certificates">
            {certificates.map((c) => (
              <li key={c.serial}>
                <Link href={`/certificates/${c.serial}`} className="block rounded-2xl border border-line bg-white/70 p-4 hover:border-ink/40">
                  <span className="block truncate text-ink">{c.title}</span>
                  <span className="block text-sm text-ink-soft">
                    {c.editionLabel} · <span className="font-mono text-xs">{c.serial}</span>
                  </span>
                </Link>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      {nextCursor ? (
        <div className="mt-8 text-center">
          <Link href={`/orders?cursor=${encodeURIComponent(nextCursor)}`} className={buttonClass("secondary")}>
            Older orders
          </Link>
        </div>
      ) : null}
    </div>
  );
}
