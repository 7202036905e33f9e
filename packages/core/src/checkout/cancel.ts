import type Stripe from "stripe";
import { AppError } from "../errors.ts";
import { callStripe, requirePayments } from "../payments/stripe-errors.ts";
import type { CheckoutDeps } from "./deps.ts";
import { expireStripeSession, releaseCheckout } from "./release.ts";
import { checkoutStatus, type CheckoutStatus } from "./status.ts";

/**
 * The buyer left the payment page (the cancel page calls this): the session is expired at Stripe so
 * it can no longer be paid, then the hold is released (CANCELLED). If the buyer had paid after all,
 * nothing is released: the payment is fulfilled by its webhook.
 */
export async function cancelCheckout(deps: CheckoutDeps, buyerId: string, orderId: string): Promise<CheckoutStatus> {
  const order = await deps.db.order.findFirst({ where: { id: orderId, buyerId }, select: { status: true, stripeSessionId: true } });
  if (!order) throw new AppError("NOT_FOUND", "We couldn't find that order.");
  if (order.status === "AWAITING_PAYMENT") {
    const final = order.stripeSessionId
      ? await callStripe("close the payment page", () => expireStripeSession(requirePayments(deps.payments).stripe, order.stripeSessionId!))
      : "expired";
    if (final !== "complete") await releaseCheckout(deps.db, orderId, "CANCELLED", deps.now());
  }
  return checkoutStatus(deps.db, buyerId, orderId);
}

/**
 * The sleeper's end (job expire-checkout): an order still awaiting payment after its expiry is closed
 * at Stripe and released (EXPIRED). Not due yet, already closed or paid → nothing.
 */
export async function expireDueCheckout(deps: { db: CheckoutDeps["db"]; stripe: Stripe; now: () => Date }, orderId: string) {
  const order = await deps.db.order.findUnique({ where: { id: orderId }, select: { status: true, expiresAt: true, stripeSessionId: true } });
  if (!order || order.status !== "AWAITING_PAYMENT") return { released: false, reason: order ? order.status : "missing" };
  if (order.expiresAt > deps.now()) return { released: false, reason: "not due" };
  const final = order.stripeSessionId ? await expireStripeSession(deps.stripe, order.stripeSessionId) : "expired";
  if (final === "complete") return { released: false, reason: "paid" };
  return { ...(await releaseCheckout(deps.db, orderId, "EXPIRED", deps.now())), reason: "expired" };
}

/** Stripe says a session expired (checkout.session.expired): re-read it there, then release its order. */
export async function releaseExpiredSession(deps: { db: CheckoutDeps["db"]; stripe: Stripe; now: () => Date }, sessionId: string) {
  const session = await deps.stripe.checkout.sessions.retrieve(sessionId);
  if (session.status !== "expired") return { released: false, reason: `session ${session.status}` };
  const orderId = session.metadata?.orderId ?? session.client_reference_id;
  const order = orderId
    ? await deps.db.order.findUnique({ where: { id: orderId }, select: { id: true, stripeSessionId: true } })
    : await deps.db.order.findUnique({ where: { stripeSessionId: sessionId }, select: { id: true, stripeSessionId: true } });
  if (!order) return { released: false, reason: "not an Atelier order" };
  return { ...(await releaseCheckout(deps.db, order.id, "EXPIRED", deps.now())), reason: "expired" };
}
