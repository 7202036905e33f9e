import { formatMoney } from "@atelier/core/money";
import { buttonClass, cn, containerClass } from "@atelier/ui";
import type { Metadata } from "next";
import Link from "next/link";
import { EmptyState } from "~/components/orders/empty-state";
import { stacked } from "~/components/stacked-table";
import { formatDate } from "~/lib/dates";
import { api } from "~/server/api";
import { StatementCard } from "./statement-card";

export const metadata: Metadata = { title: "Studio · Earnings" };

const TRANSFER_LABEL: Record<string, string> = { PENDING: "Pending", PARKED: "Waiting for your Stripe account", PAID: "Sent", FAILED: "Failed" };

export default async function EarningsPage({ searchParams }: { searchParams: Promise<{ year?: string }> }) {
  const sp = await searchParams;
  const caller = await api();
  const earnings = await caller.sales.earnings();
  const year = earnings.statementYears.includes(Number(sp.year)) ? Number(sp.year) : earnings.statementYears[0]!;
  const statement = await caller.sales.statement({ year });
  return (
    <div className={containerClass("py-10")}>
      <div className="flex flex-wrap items-end justify-between gap-4">
        <div>
          <h1 className="text-4xl">Earnings</h1>
          <p className="mt-2 max-w-2xl text-ink-soft">Every currency on its own: amounts in different currencies are never added together.</p>
        </div>
        <a href="/studio/earnings/ledger.csv" className={buttonClass("secondary")} download>
          Download ledger (CSV)
        </a>
      </div>

      <section aria-labelledby="balance" className="mt-8">
        <h2 id="balance" className="text-2xl">
          Balance
        </h2>
        {earnings.currencies.length === 0 ? (
          <EmptyState>No earnings yet. Your share of each sale appears here once a buyer has paid.</EmptyState>
        ) : (
          <ul className="mt-4 grid gap-4 sm:grid-cols-2 lg:grid-cols-3" data-testid="balances">
            {earnings.currencies.map((c) => (
              <li key={c.currency} className="rounded-2xl border border-line bg-white/70 p-5">
                <p className="text-xs font-semibold uppercase tracking-[0.2em] text-muted">{c.currency}</p>
                <p className={cn("mt-2 text-3xl", c.balance < 0 && "text-accent-deep")}>{formatMoney(c.balance, c.currency)}</p>
                <p className="mt-1 text-sm text-ink-soft">
                  {c.debt > 0
                    ? `You owe ${formatMoney(c.debt, c.currency)} from a refund; it is taken from your next transfer.`
                    : "Earned and not yet transferred to you."}
                </p>
                <dl className="mt-4 space-y-1 text-sm">
                  <div className="flex justify-between gap-3">
                    <dt className="text-ink-soft">Sold ({c.itemsSold})</dt>
                    <dd>{formatMoney(c.grossAmount, c.currency)}</dd>
                  </div>
                  <div className="flex justify-between gap-3">
                    <dt className="text-ink-soft">Your share</dt>
                    <dd>{formatMoney(c.ledger.SALE, c.currency)}</dd>
                  </div>
                  <div className="flex justify-between gap-3">
                    <dt className="text-ink-soft">Refunds</dt>
                    <dd>{formatMoney(c.ledger.REFUND, c.currency)}</dd>
                  </div>
                  <div className="flex justify-between gap-3">
                    <dt className="text-ink-soft">Transferred</dt>
                    <dd>{formatMoney(c.ledger.TRANSFER + c.ledger.REVERSAL, c.currency)}</dd>
                  </div>
                </dl>
              </li>
            ))}
          </ul>
        )}
        {earnings.toShip ? (
          <p className="mt-4 text-sm">
            <Link href="/studio/sales?status=PAID" className="underline underline-offset-4">
              {earnings.toShip} {earnings.toShip === 1 ? "sale" : "sales"} to ship
            </Link>
          </p>
        ) : null}
      </section>

      <section aria-labelledby="statement" className="mt-12">
        <StatementCard statement={statement} years={earnings.statementYears} />
      </section>

      <section aria-labelledby="transfers" className="mt-12">
        <h2 id="transfers" className="text-2xl">
          Transfers to your Stripe account
        </h2>
        {earnings.transfers.length === 0 ? (
          <EmptyState>No transfers yet.</EmptyState>
        ) : (
          <div className="mt-4 overflow-x-auto rounded-2xl border border-line bg-white/70">
            <table className={stacked.table}>
              <thead className={stacked.head}>
                <tr>
                  <th className="px-4 py-3 font-medium">Order</th>
                  <th className="px-4 py-3 font-medium">Date</th>
                  <th className="px-4 py-3 font-medium">Status</th>
                  <th className="px-4 py-3 text-right font-medium">Amount</th>
                </tr>
              </thead>
              <tbody className={stacked.body}>
                {earnings.transfers.map((t) => (
                  <tr key={t.id} className={stacked.row}>
                    <td className={cn(stacked.cell, stacked.wide, "font-mono text-xs")}>{t.orderNumber}</td>
                    <td className={stacked.cell}>{formatDate(t.paidAt ?? t.createdAt)}</td>
                    <td className={stacked.cell}>{TRANSFER_LABEL[t.status] ?? t.status}</td>
                    <td className={cn(stacked.cell, "md:text-right")}>
                      {formatMoney(t.amount, t.currency)}
                      {t.reversedAmount ? <span className="block text-xs text-accent-deep">−{formatMoney(t.reversedAmount, t.currency)} reversed</span> : null}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </section>

      <section aria-labelledby="payouts" className="mt-12">
        <h2 id="payouts" className="text-2xl">
          Payouts to your bank
        </h2>
        {earnings.payouts.length === 0 ? (
          <EmptyState>
            No payouts yet. Stripe pays your balance out to your bank on its schedule; see{" "}
            <Link href="/studio/payments" className="underline underline-offset-4">
              Payments
            </Link>
            .
          </EmptyState>
        ) : (
          <ul className="mt-4 divide-y divide-line rounded-2xl border border-line bg-white/70">
            {earnings.payouts.map((p) => (
              <li key={p.id} className="flex flex-wrap justify-between gap-2 px-4 py-3 text-sm">
                <span>
                  {formatDate(p.arrivalDate ?? p.stripeCreatedAt)} · {p.status.replace("_", " ").toLowerCase()}
                  {p.failureMessage ? <span className="block text-xs text-accent-deep">{p.failureMessage}</span> : null}
                </span>
                <span>{formatMoney(p.amount, p.currency)}</span>
              </li>
            ))}
          </ul>
        )}
      </section>
    </div>
  );
}
