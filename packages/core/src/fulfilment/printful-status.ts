import type { LabStatus } from "./print-lab.ts";

/**
 * Printful's order status → ours. draft and pending are accepted but not yet printing; inprocess and
 * partial are being made; fulfilled means every item shipped (the shipments say when it was delivered);
 * onhold says nothing about our lifecycle (Printful resolves it with the store owner).
 */
export const PRINTFUL_ORDER_STATUS: Record<string, LabStatus | null> = {
  draft: "CREATED",
  pending: "CREATED",
  inprocess: "IN_PRODUCTION",
  partial: "IN_PRODUCTION",
  fulfilled: "SHIPPED",
  canceled: "CANCELLED",
  archived: "CANCELLED",
  failed: "FAILED",
  onhold: null,
};
