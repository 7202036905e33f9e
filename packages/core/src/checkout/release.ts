import type { Db } from "@atelier/db";
import Stripe from "stripe";
import { releaseOrderItems } from "../inventory/release.ts";

/**
 * Closes an order that is still awaiting payment (→ EXPIRED or CANCELLED) and gives its units back, in
 * one transaction. The conditional status update decides who releases: every other path (a repeated
 * event, the sleeper, a cancel racing an expiry) finds the order closed and changes nothing.
 */
export async function releaseCheckout(db: Db, orderId: string, to: "EXPIRED" | "CANCELLED", now: Date): Promise<{ released: boolean }> {
  return db.$transaction(async (tx) => {
    const closed = await tx.order.updateMany({ where: { id: orderId, status: "AWAITING_PAYMENT" }, data: { status: to, closedAt: now } });
    if (closed.count !== 1) return { released: false };
    await releaseOrderItems(tx, orderId);
    return { released: true };
  });
}

/**
 * Ends a Checkout Session at Stripe so nobody can pay it any more. Returns the session's final status:
 * "complete" means the buyer paid first (the payment is then fulfilled, not released).
 */
export async function expireStripeSession(stripe: Stripe, sessionId: string): Promise<"expired" | "complete" | "open"> {
  try {
    const s = await stripe.checkout.sessions.expire(sessionId);
    return (s.status ?? "expired") as "expired";
  } catch (e) {
    if (!(e instanceof Stripe.errors.StripeInvalidRequestError)) throw e;
    const s = await stripe.checkout.sessions.retrieve(sessionId);
    return (s.status ?? "open") as "expired" | "complete" | "open";
  }
}
