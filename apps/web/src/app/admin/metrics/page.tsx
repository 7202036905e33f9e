import { formatMoney } from "@atelier/core/money";
import { cn, containerClass } from "@atelier/ui";
import type { Metadata } from "next";
import Link from "next/link";
import { AdminEyebrow } from "~/components/admin/operations";
import { EmptyState } from "~/components/orders/empty-state";
import { formatDate } from "~/lib/dates";
import { api } from "~/server/api";
import { MonthlySalesChart, TopArtworksChart } from "./charts";

export const metadata: Metadata = { title: "Admin · Metrics" };

const RANGES = [3, 6, 12, 24] as const;

/** "12.34%" from basis points, by string arithmetic. */
const percent = (bps: number) => `${Math.floor(bps / 100)}.${String(bps % 100).padStart(2, "0")}%`;

export default async function AdminMetricsPage({ searchParams }: { searchParams: Promise<{ months?: string }> }) {
  const sp = await searchParams;
  const months = (RANGES as readonly number[]).includes(Number(sp.months)) ? Number(sp.months) : 12;
  const caller = await api();
  const [summary, monthly, top] = await Promise.all([
    caller.admin.metrics.summary({ months }),
    caller.admin.metrics.monthly({ months }),
    caller.admin.metrics.topArtworks({ months, limit: 10 }),
  ]);
  return (
    <div className={containerClass("py-12")}>
      <AdminEyebrow />
      <div className="mt-2 flex flex-wrap items-end justify-between gap-4">
        <div>
          <h1 className="text-4xl">Metrics</h1>
          <p className="mt-2 text-sm text-ink-soft">
            {formatDate(summary.from)} – {formatDate(summary.to)} · each currency on its own, never added together
          </p>
        </div>
        <nav aria-label="Period" className="flex flex-wrap gap-2">
          {RANGES.map((r) => (
            <Link
              key={r}
              href={`/admin/metrics?months=${r}`}
              aria-current={r === months ? "page" : undefined}
              className={cn("rounded-full border px-3 py-1 text-sm", r === months ? "border-ink bg-ink text-paper" : "border-line bg-white/70 text-ink-soft")}
            >
              {r} months
            </Link>
          ))}
        </nav>
      </div>

      {summary.currencies.length === 0 ? (
        <EmptyState>No orders in this period yet.</EmptyState>
      ) : (
        summary.currencies.map((c) => {
          const m = (n: number) => formatMoney(n, c.currency);
          const series = monthly.series.find((s) => s.currency === c.currency);
          const artworks = top.currencies.find((t) => t.currency === c.currency)?.artworks ?? [];
          const tiles: [string, string, string?][] = [
            ["GMV", m(c.gmvAmount), "what buyers paid, shipping included"],
            [
              "Net revenue",
              m(c.netRevenueAmount),
              `commission ${m(c.commissionAmount)} − Stripe fees ${m(c.stripeFeeAmount)} − refunds' platform part ${m(c.refundPlatformAmount)}`,
            ],
            ["Paid orders", String(c.orders)],
            ["Average order", m(c.averageOrderAmount)],
            ["Checkout → paid", percent(c.conversionBps), `${c.ordersConverted} of ${c.ordersCreated} checkouts`],
            ["Refunded", m(c.refundedAmount), `${c.refunds} refunds`],
          ];
          const lic = summary.licensed.find((l) => l.currency === c.currency);
          if (lic) {
            tiles.push([
              "Prints and products",
              m(lic.chargedAmount + lic.shippingAmount),
              `${lic.units} units (${lic.storeItems} of ${lic.items} lines by stores): lab ${m(lic.labAmount)} · artists ${m(lic.royaltyAmount)} · stores ${m(lic.storeAmount)} · Atelier's fee ${m(lic.platformFeeAmount)}`,
            ]);
          }
          return (
            <section key={c.currency} aria-labelledby={`cur-${c.currency}`} className="mt-10" data-testid={`metrics-${c.currency}`}>
              <h2 id={`cur-${c.currency}`} className="text-2xl">
                {c.currency}
              </h2>
              <dl className="mt-4 grid grid-cols-2 gap-3 lg:grid-cols-3">
                {tiles.map(([k, v, hint]) => (
                  <div key={k} className="rounded-2xl border border-line bg-white/70 p-4">
                    <dt className="text-xs uppercase tracking-wider text-muted">{k}</dt>
                    <dd className="mt-1 text-xl break-words sm:text-2xl">{v}</dd>
                    {hint ? <dd className="mt-1 text-xs text-ink-soft">{hint}</dd> : null}
                  </div>
                ))}
              </dl>
              <div className="mt-6 grid gap-6 lg:grid-cols-2">
                <div className="rounded-2xl border border-line bg-white/70 p-4">
                  <h3 className="text-lg">Monthly sales</h3>
                  <p className="text-xs text-ink-soft">GMV (dark) and net revenue (red)</p>
                  {series ? <MonthlySalesChart currency={c.currency} points={series.points} /> : <p className="mt-4 text-sm text-muted">No sales.</p>}
                </div>
                <div className="rounded-2xl border border-line bg-white/70 p-4">
                  <h3 className="text-lg">Top artworks</h3>
                  {artworks.length ? <TopArtworksChart currency={c.currency} artworks={artworks} /> : <p className="mt-4 text-sm text-muted">No sales.</p>}
                </div>
              </div>
            </section>
          );
        })
      )}
    </div>
  );
}
