import { formatMoney } from "@atelier/core/money";
import { Alert, cn } from "@atelier/ui";
import Link from "next/link";
import type { RouterOutputs } from "@atelier/api";

type Statement = RouterOutputs["sales"]["statement"];

/** The yearly earnings statement, one column block per currency, with the US 1099-K flag. */
export function StatementCard({ statement, years }: { statement: Statement; years: number[] }) {
  return (
    <>
      <div className="flex flex-wrap items-center justify-between gap-3">
        <h2 id="statement" className="text-2xl">
          Statement {statement.year}
        </h2>
        <nav aria-label="Statement year" className="flex flex-wrap gap-2">
          {years.map((y) => (
            <Link
              key={y}
              href={`/studio/earnings?year=${y}`}
              aria-current={y === statement.year ? "page" : undefined}
              className={cn(
                "rounded-full border px-3 py-1 text-sm",
                y === statement.year ? "border-ink bg-ink text-paper" : "border-line bg-white/70 text-ink-soft",
              )}
            >
              {y}
            </Link>
          ))}
        </nav>
      </div>
      {statement.form1099K.passesThreshold ? (
        <Alert tone="info" className="mt-4" data-testid="form-1099k">
          Your USD sales in {statement.year} passed the US Form 1099-K thresholds (over $20,000 in more than 200 transactions:{" "}
          {formatMoney(statement.form1099K.usdGrossAmount, "USD")} in {statement.form1099K.usdTransactions}). If you are a US taxpayer, expect a 1099-K for this
          year.
        </Alert>
      ) : null}
      {statement.currencies.length === 0 ? (
        <p className="mt-4 rounded-2xl border border-dashed border-line px-6 py-10 text-center text-ink-soft">No sales in {statement.year}.</p>
      ) : (
        <div className="mt-4 grid gap-4 sm:grid-cols-2">
          {statement.currencies.map((c) => {
            const m = (n: number) => formatMoney(n, c.currency);
            const rows: [string, string][] = [
              [`Gross sales (${c.itemsSold} items, ${c.transactions} orders)`, m(c.grossAmount)],
              ["Commission", `−${m(c.commissionAmount)}`],
              ...(c.labAmount ? ([["Print lab (your shop's products: production and shipping)", `−${m(c.labAmount)}`]] as [string, string][]) : []),
              [`Refunds to buyers (${m(c.refundedAmount)}), your part`, `−${m(c.artistRefundAmount)}`],
              ...(c.disputeAmount ? ([["Disputes", m(c.disputeAmount)]] as [string, string][]) : []),
              ...(c.storeRoyaltyAmount ? ([["Royalties on stores' sales of your work", m(c.storeRoyaltyAmount)]] as [string, string][]) : []),
              ["Net earnings", m(c.netAmount)],
              ["Transferred to you in the year", m(c.transferredAmount)],
            ];
            return (
              <div key={c.currency} className="rounded-2xl border border-line bg-white/70 p-5">
                <p className="text-xs font-semibold uppercase tracking-[0.2em] text-muted">{c.currency}</p>
                <dl className="mt-3 space-y-1.5 text-sm">
                  {rows.map(([k, v]) => (
                    <div key={k} className={cn("flex justify-between gap-3", k === "Net earnings" && "border-t border-line pt-2 font-medium")}>
                      <dt className="text-ink-soft">{k}</dt>
                      <dd className="shrink-0">{v}</dd>
                    </div>
                  ))}
                </dl>
              </div>
            );
          })}
        </div>
      )}
      {statement.royalties.length ? <RoyaltiesTable rows={statement.royalties} year={statement.year} /> : null}
    </>
  );
}

/** Prints and products of the artist's work in the year: by product type and by who sold it. */
function RoyaltiesTable({ rows, year }: { rows: Statement["royalties"]; year: number }) {
  return (
    <section className="mt-8" aria-labelledby="royalties-heading" data-testid="royalties">
      <h3 id="royalties-heading" className="text-xl">
        Prints and products, {year}
      </h3>
      <p className="mt-1 text-sm text-ink-soft">
        Your royalty on each store&apos;s sales, and what your own shop earned after production and Atelier&apos;s fee.
      </p>
      <div className="mt-3 overflow-x-auto rounded-2xl border border-line bg-white/70">
        <table className="w-full min-w-[34rem] text-left text-sm">
          <thead className="text-xs uppercase tracking-wider text-muted">
            <tr>
              <th className="px-4 py-2 font-medium">Product</th>
              <th className="px-4 py-2 font-medium">Sold by</th>
              <th className="px-4 py-2 text-right font-medium">Units</th>
              <th className="px-4 py-2 text-right font-medium">Charged</th>
              <th className="px-4 py-2 text-right font-medium">You earned</th>
            </tr>
          </thead>
          <tbody className="divide-y divide-line">
            {rows.map((r) => (
              <tr key={`${r.currency}-${r.productTypeCode}-${r.store?.slug ?? "shop"}`} data-testid="royalty-row">
                <td className="px-4 py-2">{r.productTypeName}</td>
                <td className="px-4 py-2">
                  {r.store ? (
                    <Link href={`/stores/${r.store.slug}`} className="underline underline-offset-2">
                      {r.store.name}
                    </Link>
                  ) : (
                    "Your shop"
                  )}
                </td>
                <td className="px-4 py-2 text-right">{r.units}</td>
                <td className="px-4 py-2 text-right">{formatMoney(r.chargedAmount, r.currency)}</td>
                <td className="px-4 py-2 text-right font-medium">
                  {formatMoney(r.royaltyAmount - r.refundedRoyaltyAmount, r.currency)}
                  {r.refundedRoyaltyAmount ? (
                    <span className="block text-xs text-muted">after {formatMoney(r.refundedRoyaltyAmount, r.currency)} refunded</span>
                  ) : null}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
