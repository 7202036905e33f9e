import { cancelFulfilment } from "../fulfilment/cancel.ts";
import type { FulfilmentDeps } from "../fulfilment/submit.ts";
import { refundPartsOf } from "./item-split.ts";

export type CancelPrintStep = { step: "not-needed" } | { step: "cancelled" } | { step: "lab-keeps-its-cost"; reason: string | null };

/**
 * Step 0 of a full refund of a print the lab has not started: cancel the lab order before the money goes back,
 * so the lab's part comes back from the lab. If the lab has started meanwhile, it keeps its cost and the
 * refund's parts are worked out again with the platform bearing the lab's part (nothing is booked yet: the
 * Refund is still REQUESTED). Safe to repeat: a cancelled order stays cancelled, recomputed parts stay the same.
 */
export async function cancelPrintForRefund(deps: FulfilmentDeps, refundId: string): Promise<CancelPrintStep> {
  const r = await deps.db.refund.findUniqueOrThrow({
    where: { id: refundId },
    include: { orderItem: { include: { fulfilment: { select: { status: true } } } } },
  });
  if (r.status !== "REQUESTED" || r.labAmount === 0 || !r.orderItem.fulfilment) return { step: "not-needed" };
  const c = await cancelFulfilment(deps, r.orderItemId);
  if (c.cancelled) return { step: "cancelled" };
  const item = r.orderItem;
  const before = await deps.db.refund.aggregate({
    where: { orderItemId: item.id, status: { not: "FAILED" }, createdAt: { lt: r.createdAt } },
    _sum: { amount: true },
  });
  const parts = refundPartsOf(item, before._sum.amount ?? 0, r.amount, false);
  await deps.db.refund.updateMany({ where: { id: r.id, status: "REQUESTED" }, data: parts });
  return { step: "lab-keeps-its-cost", reason: c.reason };
}
