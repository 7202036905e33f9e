import { AppError } from "../errors.ts";
import { moveFulfilment } from "./move.ts";
import type { FulfilmentDeps } from "./submit.ts";

export interface CancelFulfilmentResult {
  cancelled: boolean;
  /** the lab has started printing (or shipped): its production cost is spent and will not come back */
  productionStarted: boolean;
  status: string;
  reason: string | null;
}

const STARTED = new Set(["IN_PRODUCTION", "SHIPPED", "DELIVERED"]);

/**
 * Cancels the lab order of an order item, for a refund before it ships. Labs cancel only before
 * production starts (Printful: while pending; the local lab: while created); after that the lab keeps its
 * production cost, which the refund rules in the README assign. The lab's answer decides: a lab that has
 * started meanwhile says so, and its status is recorded.
 */
export async function cancelFulfilment(deps: FulfilmentDeps, orderItemId: string): Promise<CancelFulfilmentResult> {
  const f = await deps.db.fulfilment.findUnique({ where: { orderItemId } });
  if (!f) throw new AppError("NOT_FOUND", "This order item has no print order");
  if (f.status === "CANCELLED") return { cancelled: true, productionStarted: false, status: f.status, reason: null };
  if (STARTED.has(f.status))
    return {
      cancelled: false,
      productionStarted: true,
      status: f.status,
      reason: `The print lab has already ${f.status === "IN_PRODUCTION" ? "started printing" : "shipped"} it`,
    };
  const now = deps.now();
  // never reached the lab: nothing to ask it
  if (f.status === "PENDING" && f.attempts === 0) {
    await deps.db.$transaction((tx) => moveFulfilment(tx, deps.events, { fulfilmentId: f.id, to: "CANCELLED", occurredAt: now }));
    return { cancelled: true, productionStarted: false, status: "CANCELLED", reason: null };
  }
  if (!deps.lab) throw new AppError("PRECONDITION_FAILED", "No print lab is configured, so the print order cannot be cancelled");
  const r = await deps.lab.cancelOrder(f.externalId);
  const to = r.cancelled ? "CANCELLED" : r.order?.status;
  if (to) {
    const moved = await deps.db.$transaction((tx) =>
      moveFulfilment(tx, deps.events, {
        fulfilmentId: f.id,
        to,
        occurredAt: now,
        shipment: r.order?.shipment,
        deliveredAt: r.order?.deliveredAt,
        reason: r.order?.failureReason,
      }),
    );
    await moved.afterCommit();
  }
  const status = (await deps.db.fulfilment.findUniqueOrThrow({ where: { id: f.id }, select: { status: true } })).status;
  return { cancelled: status === "CANCELLED", productionStarted: STARTED.has(status), status, reason: r.cancelled ? null : r.reason };
}
