import { formatMoney } from "@atelier/core/money";
import { containerClass } from "@atelier/ui";
import type { Metadata } from "next";
import Link from "next/link";
import { mediaUrl } from "~/components/artwork-picture";
import { CertificateLinks } from "~/components/certificates/certificate-links";
import { ConfirmReceiptButton } from "~/components/orders/confirm-receipt-button";
import { ItemStatusBadge, OrderStatusBadge, ShippingAddress, StatusTimeline } from "~/components/orders/status";
import { formatDate, formatDateTime } from "~/lib/dates";
import { orNotFound } from "~/lib/not-found";
import { api } from "~/server/api";
import { requireIdentity } from "~/server/session";

export const metadata: Metadata = { title: "Order · Atelier" };

export default async function OrderPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  await requireIdentity(`/orders/${id}`);
  const caller = await api();
  const order = await orNotFound(caller.order.byId({ id: id.slice(0, 64) }));
  const certificates = await caller.certificate.mine();
  const money = (n: number) => formatMoney(n, order.currency);
  return (
    <div className={containerClass("pt-10 pb-20")}>
      <Link href="/orders" className="text-sm text-ink-soft hover:text-ink">
        ← All orders
      </Link>
      <div className="mt-3 flex flex-wrap items-center gap-3">
        <h1 className="font-mono text-3xl sm:text-4xl">{order.number}</h1>
        <OrderStatusBadge status={order.status} />
      </div>
      <p className="mt-2 text-sm text-ink-soft">Paid {formatDateTime(order.paidAt)}</p>

      <div className="mt-8 grid gap-8 lg:grid-cols-[1fr_18rem]">
        <section aria-labelledby="items">
          <h2 id="items" className="sr-only">
            Items
          </h2>
          <ul className="space-y-4">
            {order.items.map((i) => (
              <li key={i.id} className="rounded-2xl border border-line bg-white/70 p-4 sm:p-6" data-testid="order-item">
                <div className="flex gap-4">
                  {i.thumbnailKey ? (
                    <img src={mediaUrl(i.thumbnailKey)} alt={i.thumbnailAlt} className="size-20 shrink-0 rounded-lg object-cover" />
                  ) : (
                    <span className="size-20 shrink-0 rounded-lg bg-paper-deep" aria-hidden />
                  )}
                  <div className="min-w-0 flex-1">
                    <Link href={`/artworks/${i.artworkSlug}`} className="block text-lg break-words text-ink hover:underline">
                      {i.title}
                    </Link>
                    {i.artist ? (
                      <Link href={`/artists/${i.artist.slug}`} className="block truncate text-sm text-ink-soft hover:text-ink">
                        {i.artist.displayName}
                      </Link>
                    ) : null}
                    <p className="mt-1 text-sm text-ink-soft">
                      {i.quantity > 1 ? `${i.quantity} × ${money(i.unitAmount)} · ` : ""}
                      {money(i.subtotalAmount)}
                      {i.shippingAmount ? ` + ${money(i.shippingAmount)} shipping` : ""}
                    </p>
                  </div>
                </div>
                <div className="mt-3">
                  <ItemStatusBadge status={i.status} />
                </div>
                <div className="mt-4">
                  <StatusTimeline status={i.status} paidAt={order.paidAt} shippedAt={i.shippedAt} deliveredAt={i.deliveredAt} />
                </div>
                {i.product ? (
                  <p className="mt-2 text-sm text-ink-soft">
                    {i.product.store ? `Sold by ${i.product.store.name}` : "From the artist's own shop"}
                    {i.product.fulfilment === "PRINT_LAB" ? " · made to order by Atelier's print lab" : " · a digital download"}
                  </p>
                ) : null}
                {i.carrier && i.trackingNumber ? (
                  <p className="mt-3 text-sm text-ink" data-testid="tracking">
                    {i.carrier} · tracking{" "}
                    {i.product?.trackingUrl ? (
                      <a href={i.product.trackingUrl} className="font-mono break-all underline underline-offset-2" rel="noreferrer" target="_blank">
                        {i.trackingNumber}
                      </a>
                    ) : (
                      <span className="font-mono break-all">{i.trackingNumber}</span>
                    )}
                  </p>
                ) : i.status === "PAID" && i.product?.fulfilment === "DIGITAL" ? (
                  <p className="mt-3 text-sm text-ink-soft">
                    Yours to download from{" "}
                    <Link href="/orders" className="underline underline-offset-2">
                      your orders
                    </Link>
                    .
                  </p>
                ) : i.status === "PAID" && i.product ? (
                  <p className="mt-3 text-sm text-ink-soft" data-testid="lab-status">
                    {i.product.labStatus === "IN_PRODUCTION" ? "The print lab is making it." : "The print lab has your order and will make it shortly."}
                  </p>
                ) : i.status === "PAID" ? (
                  <p className="mt-3 text-sm text-ink-soft">The artist is preparing it for shipping.</p>
                ) : null}
                {i.refundedAmount > 0 ? <p className="mt-2 text-sm text-accent-deep">Refunded {money(i.refundedAmount)}</p> : null}
                <CertificateLinks certificates={certificates.filter((c) => c.orderItemId === i.id)} />
                <div className="mt-4 flex flex-wrap items-center gap-3">
                  {i.canConfirmDelivery ? <ConfirmReceiptButton orderItemId={i.id} title={i.title} /> : null}
                </div>
              </li>
            ))}
          </ul>
        </section>

        <aside className="space-y-6">
          <section aria-labelledby="totals" className="rounded-2xl border border-line bg-white/70 p-5">
            <h2 id="totals" className="text-lg">
              Summary
            </h2>
            <dl className="mt-3 space-y-1.5 text-sm">
              <div className="flex justify-between gap-4">
                <dt className="text-ink-soft">Items</dt>
                <dd>{money(order.itemsAmount)}</dd>
              </div>
              <div className="flex justify-between gap-4">
                <dt className="text-ink-soft">Shipping</dt>
                <dd>{money(order.shippingAmount)}</dd>
              </div>
              <div className="flex justify-between gap-4 border-t border-line pt-2 font-medium">
                <dt>Total paid</dt>
                <dd>{money(order.totalAmount)}</dd>
              </div>
              {order.refundedAmount > 0 ? (
                <div className="flex justify-between gap-4 text-accent-deep">
                  <dt>Refunded</dt>
                  <dd>−{money(order.refundedAmount)}</dd>
                </div>
              ) : null}
            </dl>
          </section>
          <section aria-labelledby="ship-to" className="rounded-2xl border border-line bg-white/70 p-5">
            <h2 id="ship-to" className="text-lg">
              Shipping to
            </h2>
            <div className="mt-3">
              <ShippingAddress value={order.shippingAddress} />
            </div>
          </section>
          {order.refunds.length ? (
            <section aria-labelledby="refunds" className="rounded-2xl border border-line bg-white/70 p-5">
              <h2 id="refunds" className="text-lg">
                Refunds
              </h2>
              <ul className="mt-3 space-y-2 text-sm">
                {order.refunds.map((r) => (
                  <li key={r.id} className="flex justify-between gap-4">
                    <span>
                      {formatDate(r.processedAt ?? r.createdAt)} · {r.status === "SUCCEEDED" ? "refunded" : "in progress"}
                      {r.reason ? <span className="block text-xs text-muted">{r.reason}</span> : null}
                    </span>
                    <span>{money(r.amount)}</span>
                  </li>
                ))}
              </ul>
            </section>
          ) : null}
        </aside>
      </div>
    </div>
  );
}
