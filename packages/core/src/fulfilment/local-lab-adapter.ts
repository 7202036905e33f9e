import { z } from "zod";
import { LAB_SIGNATURE_HEADER, verifyLabSignature } from "./lab-signature.ts";
import { PrintLabRefused, type LabStatus, type PrintLabAdapter, type PrintLabOrder, type PrintLabOrderInput } from "./print-lab.ts";

/** The API key the local lab accepts (tooling/print-lab). */
export const LOCAL_LAB_API_KEY = "pl_test_atelier_print_lab";
/** The webhook secret `./atelier dev` gives the local lab and the app when PRINT_LAB_WEBHOOK_SECRET is unset (published: demos only). */
export const LOCAL_LAB_WEBHOOK_SECRET = "plsec_atelier_local_print_lab_signing_secret";

const STATUS: Record<string, LabStatus> = {
  created: "CREATED",
  in_production: "IN_PRODUCTION",
  shipped: "SHIPPED",
  delivered: "DELIVERED",
  cancelled: "CANCELLED",
  failed: "FAILED",
};

const unix = z.number().int().nonnegative();
const labOrderSchema = z.object({
  id: z.string().min(1),
  external_id: z.string().min(1),
  status: z.string(),
  shipment: z.object({ carrier: z.string(), tracking_number: z.string(), tracking_url: z.string(), shipped_at: unix }).nullable(),
  delivered_at: unix.nullable(),
  failure_reason: z.string().nullable(),
});
type LabOrderJson = z.infer<typeof labOrderSchema>;
const labEventSchema = z.object({
  id: z.string().startsWith("plev_"),
  type: z.string().min(1),
  created: unix,
  data: z.object({ order: labOrderSchema }),
});
const errorSchema = z.object({ error: z.object({ code: z.string(), message: z.string(), field: z.string().optional() }) });

export interface LocalLabConfig {
  url: string;
  apiKey?: string;
  webhookSecret: string;
  fetch?: typeof fetch;
}

/** The adapter for the local print lab (tooling/print-lab): its JSON API under /v1 and its Stripe-style signed webhooks. */
export function localLabAdapter(config: LocalLabConfig): PrintLabAdapter {
  const base = config.url.replace(/\/$/, "");
  const doFetch = config.fetch ?? fetch;
  async function call(method: "GET" | "POST", path: string, body?: unknown): Promise<{ status: number; json: unknown }> {
    const res = await doFetch(`${base}${path}`, {
      method,
      headers: { authorization: `Bearer ${config.apiKey ?? LOCAL_LAB_API_KEY}`, ...(body ? { "content-type": "application/json" } : {}) },
      body: body ? JSON.stringify(body) : undefined,
      signal: AbortSignal.timeout(20_000),
    });
    const json: unknown = await res.json().catch(() => null);
    if (res.status >= 500 || res.status === 401 || res.status === 429) throw new Error(`print lab answered ${res.status} to ${method} ${path}`);
    return { status: res.status, json };
  }
  const refusal = (status: number, json: unknown) => {
    const e = errorSchema.safeParse(json);
    return new PrintLabRefused(e.success ? e.data.error.message : `print lab answered ${status}`, status, e.success ? (e.data.error.field ?? null) : null);
  };
  const orderPath = (externalId: string) => `/v1/orders/${encodeURIComponent(`@${externalId}`)}`;
  async function getStatus(externalId: string): Promise<PrintLabOrder | null> {
    const r = await call("GET", orderPath(externalId));
    if (r.status === 404) return null;
    if (r.status !== 200) throw refusal(r.status, r.json);
    return toOrder(labOrderSchema.parse(r.json));
  }

  return {
    provider: "local",
    async createOrder(input: PrintLabOrderInput) {
      const r = await call("POST", "/v1/orders", {
        external_id: input.externalId,
        recipient: {
          name: input.recipient.name,
          address1: input.recipient.address1,
          address2: input.recipient.address2 ?? null,
          city: input.recipient.city,
          state_code: input.recipient.stateCode ?? null,
          country_code: input.recipient.countryCode,
          zip: input.recipient.zip ?? null,
          email: input.recipient.email ?? null,
          phone: input.recipient.phone ?? null,
        },
        items: input.items.map((i) => ({ variant_code: i.variantCode, quantity: i.quantity, print_file_url: i.printFileUrl, name: i.name ?? null })),
      });
      if (r.status !== 200 && r.status !== 201) throw refusal(r.status, r.json);
      return toOrder(labOrderSchema.parse(r.json));
    },
    async cancelOrder(externalId) {
      const r = await call("POST", `${orderPath(externalId)}/cancel`);
      if (r.status === 200) return { cancelled: true, order: toOrder(labOrderSchema.parse(r.json)) };
      if (r.status === 404) return { cancelled: false, reason: "The lab has no such order", order: null };
      const reason = refusal(r.status, r.json).message;
      return { cancelled: false, reason, order: await getStatus(externalId) };
    },
    getStatus,
    verifyWebhook(rawBody, headers, now) {
      const check = verifyLabSignature(rawBody, headers.get(LAB_SIGNATURE_HEADER), config.webhookSecret, now);
      if (!check.ok) return { ok: false, error: check.error };
      let parsed: z.infer<typeof labEventSchema>;
      try {
        parsed = labEventSchema.parse(JSON.parse(rawBody));
      } catch {
        return { ok: false, error: "Not a print lab event" };
      }
      const order = toOrder(parsed.data.order);
      return {
        ok: true,
        event: {
          provider: "local",
          id: parsed.id,
          type: parsed.type,
          occurredAt: new Date(parsed.created * 1000),
          externalOrderId: order.externalId,
          status: order.status,
          shipment: order.shipment,
          deliveredAt: order.deliveredAt,
          reason: order.failureReason,
          payload: parsed,
        },
      };
    },
  };
}

function toOrder(o: LabOrderJson): PrintLabOrder {
  return {
    provider: "local",
    id: o.id,
    externalId: o.external_id,
    status: STATUS[o.status] ?? null,
    shipment: o.shipment
      ? {
          carrier: o.shipment.carrier,
          trackingNumber: o.shipment.tracking_number,
          trackingUrl: o.shipment.tracking_url,
          shippedAt: new Date(o.shipment.shipped_at * 1000),
        }
      : null,
    deliveredAt: o.delivered_at === null ? null : new Date(o.delivered_at * 1000),
    failureReason: o.failure_reason,
  };
}
