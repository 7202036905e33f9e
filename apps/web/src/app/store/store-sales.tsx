import type { RouterOutputs } from "@atelier/api";
import { formatMoney } from "@atelier/core/money";
import { formatDate } from "~/lib/dates";

type Report = RouterOutputs["store"]["sales"];

const FULFILMENT: Record<string, string> = {
  PENDING: "waiting for the lab",
  CREATED: "at the lab",
  IN_PRODUCTION: "being made",
  SHIPPED: "shipped",
  DELIVERED: "delivered",
  CANCELLED: "lab order cancelled",
  FAILED: "the lab could not make it",
};

/** The store's sales (each split as it was at checkout), what was sent to its Stripe account, and its ledger. */
export function StoreSales({ report }: { report: Report }) {
  if (report.totals.length === 0) {
    return (
      <p className="rounded-2xl border border-dashed border-line px-6 py-8 text-center text-sm text-ink-soft">
        No sales yet. They appear here the moment a buyer pays.
      </p>
    );
  }
  return (
    <div className="space-y-6" data-testid="store-sales">
      <div className="grid gap-3 sm:grid-cols-2">
        {report.totals.map((t) => {
          const m = (n: number) => formatMoney(n, t.currency);
          const rows: [string, string][] = [
            [`Sales (${t.units} products, ${t.orders} orders)`, m(t.chargedAmount)],
            ["Your share", m(t.storeAmount)],
            ...(t.refundedStoreAmount ? ([["Given back with refunds", `−${m(t.refundedStoreAmount)}`]] as [string, string][]) : []),
            ["Sent to your Stripe account", m(t.transferredAmount)],
            ["Not yet sent", m(t.balanceAmount)],
          ];
          return (
            <dl key={t.currency} className="space-y-1.5 rounded-2xl border border-line bg-white/70 p-5 text-sm" data-testid={`store-totals-${t.currency}`}>
              <p className="text-xs font-semibold uppercase tracking-[0.2em] text-muted">{t.currency}</p>
              {rows.map(([k, v]) => (
                <div key={k} className="flex justify-between gap-3">
                  <dt className="text-ink-soft">{k}</dt>
                  <dd className="shrink-0 font-medium">{v}</dd>
                </div>
              ))}
            </dl>
          );
        })}
      </div>
      <div className="overflow-x-auto rounded-2xl border border-line bg-white/70">
        <table className="w-full min-w-[40rem] text-left text-sm">
          <caption className="px-4 pt-3 text-left text-xs uppercase tracking-wider text-muted">Latest sales: how each charge divided</caption>
          <thead className="text-xs uppercase tracking-wider text-muted">
            <tr>
              <th className="px-4 py-2 font-medium">Product</th>
              <th className="px-4 py-2 text-right font-medium">Charged</th>
              <th className="px-4 py-2 text-right font-medium">Print lab</th>
              <th className="px-4 py-2 text-right font-medium">Artist</th>
              <th className="px-4 py-2 text-right font-medium">Atelier</th>
              <th className="px-4 py-2 text-right font-medium">You</th>
            </tr>
          </thead>
          <tbody className="divide-y divide-line">
            {report.sales.map((s) => {
              const m = (n: number) => formatMoney(n, s.currency);
              return (
                <tr key={s.id} data-testid="store-sale">
                  <td className="px-4 py-2">
                    {s.title}
                    {s.quantity > 1 ? ` × ${s.quantity}` : ""}
                    <span className="block text-xs text-muted">
                      {s.orderNumber} · {s.paidAt ? formatDate(s.paidAt) : ""} ·{" "}
                      {s.status === "REFUNDED" ? "refunded" : s.fulfilment ? FULFILMENT[s.fulfilment.status] : s.printed ? "going to the lab" : "download"}
                      {s.fulfilment?.trackingNumber ? ` · ${s.fulfilment.carrier ?? ""} ${s.fulfilment.trackingNumber}` : ""}
                    </span>
                  </td>
                  <td className="px-4 py-2 text-right">
                    {m(s.chargedAmount + s.shippingAmount)}
                    {s.shippingAmount ? <span className="block text-xs text-muted">incl. {m(s.shippingAmount)} shipping</span> : null}
                  </td>
                  <td className="px-4 py-2 text-right">{m(s.labAmount)}</td>
                  <td className="px-4 py-2 text-right">{m(s.royaltyAmount)}</td>
                  <td className="px-4 py-2 text-right">{m(s.platformFeeAmount)}</td>
                  <td className="px-4 py-2 text-right font-medium" data-testid="store-sale-share">
                    {m(s.storeAmount)}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
      <details className="rounded-2xl border border-line bg-white/70 p-4 text-sm">
        <summary className="cursor-pointer font-medium">Ledger (latest {report.ledger.length} lines)</summary>
        <ul className="mt-3 divide-y divide-line">
          {report.ledger.map((l) => (
            <li key={l.id} className="flex justify-between gap-3 py-1.5">
              <span className="text-ink-soft">
                {formatDate(l.createdAt)} · {l.kind.toLowerCase()} · {l.memo}
              </span>
              <span className="shrink-0">{formatMoney(l.amount, l.currency)}</span>
            </li>
          ))}
        </ul>
      </details>
    </div>
  );
}
