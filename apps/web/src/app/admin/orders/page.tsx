import { formatMoney } from "@atelier/core/money";
import { buttonClass, cn, containerClass } from "@atelier/ui";
import type { Metadata } from "next";
import Link from "next/link";
import { AdminEyebrow, shortDateTime } from "~/components/admin/operations";
import { EmptyState } from "~/components/orders/empty-state";
import { OrderStatusBadge } from "~/components/orders/status";
import { stacked } from "~/components/stacked-table";
import { api } from "~/server/api";

export const metadata: Metadata = { title: "Admin · Orders" };

const STATUSES = ["PAID", "REFUNDED", "AWAITING_PAYMENT", "EXPIRED", "CANCELLED"] as const;
type Status = (typeof STATUSES)[number];

export default async function AdminOrdersPage({ searchParams }: { searchParams: Promise<{ q?: string; status?: string; cursor?: string }> }) {
  const sp = await searchParams;
  const q = sp.q?.trim().slice(0, 200) || undefined;
  const status = (STATUSES as readonly string[]).includes(sp.status ?? "") ? (sp.status as Status) : undefined;
  const { items, nextCursor } = await (await api()).admin.order.list({ q, status, cursor: sp.cursor?.slice(0, 128) || undefined, limit: 50 });
  const href = (p: Record<string, string | undefined | null>) =>
    `/admin/orders?${new URLSearchParams(Object.entries(p).filter((e): e is [string, string] => !!e[1]))}`;
  return (
    <div className={containerClass("py-12")}>
      <AdminEyebrow />
      <h1 className="mt-2 text-4xl">Orders</h1>
      <form method="get" action="/admin/orders" className="mt-6 flex flex-col gap-3 sm:flex-row" role="search">
        <label className="sr-only" htmlFor="order-q">
          Search orders
        </label>
        <input
          id="order-q"
          name="q"
          defaultValue={q}
          placeholder="Order number, buyer email or name, artwork title"
          className="min-w-0 flex-1 rounded-lg border border-line bg-white px-3.5 py-2.5 text-ink"
        />
        <label className="sr-only" htmlFor="order-status">
          Status
        </label>
        <select id="order-status" name="status" defaultValue={status ?? ""} className="rounded-lg border border-line bg-white px-3 py-2.5 text-ink">
          <option value="">Any status</option>
          {STATUSES.map((s) => (
            <option key={s} value={s}>
              {s.replace("_", " ").toLowerCase()}
            </option>
          ))}
        </select>
        <button type="submit" className={buttonClass()}>
          Search
        </button>
      </form>
      {items.length === 0 ? (
        <EmptyState>{q || status ? "No orders match." : "No orders yet."}</EmptyState>
      ) : (
        <div className="mt-6 overflow-x-auto rounded-2xl border border-line bg-white/70">
          <table className={stacked.table} data-testid="admin-orders">
            <thead className={stacked.head}>
              <tr>
                <th className="px-4 py-3 font-medium">Order</th>
                <th className="px-4 py-3 font-medium">Buyer</th>
                <th className="px-4 py-3 font-medium">Status</th>
                <th className="px-4 py-3 font-medium">Created</th>
                <th className="px-4 py-3 text-right font-medium">Total</th>
              </tr>
            </thead>
            <tbody className={stacked.body}>
              {items.map((o) => (
                <tr key={o.id} className={cn(stacked.row, "hover:bg-paper-deep/40")}>
                  <td className={cn(stacked.cell, stacked.wide)}>
                    <Link href={`/admin/orders/${o.id}`} className="font-mono font-medium text-ink hover:underline">
                      {o.number}
                    </Link>
                    <div className="text-xs text-muted">
                      {o._count.items} {o._count.items === 1 ? "item" : "items"}
                      {o.disputed ? " · disputed" : ""}
                    </div>
                  </td>
                  <td className={cn(stacked.cell, "min-w-0 break-all")}>{o.buyer.email}</td>
                  <td className={stacked.cell}>
                    <OrderStatusBadge status={o.status} />
                  </td>
                  <td className={cn(stacked.cell, "text-ink-soft")}>{shortDateTime(o.createdAt)}</td>
                  <td className={cn(stacked.cell, "md:text-right")}>{formatMoney(o.totalAmount, o.currency)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {nextCursor ? (
        <div className="mt-6 text-center">
          <Link href={href({ q, status, cursor: nextCursor })} className={buttonClass("secondary")}>
            Older orders
          </Link>
        </div>
      ) : null}
    </div>
  );
}
