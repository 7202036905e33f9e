import crypto from "node:crypto";
import { z } from "zod";
import { PRINTFUL_ORDER_STATUS } from "./printful-status.ts";
import type { LabEvent, LabStatus, WebhookVerdict } from "./print-lab.ts";

/** Printful's webhook v2 signature: hex HMAC-SHA256 of the raw body, keyed with the hex-decoded `secret_key`. */
export const PRINTFUL_SIGNATURE_HEADER = "x-pf-webhook-signature";
/**
 * Printful signs the body only (no delivery time), and retries a failed delivery after 1, 4, 16, 64, 256
 * and 1024 minutes (≈ 23 h in all). So an event whose `occurred_at` is older than this is refused as a
 * replay; within it, a replay is stored once by the event's id and changes nothing.
 */
export const PRINTFUL_EVENT_MAX_AGE_MS = 48 * 3_600_000;
const FUTURE_SKEW_MS = 5 * 60_000;

const webhookSchema = z.object({
  type: z.string().min(1),
  occurred_at: z.string().min(1),
  retries: z.number().int().nonnegative().optional(),
  store_id: z.number().int(),
  data: z.unknown(),
});
const orderData = z.object({ id: z.number().int(), external_id: z.string().nullable().optional(), status: z.string().optional() });
const shipmentData = z.object({
  id: z.number().int(),
  tracking_number: z.string().nullable().optional(),
  tracking_url: z.string().nullable().optional(),
  shipped_at: z.string().nullable().optional(),
  carrier: z.string().nullable().optional(),
});
const eventData = z.object({ order: orderData.optional(), shipment: shipmentData.optional(), reason: z.string().optional() }).passthrough();

/** The signature Printful would send for this body (tests and tools). */
export function signPrintfulPayload(rawBody: string, secretHex: string): string {
  return crypto.createHmac("sha256", Buffer.from(secretHex, "hex")).update(rawBody, "utf8").digest("hex");
}

/**
 * One id per event, the same on every retry: Printful's events carry no id, and a retry differs from the
 * first delivery only in `retries`, so the id is a hash of everything else.
 */
export function printfulEventId(body: z.infer<typeof webhookSchema>): string {
  const digest = crypto
    .createHash("sha256")
    .update(JSON.stringify([body.type, body.occurred_at, body.store_id, body.data]))
    .digest("hex");
  return `pf_${digest.slice(0, 40)}`;
}

/** Which of our states an event moves its order to; null: stored, nothing to apply (holds, returns, catalogue events…). */
function statusOf(type: string, data: z.infer<typeof eventData>): LabStatus | null {
  switch (type) {
    case "shipment_sent":
      return "SHIPPED";
    case "order_created":
      return "CREATED";
    case "order_failed":
      return "FAILED";
    case "order_canceled":
      return "CANCELLED";
    case "order_updated":
      return data.order?.status ? (PRINTFUL_ORDER_STATUS[data.order.status] ?? null) : null;
    default:
      return null;
  }
}

export function verifyPrintfulWebhook(rawBody: string, headers: Headers, secretHex: string, now: Date): WebhookVerdict {
  const given = headers.get(PRINTFUL_SIGNATURE_HEADER);
  if (!given) return { ok: false, error: `Missing ${PRINTFUL_SIGNATURE_HEADER} header` };
  const expected = Buffer.from(signPrintfulPayload(rawBody, secretHex), "utf8");
  const actual = Buffer.from(given.trim().toLowerCase(), "utf8");
  if (actual.length !== expected.length || !crypto.timingSafeEqual(actual, expected)) return { ok: false, error: "No signature matches the body" };
  let body: z.infer<typeof webhookSchema>;
  try {
    body = webhookSchema.parse(JSON.parse(rawBody));
  } catch {
    return { ok: false, error: "Not a Printful webhook event" };
  }
  const occurredAt = new Date(body.occurred_at);
  if (Number.isNaN(occurredAt.getTime())) return { ok: false, error: "occurred_at is not a date-time" };
  const age = now.getTime() - occurredAt.getTime();
  if (age > PRINTFUL_EVENT_MAX_AGE_MS || age < -FUTURE_SKEW_MS) return { ok: false, error: "Event time is outside the accepted window" };
  const data = eventData.safeParse(body.data ?? {});
  const d = data.success ? data.data : {};
  const shipment = d.shipment
    ? {
        carrier: d.shipment.carrier ?? null,
        trackingNumber: d.shipment.tracking_number ?? null,
        trackingUrl: d.shipment.tracking_url ?? null,
        shippedAt: d.shipment.shipped_at ? new Date(d.shipment.shipped_at) : null,
      }
    : null;
  const event: LabEvent = {
    provider: "printful",
    id: printfulEventId(body),
    type: body.type,
    occurredAt,
    externalOrderId: d.order?.external_id ?? null,
    status: statusOf(body.type, d),
    shipment,
    deliveredAt: null,
    reason: d.reason ?? null,
    payload: body,
  };
  return { ok: true, event };
}
