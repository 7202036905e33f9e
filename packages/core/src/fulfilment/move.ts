import type { Prisma } from "@atelier/db";
import type { EventSender } from "@atelier/events";
import { shipPaidItem } from "../orders/shipping.ts";
import type { LabShipment, LabStatus, PrintLabProvider } from "./print-lab.ts";
import { MOVABLE_FROM, STATUS_TIME, type FulfilmentStatus } from "./transitions.ts";

/** Who ships when a lab does not name its carrier (Printful's shipment_sent carries tracking, not always the carrier). */
export const LAB_NAME: Record<PrintLabProvider, string> = { printful: "Printful", local: "Local print lab" };

export interface Move {
  fulfilmentId: string;
  to: LabStatus;
  /** when the lab says it happened: orders the news (an older event never undoes a newer one) */
  occurredAt: Date;
  shipment?: LabShipment | null;
  deliveredAt?: Date | null;
  reason?: string | null;
  providerOrderId?: string | null;
}

export interface MoveResult {
  moved: boolean;
  /** the status after the attempt (unchanged when `moved` is false) */
  status: FulfilmentStatus;
  /** queue-after-commit work (the buyer's item-shipped mail); run it once the transaction committed */
  afterCommit: () => Promise<void>;
}

/**
 * Moves a fulfilment forward in the caller's transaction, by one conditional update (so two deliveries
 * of news at once move it once), following the rules of ./transitions.ts. Shipping or delivery moves its
 * order item through the same path as an artist's shipment: PAID → SHIPPED with the carrier and tracking
 * and the `order-item.shipped` mail (core/orders/shipping.ts), then SHIPPED → DELIVERED.
 */
export async function moveFulfilment(tx: Prisma.TransactionClient, events: EventSender, m: Move): Promise<MoveResult> {
  const shipment = m.shipment ?? null;
  const at = m.to === "SHIPPED" ? (shipment?.shippedAt ?? m.occurredAt) : m.to === "DELIVERED" ? (m.deliveredAt ?? m.occurredAt) : m.occurredAt;
  const moved = await tx.fulfilment.updateMany({
    where: {
      id: m.fulfilmentId,
      status: { in: [...MOVABLE_FROM[m.to]] },
      OR: [{ status: { not: "FAILED" } }, { lastEventAt: null }, { lastEventAt: { lt: m.occurredAt } }],
    },
    data: {
      status: m.to,
      [STATUS_TIME[m.to]]: at,
      lastEventAt: m.occurredAt,
      ...(m.providerOrderId ? { providerOrderId: m.providerOrderId } : {}),
      ...(shipment?.carrier ? { carrier: shipment.carrier } : {}),
      ...(shipment?.trackingNumber ? { trackingNumber: shipment.trackingNumber } : {}),
      ...(shipment?.trackingUrl ? { trackingUrl: shipment.trackingUrl } : {}),
      ...(m.to === "DELIVERED" && shipment?.shippedAt ? { shippedAt: shipment.shippedAt } : {}),
      ...(m.to === "FAILED" ? { failureReason: m.reason ?? "The lab did not say why" } : {}),
    },
  });
  const f = await tx.fulfilment.findUniqueOrThrow({
    where: { id: m.fulfilmentId },
    select: { status: true, orderItemId: true, provider: true, carrier: true, trackingNumber: true, shippedAt: true },
  });
  let afterCommit = async () => {};
  if (moved.count === 1 && (m.to === "SHIPPED" || m.to === "DELIVERED")) {
    const shipped = await shipPaidItem(tx, events, {
      orderItemId: f.orderItemId,
      carrier: f.carrier ?? LAB_NAME[f.provider as PrintLabProvider] ?? f.provider,
      trackingNumber: f.trackingNumber,
      shippedAt: f.shippedAt ?? at,
    });
    if (shipped) afterCommit = shipped;
    if (m.to === "DELIVERED") {
      await tx.orderItem.updateMany({ where: { id: f.orderItemId, status: "SHIPPED" }, data: { status: "DELIVERED", deliveredAt: at } });
    }
  }
  return { moved: moved.count === 1, status: f.status, afterCommit };
}
