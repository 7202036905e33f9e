import { formatMoney } from "@atelier/core/money";
import { buttonClass, cn, containerClass } from "@atelier/ui";
import type { Metadata } from "next";
import Link from "next/link";
import { EmptyState } from "~/components/orders/empty-state";
import { ItemStatusBadge } from "~/components/orders/status";
import { stacked } from "~/components/stacked-table";
import { formatDate } from "~/lib/dates";
import { api } from "~/server/api";

export const metadata: Metadata = { title: "Studio · Sales" };

const FILTERS = [
  { key: "", label: "All" },
  { key: "PAID", label: "To ship" },
  { key: "SHIPPED", label: "Shipped" },
  { key: "DELIVERED", label: "Delivered" },
  { key: "REFUNDED", label: "Refunded" },
] as const;
type Status = "PAID" | "SHIPPED" | "DELIVERED" | "REFUNDED";

export default async function SalesPage({ searchParams }: { searchParams: Promise<{ status?: string; cursor?: string }> }) {
  const sp = await searchParams;
  const status = FILTERS.some((f) => f.key && f.key === sp.status) ? (sp.status as Status) : undefined;
  const { items, nextCursor, toShip } = await (await api()).sales.list({ status, cursor: sp.cursor?.slice(0, 128) || undefined, limit: 25 });
  const href = (q: { status?: string; cursor?: string | null }) =>
    `/studio/sales?${new URLSearchParams(Object.entries(q).filter((e): e is [string, string] => !!e[1]))}`;
  return (
    <div className={containerClass("py-10")}>
      <h1 className="text-4xl">Sales</h1>
      <p className="mt-2 text-ink-soft">
        {toShip ? `${toShip} ${toShip === 1 ? "item is" : "items are"} waiting to be shipped.` : "Nothing is waiting to be shipped."} Only your own works are
        listed, also when a buyer bought from several artists at once.
      </p>
      <nav aria-label="Filter by status" className="mt-6 flex flex-wrap gap-2">
        {FILTERS.map((f) => (
          <Link
            key={f.key}
            href={href({ status: f.key })}
            aria-current={(status ?? "") === f.key ? "page" : undefined}
            className={cn(
              "rounded-full border px-4 py-1.5 text-sm",
              (status ?? "") === f.key ? "border-ink bg-ink text-paper" : "border-line bg-white/70 text-ink-soft hover:border-ink/40",
            )}
          >
            {f.label}
          </Link>
        ))}
      </nav>
      {items.length === 0 ? (
        <EmptyState>{status ? "No sales with this status." : "No sales yet. Each sale of your work will appear here, ready for you to ship."}</EmptyState>
      ) : (
        <div className="mt-6 overflow-x-auto rounded-2xl border border-line bg-white/70">
          <table className={stacked.table} data-testid="sales">
            <thead className={stacked.head}>
              <tr>
                <th className="px-4 py-3 font-medium">Work</th>
                <th className="px-4 py-3 font-medium">Order</th>
                <th className="px-4 py-3 font-medium">Status</th>
                <th className="px-4 py-3 text-right font-medium">Your share</th>
              </tr>
            </thead>
            <tbody className={stacked.body}>
              {items.map((s) => (
                <tr key={s.id} className={stacked.row}>
                  <td className={cn(stacked.cell, stacked.wide)}>
                    <Link href={`/studio/sales/${s.id}`} className="font-medium text-ink hover:underline">
                      {s.title}
                    </Link>
                    <div className="text-xs text-muted">
                      {s.quantity > 1 ? `${s.quantity} × ` : ""}
                      {formatDate(s.paidAt)} · to {s.shipTo}
                    </div>
                  </td>
                  <td className={cn(stacked.cell, "font-mono text-xs")}>{s.orderNumber}</td>
                  <td className={stacked.cell}>
                    <ItemStatusBadge status={s.status} />
                  </td>
                  <td className={cn(stacked.cell, "md:text-right")}>
                    <span className={stacked.label}>Your share</span>
                    {formatMoney(s.artistAmount, s.currency)}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {nextCursor ? (
        <div className="mt-6 text-center">
          <Link href={href({ status, cursor: nextCursor })} className={buttonClass("secondary")}>
            More sales
          </Link>
        </div>
      ) : null}
    </div>
  );
}
