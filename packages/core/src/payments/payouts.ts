import type { PayoutStatus, PayoutModel as PayoutRow } from "@atelier/db";
import { AccountNotKnownYet, type PaymentDeps } from "./connect-accounts.ts";

const STATUS: Record<string, PayoutStatus | undefined> = {
  pending: "PENDING",
  in_transit: "IN_TRANSIT",
  paid: "PAID",
  failed: "FAILED",
  canceled: "CANCELED",
};

/**
 * How far along a payout is. Updates only move forward; `failed` outranks `paid` because Stripe
 * can fail a payout after reporting it paid (the bank returns it).
 */
const RANK: Record<PayoutStatus, number> = { PENDING: 0, IN_TRANSIT: 1, PAID: 2, CANCELED: 2, FAILED: 3 };
const atMost = (status: PayoutStatus) => (Object.keys(RANK) as PayoutStatus[]).filter((s) => RANK[s] <= RANK[status]);
export const payoutStatusRank = (s: PayoutStatus) => RANK[s];

export interface PayoutSyncResult {
  payout: PayoutRow;
  becamePaid: boolean;
  becameFailed: boolean;
  owner: { email: string; displayName: string };
}

/**
 * Mirrors a connected account's payout from a fresh read of Stripe (not the webhook payload), so
 * events in any order converge on Stripe's state, and a late event never moves a payout backwards.
 */
export async function syncPayout(deps: PaymentDeps, stripeAccountId: string, payoutId: string): Promise<PayoutSyncResult> {
  const account = await deps.db.connectAccount.findUnique({
    where: { stripeAccountId },
    select: { id: true, user: { select: { email: true, name: true, artistProfile: { select: { displayName: true } } } } },
  });
  if (!account) throw new AccountNotKnownYet(stripeAccountId);
  const owner = { email: account.user.email, displayName: account.user.artistProfile?.displayName ?? account.user.name ?? account.user.email };

  const p = await deps.stripe.payouts.retrieve(payoutId, {}, { stripeAccount: stripeAccountId });
  const status = STATUS[p.status];
  if (!status) throw new Error(`Unknown payout status "${p.status}" on ${p.id}`);
  const fields = {
    amount: p.amount,
    currency: p.currency,
    status,
    arrivalDate: p.arrival_date ? new Date(p.arrival_date * 1000) : null,
    failureCode: p.failure_code ?? null,
    failureMessage: p.failure_message ?? null,
  };
  const before = await deps.db.payout.findUnique({ where: { stripePayoutId: p.id } });
  if (!before) {
    try {
      const payout = await deps.db.payout.create({
        data: { ...fields, stripePayoutId: p.id, connectAccountId: account.id, stripeCreatedAt: new Date(p.created * 1000) },
      });
      return { payout, becamePaid: status === "PAID", becameFailed: status === "FAILED", owner };
    } catch {
      // created concurrently by another event of the same payout: fall through to the update
    }
  }
  const r = await deps.db.payout.updateMany({ where: { stripePayoutId: p.id, status: { in: atMost(status) } }, data: fields });
  const payout = await deps.db.payout.findUniqueOrThrow({ where: { stripePayoutId: p.id } });
  const prev = before?.status;
  const moved = r.count === 1 && prev !== status;
  return { payout, becamePaid: moved && status === "PAID", becameFailed: moved && status === "FAILED", owner };
}
