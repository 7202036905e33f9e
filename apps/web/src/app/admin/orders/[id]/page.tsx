import { formatMoney } from "@atelier/core/money";
import { containerClass } from "@atelier/ui";
import type { Metadata } from "next";
import Link from "next/link";
import { AdminEyebrow, shortDateTime } from "~/components/admin/operations";
import { ItemStatusBadge, OrderStatusBadge, ShippingAddress } from "~/components/orders/status";
import { RefundForm } from "~/components/refunds/refund-form";
import { orNotFound } from "~/lib/not-found";
import { api } from "~/server/api";

export const metadata: Metadata = { title: "Admin · Order" };

export default async function AdminOrderPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const o = await orNotFound((await api()).admin.order.byId({ id: id.slice(0, 64) }));
  const m = (n: number) => formatMoney(n, o.currency);
  const box = "rounded-2xl border border-line bg-white/70 p-5";
  return (
    <div className={containerClass("py-12")}>
      <AdminEyebrow />
      <Link href="/admin/orders" className="mt-2 block text-sm text-ink-soft hover:text-ink">
        ← Orders
      </Link>
      <div className="mt-2 flex flex-wrap items-center gap-3">
        <h1 className="font-mono text-3xl sm:text-4xl">{o.number}</h1>
        <OrderStatusBadge status={o.status} />
        {o.disputed ? <span className="text-sm text-accent-deep">Disputed</span> : null}
      </div>
      <p className="mt-2 text-sm text-ink-soft">
        {o.buyer.name} · <span className="break-all">{o.buyer.email}</span> · created {shortDateTime(o.createdAt)} · paid {shortDateTime(o.paidAt)}
      </p>

      <div className="mt-8 grid gap-6 lg:grid-cols-3">
        <section className={box}>
          <h2 className="text-lg">Money</h2>
          <dl className="mt-3 space-y-1.5 text-sm">
            {(
              [
                ["Items", m(o.itemsAmount)],
                ["Shipping", m(o.shippingAmount)],
                ["Total charged", m(o.totalAmount)],
                ["Commission", m(o.commissionAmount)],
                ["Stripe fee", o.stripeFeeAmount === null ? "—" : `−${m(o.stripeFeeAmount)}`],
                ["Platform net", o.stripeFeeAmount === null ? "—" : m(o.commissionAmount - o.stripeFeeAmount)],
              ] as const
            ).map(([k, v]) => (
              <div key={k} className="flex justify-between gap-3">
                <dt className="text-ink-soft">{k}</dt>
                <dd>{v}</dd>
              </div>
            ))}
          </dl>
          <p className="mt-3 break-all font-mono text-xs text-muted">{o.stripeChargeId ?? "no charge yet"}</p>
        </section>
        <section className={box}>
          <h2 className="text-lg">Ship to</h2>
          <div className="mt-3">
            <ShippingAddress value={o.shippingAddress} />
          </div>
        </section>
        <section className={box}>
          <h2 className="text-lg">Transfers</h2>
          {o.transfers.length === 0 ? (
            <p className="mt-3 text-sm text-muted">None yet.</p>
          ) : (
            <ul className="mt-3 space-y-2 text-sm">
              {o.transfers.map((t) => (
                <li key={t.id} className="flex justify-between gap-3">
                  <span className="min-w-0 break-all">
                    {t.recipient.name} · {t.status.toLowerCase()}
                    {t.parkedReason ? <span className="block text-xs text-muted">{t.parkedReason}</span> : null}
                  </span>
                  <span className="shrink-0">{m(t.amount)}</span>
                </li>
              ))}
            </ul>
          )}
        </section>
      </div>

      <section className="mt-8">
        <h2 className="text-2xl">Items</h2>
        <ul className="mt-4 space-y-3">
          {o.items.map((i) => (
            <li key={i.id} className={box}>
              <div className="flex flex-wrap items-center justify-between gap-2">
                <Link href={`/artworks/${i.artworkSlug}`} className="font-medium hover:underline">
                  {i.title}
                </Link>
                <ItemStatusBadge status={i.status} />
              </div>
              <p className="mt-1 text-sm text-ink-soft">
                {i.artist?.displayName} · {i.quantity} × {m(i.unitAmount)} + {m(i.shippingAmount)} shipping · commission {i.commissionBps / 100}% ={" "}
                {m(i.commissionAmount)} · artist {m(i.artistAmount)}
                {i.refundedAmount ? ` · refunded ${m(i.refundedAmount)}` : ""}
              </p>
              {i.trackingNumber ? (
                <p className="mt-1 text-sm">
                  {i.carrier} <span className="font-mono break-all">{i.trackingNumber}</span>
                </p>
              ) : null}
              {["PAID", "SHIPPED", "DELIVERED"].includes(i.status) && i.subtotalAmount + i.shippingAmount > i.refundedAmount ? (
                <details className="mt-3 border-t border-line pt-3">
                  <summary className="cursor-pointer text-sm font-medium">Refund this item</summary>
                  <div className="mt-3">
                    <RefundForm orderItemId={i.id} currency={o.currency} leftToRefund={i.subtotalAmount + i.shippingAmount - i.refundedAmount} />
                  </div>
                </details>
              ) : null}
            </li>
          ))}
        </ul>
      </section>

      <section className="mt-8">
        <h2 className="text-2xl">Refunds</h2>
        {o.refunds.length === 0 ? (
          <p className="mt-3 text-sm text-muted">No refunds.</p>
        ) : (
          <ul className="mt-3 space-y-2 text-sm">
            {o.refunds.map((r) => (
              <li key={r.id} className="flex flex-wrap justify-between gap-3">
                <span>
                  {shortDateTime(r.createdAt)} · {r.status.toLowerCase()} · {r.source.toLowerCase()} · artist {m(r.artistAmount)} / platform{" "}
                  {m(r.platformAmount)}
                  {r.debtAmount ? ` · debt ${m(r.debtAmount)}` : ""}
                </span>
                <span>{m(r.amount)}</span>
              </li>
            ))}
          </ul>
        )}
      </section>

      <section className="mt-8">
        <h2 className="text-2xl">Ledger lines</h2>
        <ul className="mt-3 divide-y divide-line rounded-2xl border border-line bg-white/70 text-sm">
          {o.ledgerEntries.map((l) => (
            <li key={l.id} className="flex flex-wrap justify-between gap-3 px-4 py-2">
              <span>
                {l.payee === "PLATFORM" ? "Platform" : "Artist"} · {l.kind.replace("_", " ").toLowerCase()}
                <span className="ml-2 text-xs text-muted">{shortDateTime(l.createdAt)}</span>
              </span>
              <span className="font-mono">{m(l.amount)}</span>
            </li>
          ))}
        </ul>
      </section>
    </div>
  );
}
