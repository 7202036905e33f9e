import type { EmailRequestedEvent } from "@atelier/events";
import { emailEvent } from "@atelier/events";
import { postLines } from "../ledger/post.ts";
import { TX_OPTIONS, type MoneyDeps } from "../transfers/deps.ts";
import { recoverArtistShare, type RecoveryResult } from "../transfers/recover.ts";
import { classifyStripeError } from "../transfers/stripe-failure.ts";

export type StripeRefundStep = { ok: true; stripeRefundId: string | null } | { ok: false; error: string };

/**
 * Step 1: the refund at Stripe, once (idempotency key per Refund; a refund a lost response already made is
 * found by its metadata). Dashboard refunds (source STRIPE) happened at Stripe already. A refusal fails the
 * Refund and gives its amount back to the item; Stripe being down is thrown (the job retries).
 */
export async function refundAtStripe(deps: MoneyDeps, refundId: string): Promise<StripeRefundStep> {
  const r = await deps.db.refund.findUniqueOrThrow({ where: { id: refundId }, include: { order: { select: { stripeChargeId: true } } } });
  if (r.status === "FAILED") return { ok: false, error: r.lastError ?? "failed" };
  if (r.source === "STRIPE" || r.stripeRefundId) return { ok: true, stripeRefundId: r.stripeRefundId };
  const charge = r.order.stripeChargeId!;
  try {
    let made: { id: string } | null = null;
    for await (const s of deps.stripe.refunds.list({ charge, limit: 100 })) if (s.metadata?.atelier_refund_id === r.id) made = s;
    made ??= await deps.stripe.refunds.create(
      { charge, amount: r.amount, reason: "requested_by_customer", metadata: { atelier_refund_id: r.id, atelier_order_item_id: r.orderItemId } },
      { idempotencyKey: `refund-${r.id}` },
    );
    await deps.db.refund.update({ where: { id: r.id }, data: { stripeRefundId: made.id, lastError: null } });
    return { ok: true, stripeRefundId: made.id };
  } catch (e) {
    const f = classifyStripeError(e);
    if (f.kind === "transient") {
      await deps.db.refund.update({ where: { id: r.id }, data: { lastError: f.message.slice(0, 2000) } });
      throw e;
    }
    await deps.db.$transaction(async (tx) => {
      const moved = await tx.refund.updateMany({
        where: { id: r.id, status: "REQUESTED" },
        data: { status: "FAILED", lastError: f.message.slice(0, 2000), processedAt: deps.now() },
      });
      if (moved.count) await tx.orderItem.update({ where: { id: r.orderItemId }, data: { refundedAmount: { decrement: r.amount } } });
    });
    return { ok: false, error: f.message };
  }
}

/**
 * Step 2, in one transaction: SUCCEEDED, the platform's REFUND line, and the item's and order's state:
 * the item is REFUNDED once its succeeded refunds add up to its total, the order once every paid item
 * is; an item refunded in full before it shipped goes back to stock (an original back on sale).
 */
export async function recordRefund(deps: MoneyDeps, refundId: string): Promise<{ itemRefunded: boolean; orderRefunded: boolean; restocked: boolean }> {
  return deps.db.$transaction(async (tx) => {
    const r = await tx.refund.findUniqueOrThrow({ where: { id: refundId }, include: { orderItem: true } });
    const moved = await tx.refund.updateMany({ where: { id: r.id, status: "REQUESTED" }, data: { status: "SUCCEEDED" } });
    if (moved.count === 0) return { itemRefunded: r.orderItem.status === "REFUNDED", orderRefunded: false, restocked: r.restocked };
    const line = {
      currency: r.currency,
      kind: "REFUND" as const,
      orderId: r.orderId,
      orderItemId: r.orderItemId,
      refundId: r.id,
      memo: r.reason.slice(0, 200),
    };
    await postLines(tx, [
      { ...line, payee: "PLATFORM", payeeId: null, amount: -r.platformAmount },
      // the print lab's part, when its order was cancelled before production (it is owed nothing for it)
      { ...line, payee: "PRINT_LAB", payeeId: null, amount: -r.labAmount, memo: `Print order cancelled: ${line.memo}`.slice(0, 200) },
    ]);
    const item = r.orderItem;
    const done = await tx.refund.aggregate({ where: { orderItemId: item.id, status: "SUCCEEDED" }, _sum: { amount: true } });
    const fully = (done._sum.amount ?? 0) === item.subtotalAmount + item.shippingAmount;
    let restocked = false;
    if (fully) {
      // an artwork never shipped goes back on sale; a licensed product is made to order, so there is no stock to restore
      const neverShipped = item.status === "PAID" && !item.listingSeller;
      const itemMoved = await tx.orderItem.updateMany({
        where: { id: item.id, status: { in: ["PAID", "SHIPPED", "DELIVERED"] } },
        data: { status: "REFUNDED" },
      });
      if (itemMoved.count && neverShipped) {
        const back = await tx.$executeRaw`
          UPDATE "Artwork" SET "editionsSold" = "editionsSold" - ${item.quantity},
            "status" = CASE WHEN "kind" = 'ORIGINAL' AND "status" = 'SOLD' THEN 'PUBLISHED'::"ArtworkStatus" ELSE "status" END,
            "updatedAt" = now()
          WHERE id = ${item.artworkId} AND "editionsSold" >= ${item.quantity}`;
        restocked = back === 1;
        if (restocked) await tx.refund.update({ where: { id: r.id }, data: { restocked: true } });
      }
    }
    const open = await tx.orderItem.count({ where: { orderId: r.orderId, status: { in: ["PAID", "SHIPPED", "DELIVERED"] } } });
    const orderMoved =
      open === 0 ? await tx.order.updateMany({ where: { id: r.orderId, status: "PAID" }, data: { status: "REFUNDED", closedAt: deps.now() } }) : { count: 0 };
    return { itemRefunded: fully, orderRefunded: orderMoved.count === 1, restocked };
  }, TX_OPTIONS);
}

/**
 * Step 3: the artist's part (a reversal of their transfer, a smaller pending transfer, or a debt), and for a store's
 * product the store owner's part the same way, then the Refund's outcome.
 */
export async function settleRefundArtistShare(deps: MoneyDeps, refundId: string): Promise<RecoveryResult> {
  const r = await deps.db.refund.findUniqueOrThrow({ where: { id: refundId }, include: { orderItem: { select: { sellerId: true, storeOwnerId: true } } } });
  if (r.storeAmount > 0 && r.orderItem.storeOwnerId) {
    const store = await recoverArtistShare(deps, {
      kind: "REFUND",
      payee: "STORE",
      orderId: r.orderId,
      orderItemId: r.orderItemId,
      recipientId: r.orderItem.storeOwnerId,
      currency: r.currency,
      amount: r.storeAmount,
      refundId: r.id,
      memo: r.reason.slice(0, 200),
    });
    await deps.db.refund.update({ where: { id: r.id }, data: { storeReversedAmount: store.reversed, storeDebtAmount: store.debt } });
  }
  const result: RecoveryResult =
    r.artistAmount > 0
      ? await recoverArtistShare(deps, {
          kind: "REFUND",
          orderId: r.orderId,
          orderItemId: r.orderItemId,
          recipientId: r.orderItem.sellerId,
          currency: r.currency,
          amount: r.artistAmount,
          refundId: r.id,
          memo: r.reason.slice(0, 200),
        })
      : { mode: "pending", reversed: 0, debt: 0, stripeReversalId: null };
  await deps.db.refund.updateMany({
    where: { id: r.id, processedAt: null },
    data: {
      reversedAmount: result.reversed,
      debtAmount: result.debt,
      stripeReversalId: result.stripeReversalId,
      processedAt: deps.now(),
      lastError: result.error ?? null,
    },
  });
  return result;
}

/** The buyer's "refund issued" mail (its id makes it go out once per refund). */
export async function refundIssuedMail(deps: MoneyDeps, refundId: string, appUrl: string): Promise<EmailRequestedEvent> {
  const r = await deps.db.refund.findUniqueOrThrow({
    where: { id: refundId },
    include: { orderItem: { select: { title: true } }, order: { select: { id: true, number: true, buyer: { select: { email: true, name: true } } } } },
  });
  return emailEvent(
    {
      template: "refund-issued",
      to: r.order.buyer.email,
      props: {
        displayName: r.order.buyer.name ?? r.order.buyer.email,
        orderNumber: r.order.number,
        itemTitle: r.orderItem.title.slice(0, 200),
        amount: r.amount,
        currency: r.currency,
        orderUrl: `${appUrl}/orders/${r.order.id}`,
      },
    },
    `refund-issued:${r.id}`,
  );
}
