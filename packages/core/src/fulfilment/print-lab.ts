/**
 * The print-on-demand adapter: what Atelier asks of a print lab, whichever lab it is (Printful in
 * production, the local lab in tooling/print-lab by default). Code above it — submitting an order
 * item, applying webhook events, cancelling — is the same for every lab.
 */

/** A lab order's life: created → in production → shipped (carrier + tracking) → delivered; or cancelled / failed. */
export const LAB_STATUSES = ["CREATED", "IN_PRODUCTION", "SHIPPED", "DELIVERED", "CANCELLED", "FAILED"] as const;
export type LabStatus = (typeof LAB_STATUSES)[number];

export type PrintLabProvider = "printful" | "local";

/** Where the lab sends the parcel (the buyer's shipping address from checkout). */
export interface PrintRecipient {
  name: string;
  address1: string;
  address2?: string | null;
  city: string;
  /** ISO 3166-2 subdivision without the country part (e.g. CA for California); required by labs for US, CA, AU */
  stateCode?: string | null;
  /** ISO 3166-1 alpha-2 */
  countryCode: string;
  zip?: string | null;
  email?: string | null;
  phone?: string | null;
}

export interface PrintLabItem {
  /** the lab's product variant: for Printful `<catalog_variant_id>[/<placement>/<technique>]` (e.g. `1349` or `4012/front/dtg`) */
  variantCode: string;
  quantity: number;
  /** a URL the lab can download the print-ready file from */
  printFileUrl: string;
  name?: string | null;
}

export interface PrintLabOrderInput {
  /** ours, unique per lab order: creating twice with the same id answers the first order */
  externalId: string;
  recipient: PrintRecipient;
  items: PrintLabItem[];
}

export interface LabShipment {
  carrier: string | null;
  trackingNumber: string | null;
  trackingUrl: string | null;
  shippedAt: Date | null;
}

/** A lab order as the lab reports it, in our words. */
export interface PrintLabOrder {
  provider: PrintLabProvider;
  /** the lab's id */
  id: string;
  externalId: string;
  /** null when the lab's state says nothing about our lifecycle (e.g. Printful's `onhold`) */
  status: LabStatus | null;
  shipment: LabShipment | null;
  deliveredAt: Date | null;
  failureReason: string | null;
}

export type CancelResult = { cancelled: true; order: PrintLabOrder } | { cancelled: false; reason: string; order: PrintLabOrder | null };

/** A verified webhook delivery, normalised. `id` is unique per event and the same on every retry of it. */
export interface LabEvent {
  provider: PrintLabProvider;
  id: string;
  type: string;
  occurredAt: Date;
  /** our external id of the order it is about (null: not about an order, e.g. a catalogue event) */
  externalOrderId: string | null;
  /** what the event says the order became; null: nothing for our lifecycle (stored, not applied) */
  status: LabStatus | null;
  shipment: LabShipment | null;
  deliveredAt: Date | null;
  reason: string | null;
  /** the parsed body, stored as the event's payload */
  payload: unknown;
}

export type WebhookVerdict = { ok: true; event: LabEvent } | { ok: false; error: string };

export interface PrintLabAdapter {
  readonly provider: PrintLabProvider;
  /** Creates and confirms the order for production; idempotent by `externalId` (a retry answers the order made first). */
  createOrder(input: PrintLabOrderInput): Promise<PrintLabOrder>;
  /** Cancels before production; a lab that has started answers `cancelled: false` with its reason. */
  cancelOrder(externalId: string): Promise<CancelResult>;
  /** The lab's current view of the order; null when it has none with this external id. */
  getStatus(externalId: string): Promise<PrintLabOrder | null>;
  /** Verifies a webhook delivery over its raw body (signature and freshness) and normalises it. */
  verifyWebhook(rawBody: string, headers: Headers, now: Date): WebhookVerdict;
}

/** The lab refused a request for a reason retrying will not fix (bad address, unknown variant, unreadable file…). */
export class PrintLabRefused extends Error {
  constructor(
    message: string,
    readonly status: number,
    readonly field: string | null = null,
  ) {
    super(message);
    this.name = "PrintLabRefused";
  }
}
