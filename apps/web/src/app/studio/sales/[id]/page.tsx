import { formatMoney } from "@atelier/core/money";
import { containerClass } from "@atelier/ui";
import type { Metadata } from "next";
import Link from "next/link";
import { ItemStatusBadge, ShippingAddress, StatusTimeline } from "~/components/orders/status";
import { formatDate, formatDateTime } from "~/lib/dates";
import { orNotFound } from "~/lib/not-found";
import { api } from "~/server/api";
import { CertificateLinks } from "~/components/certificates/certificate-links";
import { RefundForm } from "~/components/refunds/refund-form";
import { MarkShippedForm } from "../mark-shipped-form";

export const metadata: Metadata = { title: "Studio · Sale" };

export default async function SalePage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const caller = await api();
  const sale = await orNotFound(caller.sales.byId({ orderItemId: id.slice(0, 64) }));
  const certificates = await caller.certificate.ofSale({ orderItemId: sale.id });
  const money = (n: number) => formatMoney(n, sale.currency);
  return (
    <div className={containerClass("py-10")}>
      <Link href="/studio/sales" className="text-sm text-ink-soft hover:text-ink">
        ← All sales
      </Link>
      <div className="mt-3 flex flex-wrap items-center gap-3">
        <h1 className="text-3xl sm:text-4xl">{sale.title}</h1>
        <ItemStatusBadge status={sale.status} />
      </div>
      <p className="mt-2 text-sm text-ink-soft">
        Order <span className="font-mono">{sale.orderNumber}</span> · paid {formatDateTime(sale.paidAt)} · bought by {sale.buyerName}
      </p>

      <div className="mt-8 grid gap-8 lg:grid-cols-[1fr_20rem]">
        <div className="space-y-6">
          <section className="rounded-2xl border border-line bg-white/70 p-5 sm:p-6" aria-labelledby="progress">
            <h2 id="progress" className="text-lg">
              Shipping
            </h2>
            <div className="mt-4">
              <StatusTimeline status={sale.status} paidAt={sale.paidAt} shippedAt={sale.shippedAt} deliveredAt={sale.deliveredAt} />
            </div>
            {sale.carrier ? (
              <p className="mt-4 text-sm">
                {sale.carrier} · tracking <span className="font-mono break-all">{sale.trackingNumber}</span>
              </p>
            ) : null}
            {sale.canMarkShipped ? (
              <div className="mt-6 border-t border-line pt-6">
                <MarkShippedForm orderItemId={sale.id} />
              </div>
            ) : null}
            {sale.status === "PAID" && sale.totalAmount > sale.refundedAmount ? (
              <details className="mt-6 border-t border-line pt-6">
                <summary className="cursor-pointer text-sm font-medium">Refund the buyer (before shipping)</summary>
                <p className="mt-2 text-sm text-ink-soft">Your share of a refund comes off this sale; once shipped, ask us to refund.</p>
                <div className="mt-3">
                  <RefundForm orderItemId={sale.id} currency={sale.currency} leftToRefund={sale.totalAmount - sale.refundedAmount} />
                </div>
              </details>
            ) : null}
          </section>
          {certificates.length ? (
            <section className="rounded-2xl border border-line bg-white/70 p-5" aria-labelledby="certificates">
              <h2 id="certificates" className="text-lg">
                Certificates of authenticity
              </h2>
              <p className="mt-1 text-sm text-ink-soft">Issued to the buyer when the sale was paid, signed by Atelier.</p>
              <CertificateLinks certificates={certificates} />
            </section>
          ) : null}
          {sale.refunds.length ? (
            <section className="rounded-2xl border border-line bg-white/70 p-5" aria-labelledby="refunds">
              <h2 id="refunds" className="text-lg">
                Refunds
              </h2>
              <ul className="mt-3 space-y-2 text-sm">
                {sale.refunds.map((r) => (
                  <li key={r.id} className="flex justify-between gap-4">
                    <span>
                      {formatDate(r.processedAt ?? r.createdAt)} · {r.status === "SUCCEEDED" ? "refunded" : "in progress"}
                    </span>
                    <span>{money(r.amount)}</span>
                  </li>
                ))}
              </ul>
            </section>
          ) : null}
        </div>
        <aside className="space-y-6">
          <section className="rounded-2xl border border-line bg-white/70 p-5" aria-labelledby="ship-to">
            <h2 id="ship-to" className="text-lg">
              Ship to
            </h2>
            <div className="mt-3">
              <ShippingAddress value={sale.shippingAddress} />
            </div>
          </section>
          <section className="rounded-2xl border border-line bg-white/70 p-5" aria-labelledby="split">
            <h2 id="split" className="text-lg">
              Your share
            </h2>
            <dl className="mt-3 space-y-1.5 text-sm">
              <div className="flex justify-between gap-4">
                <dt className="text-ink-soft">Price{sale.quantity > 1 ? ` (${sale.quantity} ×)` : ""}</dt>
                <dd>{money(sale.subtotalAmount)}</dd>
              </div>
              <div className="flex justify-between gap-4">
                <dt className="text-ink-soft">Commission ({sale.commissionBps / 100}%)</dt>
                <dd>−{money(sale.commissionAmount)}</dd>
              </div>
              <div className="flex justify-between gap-4">
                <dt className="text-ink-soft">Shipping (yours)</dt>
                <dd>{money(sale.shippingAmount)}</dd>
              </div>
              <div className="flex justify-between gap-4 border-t border-line pt-2 font-medium">
                <dt>You receive</dt>
                <dd>{money(sale.artistAmount)}</dd>
              </div>
            </dl>
          </section>
        </aside>
      </div>
    </div>
  );
}
