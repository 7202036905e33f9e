import { z } from "zod";
import { moveFulfilment } from "./move.ts";
import { LAB_STATUSES, type LabShipment } from "./print-lab.ts";
import type { FulfilmentDeps } from "./submit.ts";

const date = z.coerce.date().nullable();
const changeSchema = z.object({
  status: z.enum(LAB_STATUSES).nullable(),
  shipment: z.object({ carrier: z.string().nullable(), trackingNumber: z.string().nullable(), trackingUrl: z.string().nullable(), shippedAt: date }).nullable(),
  deliveredAt: date,
  reason: z.string().nullable(),
});

export interface ApplyResult {
  outcome: string;
  fulfilmentId: string | null;
}

/**
 * Applies a stored print-lab event to its fulfilment (the `apply-print-lab-event` job). Once per event:
 * an event already PROCESSED or IGNORED is answered as it was (a replay does nothing). The move is
 * forward-only (./transitions.ts), so events arriving out of order never undo newer news — a late
 * "shipped" after "delivered" is recorded as stale. A shipment without a carrier (Printful's
 * shipment_sent names only the tracking) is completed from the lab's own view of the order.
 */
export async function applyPrintLabEvent(deps: FulfilmentDeps, printLabEventId: string): Promise<ApplyResult> {
  const { db } = deps;
  const ev = await db.printLabEvent.findUnique({ where: { id: printLabEventId } });
  if (!ev) return { outcome: "no such event", fulfilmentId: null };
  if (ev.status === "PROCESSED" || ev.status === "IGNORED") return { outcome: ev.outcome ?? ev.status.toLowerCase(), fulfilmentId: null };
  const change = changeSchema.parse(ev.change);
  const f = ev.externalOrderId ? await db.fulfilment.findUnique({ where: { externalId: ev.externalOrderId } }) : null;
  if (!change.status || !f || f.provider !== ev.provider) {
    const outcome = !change.status ? "nothing to apply" : "not one of our orders";
    await db.printLabEvent.update({ where: { id: ev.id }, data: { status: "IGNORED", outcome, processedAt: deps.now() } });
    return { outcome, fulfilmentId: f?.id ?? null };
  }
  let shipment: LabShipment | null = change.shipment;
  if ((change.status === "SHIPPED" || change.status === "DELIVERED") && !shipment?.carrier && deps.lab?.provider === ev.provider) {
    const current = await deps.lab.getStatus(f.externalId);
    if (current?.shipment) {
      shipment = {
        carrier: shipment?.carrier ?? current.shipment.carrier,
        trackingNumber: shipment?.trackingNumber ?? current.shipment.trackingNumber,
        trackingUrl: shipment?.trackingUrl ?? current.shipment.trackingUrl,
        shippedAt: shipment?.shippedAt ?? current.shipment.shippedAt,
      };
    }
  }
  const to = change.status;
  const after = await db.$transaction(async (tx) => {
    const moved = await moveFulfilment(tx, deps.events, {
      fulfilmentId: f.id,
      to,
      occurredAt: ev.occurredAt,
      shipment,
      deliveredAt: change.deliveredAt,
      reason: change.reason,
    });
    const outcome = moved.moved ? to : `stale: already ${moved.status}`;
    await tx.printLabEvent.update({ where: { id: ev.id }, data: { status: "PROCESSED", outcome, processedAt: deps.now(), lastError: null } });
    return { outcome, afterCommit: moved.afterCommit };
  });
  await after.afterCommit();
  return { outcome: after.outcome, fulfilmentId: f.id };
}

/** Records why applying an event failed for good (the job's last attempt), so admins can see and replay it. */
export async function markPrintLabEventFailed(deps: Pick<FulfilmentDeps, "db" | "now">, printLabEventId: string, error: string) {
  await deps.db.printLabEvent.updateMany({ where: { id: printLabEventId, status: "RECEIVED" }, data: { status: "FAILED", lastError: error.slice(0, 2000) } });
}
