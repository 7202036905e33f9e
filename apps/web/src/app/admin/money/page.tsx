import { containerClass } from "@atelier/ui";
import { CURRENCIES, formatMoney, isCurrency } from "@atelier/core/money";
import type { Metadata } from "next";
import Link from "next/link";
import { AdminEyebrow, shortDateTime, Th } from "~/components/admin/operations";
import { stacked } from "~/components/stacked-table";
import { api } from "~/server/api";

export const metadata: Metadata = { title: "Admin · Money" };

type Search = { payee?: string; currency?: string };

const input = "block w-full rounded-lg border border-line bg-white px-3 py-2 text-sm text-ink focus:outline-2 focus:outline-accent";

/** Parked and failed transfers with their reasons, artists' debts, and any payee's ledger (all from admin.money). */
export default async function AdminMoneyPage({ searchParams }: { searchParams: Promise<Search> }) {
  const sp = await searchParams;
  const caller = await api();
  const currency = sp.currency && isCurrency(sp.currency.toUpperCase()) ? (sp.currency.toUpperCase() as (typeof CURRENCIES)[number]) : "EUR";
  const payeeId = sp.payee?.trim().slice(0, 64) || undefined;
  const [stuck, debts, ledger] = await Promise.all([
    caller.admin.money.parkedTransfers(),
    caller.admin.money.debts(),
    caller.admin.money.ledger({ payeeId, currency }),
  ]);

  return (
    <div className={containerClass("py-12")}>
      <AdminEyebrow />
      <h1 className="mt-2 text-4xl">Money</h1>
      <p className="mt-2 max-w-3xl text-ink-soft">
        Transfers that are waiting and why, what artists owe after refunds, and the ledger of any payee. Parked transfers go by themselves once the artist can
        be paid or the dispute holding them closes.
      </p>

      <section className="mt-10" aria-labelledby="parked">
        <h2 id="parked" className="text-2xl">
          Waiting transfers <span className="text-base text-muted">({stuck.length})</span>
        </h2>
        {stuck.length === 0 ? (
          <p className="mt-3 text-sm text-ink-soft">Nothing is waiting: every transfer went.</p>
        ) : (
          <div className="mt-4 overflow-hidden rounded-2xl border border-line bg-white/70">
            <table className={stacked.table}>
              <thead className={stacked.head}>
                <tr>
                  <Th>Artist</Th>
                  <Th>Order</Th>
                  <Th>Amount</Th>
                  <Th>State</Th>
                  <Th>Why</Th>
                </tr>
              </thead>
              <tbody className={stacked.body}>
                {stuck.map((t) => (
                  <tr key={t.id} className={stacked.row} data-testid="parked-transfer">
                    <td className={`${stacked.cell} ${stacked.wide} font-medium`}>
                      <Link className="underline-offset-2 hover:underline" href={`/admin/money?payee=${t.recipientId}&currency=${t.currency}`}>
                        {t.recipientName}
                      </Link>
                    </td>
                    <td className={stacked.cell}>
                      <span className={stacked.label}>Order</span>
                      {t.orderNumber}
                    </td>
                    <td className={`${stacked.cell} tabular-nums`}>
                      <span className={stacked.label}>Amount</span>
                      {formatMoney(t.amount, t.currency)}
                    </td>
                    <td className={stacked.cell}>
                      <span className={stacked.label}>State</span>
                      {t.status === "PARKED" ? "Parked" : "Failed"} · {shortDateTime(t.updatedAt)}
                    </td>
                    <td className={`${stacked.cell} ${stacked.wide} text-ink-soft`}>{t.reason}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </section>

      <section className="mt-10" aria-labelledby="debts">
        <h2 id="debts" className="text-2xl">
          Debts <span className="text-base text-muted">({debts.length})</span>
        </h2>
        <p className="mt-1 text-sm text-ink-soft">A refund after the artist&apos;s money was paid out leaves a debt; it is taken from their next transfers.</p>
        {debts.length === 0 ? (
          <p className="mt-3 text-sm text-ink-soft">No artist owes anything.</p>
        ) : (
          <ul className="mt-4 divide-y divide-line/60 rounded-2xl border border-line bg-white/70">
            {debts.map((d) => (
              <li key={`${d.payeeId}-${d.currency}`} className="flex flex-wrap items-center justify-between gap-2 px-4 py-3" data-testid="debt">
                <Link className="font-medium underline-offset-2 hover:underline" href={`/admin/money?payee=${d.payeeId}&currency=${d.currency}`}>
                  {d.name}
                </Link>
                <span className="tabular-nums text-red-700">{formatMoney(d.debt, d.currency)}</span>
              </li>
            ))}
          </ul>
        )}
      </section>

      <section className="mt-10" aria-labelledby="ledger">
        <h2 id="ledger" className="text-2xl">
          Ledger:{" "}
          {payeeId ? (debts.find((d) => d.payeeId === payeeId)?.name ?? stuck.find((t) => t.recipientId === payeeId)?.recipientName ?? "artist") : "platform"}
        </h2>
        <form method="get" action="/admin/money" className="mt-3 grid max-w-xl gap-2 sm:grid-cols-[1fr_8rem_auto] sm:items-end" aria-label="Choose a ledger">
          <label className="space-y-1 text-sm">
            <span className="text-ink-soft">Artist user id (empty: the platform)</span>
            <input name="payee" defaultValue={payeeId} className={input} />
          </label>
          <label className="space-y-1 text-sm">
            <span className="text-ink-soft">Currency</span>
            <select name="currency" defaultValue={currency} className={input}>
              {CURRENCIES.map((c) => (
                <option key={c}>{c}</option>
              ))}
            </select>
          </label>
          <button type="submit" className="rounded-lg border border-line px-4 py-2 text-sm">
            Show
          </button>
        </form>
        <p className="mt-4 text-sm">
          Balance: <strong className={`tabular-nums ${ledger.balance < 0 ? "text-red-700" : ""}`}>{formatMoney(ledger.balance, ledger.currency)}</strong>{" "}
          <span className="text-ink-soft">{ledger.balance < 0 ? "(owed by the artist)" : payeeId ? "(owed to the artist, not yet sent)" : ""}</span>
        </p>
        {ledger.lines.length === 0 ? (
          <p className="mt-3 text-sm text-ink-soft">No lines in {ledger.currency}.</p>
        ) : (
          <div className="mt-4 overflow-hidden rounded-2xl border border-line bg-white/70">
            <table className={stacked.table}>
              <thead className={stacked.head}>
                <tr>
                  <Th>When</Th>
                  <Th>Kind</Th>
                  <Th>Amount</Th>
                  <Th>Order</Th>
                  <Th>Settles</Th>
                </tr>
              </thead>
              <tbody className={stacked.body}>
                {ledger.lines.map((l) => (
                  <tr key={l.id} className={stacked.row} data-testid="ledger-line">
                    <td className={`${stacked.cell} ${stacked.wide} text-ink-soft`}>{shortDateTime(l.createdAt)}</td>
                    <td className={stacked.cell}>{l.kind.charAt(0) + l.kind.slice(1).toLowerCase().replace("_", " ")}</td>
                    <td className={`${stacked.cell} tabular-nums ${l.amount < 0 ? "text-red-700" : ""}`}>{formatMoney(l.amount, ledger.currency)}</td>
                    <td className={stacked.cell}>
                      <span className={stacked.label}>Order</span>
                      {l.orderNumber ?? "—"}
                    </td>
                    <td className={`${stacked.cell} text-ink-soft`}>
                      {l.settles.length
                        ? `${l.settles.length} line${l.settles.length > 1 ? "s" : ""}`
                        : l.settledBy.length
                          ? `settled ${formatMoney(
                              l.settledBy.reduce((s, x) => s + x.amount, 0),
                              ledger.currency,
                            )}`
                          : "open"}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </section>
    </div>
  );
}
