import type { Db, Prisma } from "@atelier/db";
import { eventsWithTransaction, type EventSender } from "@atelier/events";
import type Stripe from "stripe";
import { convertHeldToSold, reReserveReleased } from "../inventory/convert.ts";
import type { Tx } from "../inventory/tx.ts";
import { logger } from "../observability/logger.ts";
import { recordOperationalError } from "../observability/operational-errors.ts";
import { stripeFeeInOrderCurrency } from "./fee.ts";

export interface FulfilDeps {
  db: Db;
  stripe: Stripe;
  events: EventSender;
  now: () => Date;
}

export type FulfilOutcome =
  /** this call moved the order to PAID */
  | "paid"
  /** it was already paid (a repeated or second event) */
  | "already_paid"
  /** Stripe does not (yet) say it is paid */
  | "not_paid"
  /** no Atelier order behind this payment */
  | "not_ours"
  /** paid after its hold was released, and a work was sold to someone else meanwhile: left for a refund, flagged */
  | "paid_after_release_unavailable"
  /** Stripe's amount or currency differs from the order's: never marked paid, flagged */
  | "amount_mismatch";

export interface FulfilResult {
  outcome: FulfilOutcome;
  orderId: string | null;
}

class LateAndTaken extends Error {}

/** checkout.session.completed: re-read the session at Stripe, then fulfil its order. */
export async function fulfilSession(deps: FulfilDeps, sessionId: string): Promise<FulfilResult> {
  const session = await deps.stripe.checkout.sessions.retrieve(sessionId);
  const orderId = session.metadata?.orderId ?? session.client_reference_id ?? null;
  if (!orderId) return { outcome: "not_ours", orderId: null };
  const piId = typeof session.payment_intent === "string" ? session.payment_intent : (session.payment_intent?.id ?? null);
  if (session.payment_status !== "paid" || !piId) return { outcome: "not_paid", orderId };
  return fulfilOrder(deps, orderId, piId, session);
}

/** payment_intent.succeeded: the same, from the payment intent's side (whichever event comes first pays the order). */
export async function fulfilPaymentIntent(deps: FulfilDeps, paymentIntentId: string): Promise<FulfilResult> {
  const pi = await deps.stripe.paymentIntents.retrieve(paymentIntentId);
  const orderId = pi.metadata?.orderId ?? null;
  if (!orderId) return { outcome: "not_ours", orderId: null };
  const order = await deps.db.order.findUnique({ where: { id: orderId }, select: { stripeSessionId: true } });
  const session = order?.stripeSessionId ? await deps.stripe.checkout.sessions.retrieve(order.stripeSessionId) : null;
  return fulfilOrder(deps, orderId, pi.id, session);
}

/**
 * Marks an order PAID from what Stripe says (never from an event's body): the payment intent has
 * succeeded, its charge is for the order's total in the order's currency, and the fee comes from the
 * charge's balance transaction. In one transaction: the conditional status update (AWAITING_PAYMENT →
 * PAID, so a late or repeated event changes nothing), held units → sold, the ledger's SALE and
 * STRIPE_FEE lines, and `order.paid`.
 *
 * Paid after the hold was released (the session expired or was cancelled, yet a payment went through):
 * the works are held again if every one still can be, and the order is paid as usual; if any was sold
 * meanwhile, the order stays EXPIRED/CANCELLED with the payment's ids stored and an operational error
 * for admins ("refund needed"): nothing is oversold and no sale is booked.
 */
export async function fulfilOrder(deps: FulfilDeps, orderId: string, paymentIntentId: string, session: Stripe.Checkout.Session | null): Promise<FulfilResult> {
  const { db, stripe, now } = deps;
  const order = await db.order.findUnique({ where: { id: orderId }, include: { items: true } });
  if (!order) return { outcome: "not_ours", orderId: null };
  if (order.status === "PAID" || order.status === "REFUNDED") return { outcome: "already_paid", orderId };

  const pi = await stripe.paymentIntents.retrieve(paymentIntentId);
  if (pi.status !== "succeeded" || !pi.latest_charge) return { outcome: "not_paid", orderId };
  const charge = await stripe.charges.retrieve(typeof pi.latest_charge === "string" ? pi.latest_charge : pi.latest_charge.id);
  if (charge.amount !== order.totalAmount || charge.currency.toUpperCase() !== order.currency) {
    await flag(
      db,
      now(),
      `Order ${order.number}: Stripe charged ${charge.amount} ${charge.currency} but the order is ${order.totalAmount} ${order.currency}; not marked paid`,
    );
    return { outcome: "amount_mismatch", orderId };
  }
  const btId = typeof charge.balance_transaction === "string" ? charge.balance_transaction : charge.balance_transaction?.id;
  if (!btId) throw new Error(`charge ${charge.id} has no balance transaction yet`);
  const fee = stripeFeeInOrderCurrency(await stripe.balanceTransactions.retrieve(btId), order.currency);
  const shipping = session?.collected_information?.shipping_details ?? null;
  const paid = {
    status: "PAID" as const,
    paidAt: now(),
    stripeFeeAmount: fee,
    stripePaymentIntent: pi.id,
    stripeChargeId: charge.id,
    ...(shipping ? { shippingAddress: shipping as unknown as Prisma.InputJsonValue } : {}),
  };

  try {
    const after = await db.$transaction(async (tx) => {
      const moved = await tx.order.updateMany({ where: { id: orderId, status: "AWAITING_PAYMENT" }, data: paid });
      if (moved.count !== 1) {
        const late = await tx.order.updateMany({ where: { id: orderId, status: { in: ["EXPIRED", "CANCELLED"] } }, data: { ...paid, closedAt: null } });
        if (late.count !== 1) return null; // paid by a concurrent delivery
        if (!(await reReserveReleased(tx, orderId))) throw new LateAndTaken();
      }
      await convertHeldToSold(tx, orderId);
      await writeSaleLedger(tx, order, fee);
      // bought: out of the buyer's cart (the work itself, and each licensed product bought)
      await tx.cartItem.deleteMany({
        where: {
          cart: { userId: order.buyerId },
          OR: [
            { listingId: null, artworkId: { in: order.items.flatMap((i) => (!i.listingSeller && i.artworkId ? [i.artworkId] : [])) } },
            { listingId: { in: order.items.flatMap((i) => (i.listingId ? [i.listingId] : [])) } },
          ],
        },
      });
      return eventsWithTransaction(deps.events, tx, { name: "atelier/order.paid", data: { orderId }, id: `order-paid:${orderId}` });
    });
    if (!after) return { outcome: "already_paid", orderId };
    await after();
    return { outcome: "paid", orderId };
  } catch (e) {
    if (!(e instanceof LateAndTaken)) throw e;
    await db.order.updateMany({ where: { id: orderId, stripeChargeId: null }, data: { stripePaymentIntent: pi.id, stripeChargeId: charge.id } });
    await flag(db, now(), `Order ${order.number} was paid (${charge.id}) after its hold ended, and a work in it has been sold since: refund needed`);
    return { outcome: "paid_after_release_unavailable", orderId };
  }
}

/**
 * commerce.md: per item ARTIST SALE +artistAmount and PLATFORM SALE +commissionAmount; a licensed product also
 * STORE SALE +storeAmount (the store owner) and PRINT_LAB SALE +labAmount; per order PLATFORM STRIPE_FEE −fee.
 * The SALE lines of an item add up to its total (CHECK OrderItem_split_adds_up); zero lines are not written.
 */
async function writeSaleLedger(
  tx: Tx,
  order: {
    id: string;
    number: string;
    currency: string;
    items: {
      id: string;
      sellerId: string;
      artistAmount: number;
      commissionAmount: number;
      storeAmount: number;
      labAmount: number;
      storeOwnerId: string | null;
      title: string;
    }[];
  },
  fee: number,
) {
  const base = { currency: order.currency, orderId: order.id };
  const licensedLines = order.items.flatMap((i) => [
    ...(i.storeOwnerId && i.storeAmount > 0
      ? [
          {
            ...base,
            payee: "STORE" as const,
            payeeId: i.storeOwnerId,
            kind: "SALE" as const,
            amount: i.storeAmount,
            orderItemId: i.id,
            memo: `Store's share of ${i.title} (${order.number})`,
          },
        ]
      : []),
    ...(i.labAmount > 0
      ? [
          {
            ...base,
            payee: "PRINT_LAB" as const,
            payeeId: null,
            kind: "SALE" as const,
            amount: i.labAmount,
            orderItemId: i.id,
            memo: `Print lab: production and shipping of ${i.title} (${order.number})`,
          },
        ]
      : []),
  ]);
  await tx.ledgerEntry.createMany({
    data: [
      ...licensedLines,
      ...order.items.flatMap((i) => [
        {
          ...base,
          payee: "ARTIST" as const,
          payeeId: i.sellerId,
          kind: "SALE" as const,
          amount: i.artistAmount,
          orderItemId: i.id,
          memo: `Sale of ${i.title} (${order.number})`,
        },
        {
          ...base,
          payee: "PLATFORM" as const,
          payeeId: null,
          kind: "SALE" as const,
          amount: i.commissionAmount,
          orderItemId: i.id,
          memo: `Commission on ${i.title} (${order.number})`,
        },
      ]),
      { ...base, payee: "PLATFORM" as const, payeeId: null, kind: "STRIPE_FEE" as const, amount: -fee, memo: `Stripe fee (${order.number})` },
    ],
  });
}

async function flag(db: Db, now: Date, message: string) {
  logger().error(`checkout: ${message}`);
  await recordOperationalError(db, { source: "checkout", message, now });
}
