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
              [`Refunds to buyers (${m(c.refundedAmount)}), your part`, `−${m(c.artistRefundAmount)}`],
              ...(c.disputeAmount ? ([["Disputes", m(c.disputeAmount)]] as [string, string][]) : []),
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
    </>
  );
}
