import type { RouterOutputs } from "@atelier/api";
import { formatMoney } from "@atelier/core/money";
import { Badge } from "@atelier/ui";
import { formatDate } from "~/lib/dates";

type Payout = RouterOutputs["artist"]["payments"]["status"]["payouts"][number];

const STATUS: Record<Payout["status"], { label: string; tone: "neutral" | "accent" | "ok" | "warn" }> = {
  PENDING: { label: "Pending", tone: "neutral" },
  IN_TRANSIT: { label: "In transit", tone: "warn" },
  PAID: { label: "Paid", tone: "ok" },
  FAILED: { label: "Failed", tone: "accent" },
  CANCELED: { label: "Cancelled", tone: "neutral" },
};

// Stripe's dates are calendar days at midnight UTC, which formatDate prints as such.
const day = (d: Date) => formatDate(d);

/** Stripe's lower-case currency ("eur") in exact minor units. */
const payoutAmount = (amount: number, currency: string) => formatMoney(amount, currency);

function arrival(p: Payout): string {
  if (!p.arrivalDate) return "—";
  if (p.status === "PAID") return `Arrived ${day(p.arrivalDate)}`;
  if (p.status === "FAILED" || p.status === "CANCELED") return "—";
  return `Expected ${day(p.arrivalDate)}`;
}

export function PayoutsTable({ payouts }: { payouts: Payout[] }) {
  if (payouts.length === 0) {
    return (
      <div className="mt-6 rounded-2xl border border-dashed border-line px-6 py-14 text-center text-ink-soft" data-testid="payouts-empty">
        <p className="font-display text-2xl text-ink">No payouts yet</p>
        <p className="mx-auto mt-2 max-w-md text-sm">
          Once checkout opens and your work sells, Stripe moves your share to your bank on its payout schedule. Each payout shows up here.
        </p>
      </div>
    );
  }
  // a table from sm up; below that each row stacks into a small card (nothing hides off-screen)
  const cell = "sm:table-cell sm:px-5 sm:py-3.5";
  return (
    <div className="mt-6 rounded-2xl border border-line bg-white/70">
      <table className="block w-full text-left text-sm sm:table" data-testid="payouts-table">
        <thead className="hidden border-b border-line text-xs uppercase tracking-wider text-muted sm:table-header-group">
          <tr>
            <th className="px-5 py-3 font-medium">Amount</th>
            <th className="px-5 py-3 font-medium">Status</th>
            <th className="px-5 py-3 font-medium">Started</th>
            <th className="px-5 py-3 font-medium">Arrival</th>
            <th className="px-5 py-3 font-medium">Note</th>
          </tr>
        </thead>
        <tbody className="block sm:table-row-group">
          {payouts.map((p) => (
            <tr
              key={p.id}
              className="grid grid-cols-[1fr_auto] gap-x-4 gap-y-1 border-b border-line/60 px-5 py-4 align-top last:border-0 sm:table-row sm:p-0"
              data-testid="payout"
            >
              <td className={`whitespace-nowrap font-medium tabular-nums text-ink ${cell}`}>{payoutAmount(p.amount, p.currency)}</td>
              <td className={`justify-self-end ${cell}`}>
                <Badge tone={STATUS[p.status].tone}>{STATUS[p.status].label}</Badge>
              </td>
              <td className={`whitespace-nowrap text-xs text-ink-soft sm:text-sm ${cell}`}>
                <span className="sm:hidden">Started </span>
                {day(p.createdAt)}
              </td>
              <td className={`whitespace-nowrap text-right text-xs text-ink-soft sm:text-left sm:text-sm ${cell}`}>{arrival(p)}</td>
              <td className={`col-span-2 text-ink-soft sm:min-w-48 ${cell} ${p.status === "FAILED" ? "" : "hidden"}`}>
                {p.status === "FAILED" ? (
                  <span className="text-accent-deep">{p.failureMessage ?? "Your bank returned this payout."}</span>
                ) : (
                  <span className="text-muted">—</span>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
