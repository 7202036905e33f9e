import type { EventSender } from "@atelier/events";
import { eventsWithTransaction, refundRequestedEvent } from "@atelier/events";
import { refundSplit } from "../money/index.ts";
import type { MoneyDeps } from "../transfers/deps.ts";

/**
 * charge.refunded → refunds made in Stripe's dashboard become Refund rows (source STRIPE), processed
 * like ours (process-refund, without a second Stripe refund). Re-reads the charge's refunds from Stripe;
 * ours are recognised by their metadata (atelier_refund_id) or their stored id and left alone.
 *
 * Allocation rule: a dashboard refund names no item, so its amount is spread over the order's items in
 * order (created first first, then by id), each taking up to what is left to refund on it. When it spans
 * several items it becomes one Refund per item: the first carries the Stripe refund id (unique, so a
 * repeated event creates nothing), the others name it in their reason. All are created in one transaction.
 */
export async function syncChargeRefunds(deps: MoneyDeps & { events: EventSender }, chargeId: string): Promise<{ created: string[]; unallocated: number }> {
  const order = await deps.db.order.findUnique({ where: { stripeChargeId: chargeId }, select: { id: true } });
  if (!order) return { created: [], unallocated: 0 };
  const stripeRefunds = [];
  for await (const s of deps.stripe.refunds.list({ charge: chargeId, limit: 100 })) stripeRefunds.push(s);
  const known = new Set(
    (await deps.db.refund.findMany({ where: { orderId: order.id, stripeRefundId: { not: null } }, select: { stripeRefundId: true } })).map(
      (r) => r.stripeRefundId,
    ),
  );
  const foreign = stripeRefunds
    .filter((s) => !s.metadata?.atelier_refund_id && !known.has(s.id) && (s.status === "succeeded" || s.status === "pending"))
    .sort((a, b) => a.created - b.created || a.id.localeCompare(b.id));
  const created: string[] = [];
  let unallocated = 0;
  for (const s of foreign) {
    let afterCommit: () => Promise<void> = async () => {};
    try {
      const ids = await deps.db.$transaction(async (tx) => {
        const items = await tx.orderItem.findMany({
          where: { orderId: order.id, status: { in: ["PAID", "SHIPPED", "DELIVERED"] } },
          orderBy: [{ createdAt: "asc" }, { id: "asc" }],
        });
        let left = s.amount;
        const rows: string[] = [];
        for (const item of items) {
          const total = item.subtotalAmount + item.shippingAmount;
          const take = Math.min(left, total - item.refundedAmount);
          if (take <= 0) continue;
          await tx.orderItem.update({ where: { id: item.id }, data: { refundedAmount: { increment: take } } });
          const split = refundSplit({ totalAmount: total, artistAmount: item.artistAmount }, item.refundedAmount, take);
          const first = rows.length === 0;
          const row = await tx.refund.create({
            data: {
              orderId: order.id,
              orderItemId: item.id,
              currency: s.currency.toUpperCase(),
              amount: take,
              ...split,
              source: "STRIPE",
              stripeRefundId: first ? s.id : null,
              reason: first ? "Refunded in Stripe's dashboard" : `Refunded in Stripe's dashboard (part of ${s.id})`,
            },
            select: { id: true },
          });
          rows.push(row.id);
          left -= take;
          if (left === 0) break;
        }
        unallocated += left;
        if (rows.length) afterCommit = await eventsWithTransaction(deps.events, tx, rows.map(refundRequestedEvent));
        return rows;
      });
      await afterCommit();
      created.push(...ids);
    } catch (e) {
      // a concurrent run recorded the same Stripe refund (unique stripeRefundId): nothing to add
      if ((e as { code?: string }).code === "P2002") continue;
      throw e;
    }
  }
  return { created, unallocated };
}
