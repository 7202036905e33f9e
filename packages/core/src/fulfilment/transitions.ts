import type { LabStatus } from "./print-lab.ts";

export type FulfilmentStatus = "PENDING" | LabStatus;

/**
 * From which statuses a fulfilment may move to each target: only forward along created → in production
 * → shipped → delivered (steps may be skipped when an event was lost), cancelled only before printing,
 * failed only before shipping. A failed order may still go on (a lab can fix and resubmit it), but only
 * on news newer than the failure (see `mayLeaveFailed`). Everything else is a late or repeated event:
 * it changes nothing, so delivered never becomes shipped.
 */
export const MOVABLE_FROM: Record<LabStatus, readonly FulfilmentStatus[]> = {
  CREATED: ["PENDING", "FAILED"],
  IN_PRODUCTION: ["PENDING", "CREATED", "FAILED"],
  SHIPPED: ["PENDING", "CREATED", "IN_PRODUCTION", "FAILED"],
  DELIVERED: ["PENDING", "CREATED", "IN_PRODUCTION", "SHIPPED", "FAILED"],
  CANCELLED: ["PENDING", "CREATED", "FAILED"],
  FAILED: ["PENDING", "CREATED", "IN_PRODUCTION"],
};

/** Leaving FAILED needs news that happened after the failure (an older event arriving late must not undo it). */
export function mayLeaveFailed(lastEventAt: Date | null, occurredAt: Date): boolean {
  return lastEventAt === null || occurredAt.getTime() > lastEventAt.getTime();
}

/** Whether a fulfilment in `from` (last changed by an event at `lastEventAt`) moves to `to` on news from `occurredAt`. */
export function canMove(from: FulfilmentStatus, to: LabStatus, lastEventAt: Date | null, occurredAt: Date): boolean {
  if (!MOVABLE_FROM[to].includes(from)) return false;
  return from !== "FAILED" || mayLeaveFailed(lastEventAt, occurredAt);
}

/** The timestamp column a status sets. */
export const STATUS_TIME = {
  CREATED: "submittedAt",
  IN_PRODUCTION: "inProductionAt",
  SHIPPED: "shippedAt",
  DELIVERED: "deliveredAt",
  CANCELLED: "cancelledAt",
  FAILED: "failedAt",
} as const satisfies Record<LabStatus, string>;
