import type { LedgerTx } from "../ledger/post.ts";

export type Payability = { payable: true; stripeAccountId: string } | { payable: false; reason: string };

/**
 * Whether money can be sent to this recipient now, and if not, why (shown to admins on parked
 * transfers). The same rule as `canReceivePayments` (core/payments), with the reason spelt out.
 */
export async function recipientPayability(db: LedgerTx, recipientId: string): Promise<Payability> {
  const a = await db.connectAccount.findUnique({ where: { userId: recipientId } });
  if (!a) return { payable: false, reason: "The artist has no Stripe account yet." };
  if (a.deauthorizedAt) return { payable: false, reason: "The artist disconnected their Stripe account from Atelier." };
  if (!a.detailsSubmitted) return { payable: false, reason: "The artist has not finished Stripe onboarding." };
  if (!a.chargesEnabled || !a.payoutsEnabled) {
    const due = a.requirementsDue.length ? ` (Stripe asks for: ${a.requirementsDue.join(", ")})` : a.disabledReason ? ` (${a.disabledReason})` : "";
    return { payable: false, reason: `Stripe has not enabled transfers and payouts on the artist's account${due}.` };
  }
  return { payable: true, stripeAccountId: a.stripeAccountId };
}

export const DISPUTE_HOLD_REASON = "An open dispute on this order holds the money until it closes.";
