import { z } from "zod";
import { PRINTFUL_ORDER_STATUS } from "./printful-status.ts";
import { verifyPrintfulWebhook } from "./printful-webhook.ts";
import { PrintLabRefused, type PrintLabAdapter, type PrintLabItem, type PrintLabOrder, type PrintLabOrderInput } from "./print-lab.ts";

export const PRINTFUL_API_URL = "https://api.printful.com";

export interface PrintfulConfig {
  /** a private token (Printful dashboard → Developers) with the orders scope */
  apiKey: string;
  /** the hexadecimal `secret_key` Printful returned when the webhook configuration was set up (POST /v2/webhooks) */
  webhookSecret: string;
  /** needed with an account-level token (sent as X-PF-Store-Id) */
  storeId?: string;
  apiUrl?: string;
  /** our catalogue's variant codes (`giclee-a3`) → Printful's `<catalog_variant_id>[/<placement>/<technique>]` (PRINTFUL_VARIANTS) */
  variants?: Record<string, string>;
  fetch?: typeof fetch;
}

const orderSchema = z.object({ id: z.number().int(), external_id: z.string().nullable(), status: z.string() }).passthrough();
const orderEnvelope = z.object({ data: orderSchema });
const shipmentSchema = z.object({
  id: z.number().int(),
  carrier: z.string().nullable().optional(),
  shipment_status: z.string(),
  shipped_at: z.string().nullable().optional(),
  delivery_status: z.string().optional(),
  delivered_at: z.string().nullable().optional(),
  tracking_url: z.string().nullable().optional(),
  tracking_number: z.string().nullable().optional(),
});
const shipmentsEnvelope = z.object({ data: z.array(shipmentSchema) });
type PrintfulOrder = z.infer<typeof orderSchema>;
type PrintfulShipment = z.infer<typeof shipmentSchema>;

/**
 * `<catalog_variant_id>[/<placement>/<technique>]`; wall art defaults to Printful's `default` placement printed `digital`.
 * Our catalogue's codes (`giclee-a3`) are looked up in `variants` first (PRINTFUL_VARIANTS); an unmapped one is refused by name.
 */
export function printfulItem(item: PrintLabItem, variants: Record<string, string> = {}) {
  const code = variants[item.variantCode] ?? item.variantCode;
  const [variant, placement = "default", technique = "digital"] = code.split("/");
  const catalogVariantId = Number(variant);
  if (!Number.isInteger(catalogVariantId) || catalogVariantId <= 0) {
    throw new PrintLabRefused(
      `"${item.variantCode}" is not mapped to a Printful catalog variant: add it to PRINTFUL_VARIANTS as "${item.variantCode}": "<id>[/<placement>/<technique>]"`,
      400,
      "variantCode",
    );
  }
  return {
    source: "catalog",
    catalog_variant_id: catalogVariantId,
    quantity: item.quantity,
    ...(item.name ? { name: item.name } : {}),
    placements: [{ placement, technique, layers: [{ type: "file", url: item.printFileUrl }] }],
  };
}

/** The body of POST /v2/orders for our order. */
export function printfulOrderBody(input: PrintLabOrderInput, variants: Record<string, string> = {}) {
  const r = input.recipient;
  return {
    external_id: input.externalId,
    shipping: "STANDARD",
    recipient: {
      name: r.name,
      address1: r.address1,
      ...(r.address2 ? { address2: r.address2 } : {}),
      city: r.city,
      ...(r.stateCode ? { state_code: r.stateCode } : {}),
      country_code: r.countryCode,
      ...(r.zip ? { zip: r.zip } : {}),
      ...(r.email ? { email: r.email } : {}),
      ...(r.phone ? { phone: r.phone } : {}),
    },
    order_items: input.items.map((item) => printfulItem(item, variants)),
  };
}

/** Our view of a Printful order, given its shipments (the latest one sent decides shipped / delivered). */
export function printfulOrderView(order: PrintfulOrder, shipments: PrintfulShipment[]): PrintLabOrder {
  const sent = shipments
    .filter((s) => s.shipment_status === "shipped")
    .sort((a, b) => (a.shipped_at ?? "").localeCompare(b.shipped_at ?? ""))
    .at(-1);
  let status = PRINTFUL_ORDER_STATUS[order.status] ?? null;
  if (sent && (status === "IN_PRODUCTION" || status === "SHIPPED")) status = sent.delivery_status === "delivered" ? "DELIVERED" : "SHIPPED";
  return {
    provider: "printful",
    id: String(order.id),
    externalId: order.external_id ?? "",
    status,
    shipment: sent
      ? {
          carrier: sent.carrier ?? null,
          trackingNumber: sent.tracking_number ?? null,
          trackingUrl: sent.tracking_url ?? null,
          shippedAt: sent.shipped_at ? new Date(sent.shipped_at) : null,
        }
      : null,
    deliveredAt: sent?.delivery_status === "delivered" && sent.delivered_at ? new Date(sent.delivered_at) : null,
    failureReason: null,
  };
}

/** Printful's errors come as RFC 9457 problems (v2) or as `{code, result, error: {message}}` (v1 and some v2 endpoints). */
export function printfulErrorMessage(status: number, json: unknown): string {
  const j = (json ?? {}) as { detail?: unknown; title?: unknown; result?: unknown; error?: { message?: unknown } };
  for (const m of [j.detail, j.error?.message, typeof j.result === "string" ? j.result : undefined, j.title]) if (typeof m === "string" && m) return m;
  return `Printful answered ${status}`;
}

/**
 * Printful's REST API (v2 orders; cancelling is still v1's DELETE /orders/{id}, as Printful's v2 beta
 * notes say). Orders are found by our external id (`@<externalId>`), which makes creating idempotent:
 * an order that exists is confirmed if still a draft and answered, never made twice.
 */
export function printfulAdapter(config: PrintfulConfig): PrintLabAdapter {
  const base = (config.apiUrl ?? PRINTFUL_API_URL).replace(/\/$/, "");
  const doFetch = config.fetch ?? fetch;
  async function call(method: "GET" | "POST" | "DELETE", path: string, body?: unknown) {
    const res = await doFetch(`${base}${path}`, {
      method,
      headers: {
        authorization: `Bearer ${config.apiKey}`,
        ...(config.storeId ? { "x-pf-store-id": config.storeId } : {}),
        ...(body ? { "content-type": "application/json" } : {}),
      },
      body: body ? JSON.stringify(body) : undefined,
      signal: AbortSignal.timeout(30_000),
    });
    const json: unknown = await res.json().catch(() => null);
    // throttled, unauthorised or down: worth retrying later (the job runner backs off)
    if (res.status >= 500 || res.status === 429 || res.status === 401 || res.status === 403) {
      throw new Error(`Printful ${method} ${path} answered ${res.status}: ${printfulErrorMessage(res.status, json)}`);
    }
    return { status: res.status, json };
  }
  const ref = (externalId: string) => encodeURIComponent(`@${externalId}`);

  async function findOrder(externalId: string): Promise<PrintfulOrder | null> {
    const r = await call("GET", `/v2/orders/${ref(externalId)}`);
    if (r.status === 404) return null;
    if (r.status !== 200) throw new PrintLabRefused(printfulErrorMessage(r.status, r.json), r.status);
    return orderEnvelope.parse(r.json).data;
  }
  async function view(order: PrintfulOrder): Promise<PrintLabOrder> {
    if (!["inprocess", "partial", "fulfilled"].includes(order.status)) return printfulOrderView(order, []);
    const r = await call("GET", `/v2/orders/${order.id}/shipments`);
    return printfulOrderView(order, r.status === 200 ? shipmentsEnvelope.parse(r.json).data : []);
  }
  async function getStatus(externalId: string) {
    const order = await findOrder(externalId);
    return order ? view(order) : null;
  }

  return {
    provider: "printful",
    async createOrder(input) {
      let order = await findOrder(input.externalId);
      if (!order) {
        const r = await call("POST", "/v2/orders", printfulOrderBody(input, config.variants));
        if (r.status !== 200 && r.status !== 201) throw new PrintLabRefused(printfulErrorMessage(r.status, r.json), r.status);
        order = orderEnvelope.parse(r.json).data;
      }
      if (order.status === "draft") {
        const r = await call("POST", `/v2/orders/${order.id}/confirmation`);
        if (r.status !== 200) {
          const costs = (order as { costs?: { calculation_status?: string } }).costs;
          // Printful refuses to confirm while it is still calculating the costs: try again later
          if (costs?.calculation_status !== "done")
            throw new Error(`Printful order ${order.id} cannot be confirmed yet: ${printfulErrorMessage(r.status, r.json)}`);
          throw new PrintLabRefused(printfulErrorMessage(r.status, r.json), r.status);
        }
        order = orderEnvelope.parse(r.json).data;
      }
      return view(order);
    },
    async cancelOrder(externalId) {
      const r = await call("DELETE", `/orders/${ref(externalId)}`);
      if (r.status === 404) return { cancelled: false, reason: "Printful has no such order", order: null };
      const order = await getStatus(externalId);
      if (r.status === 200 && order) return { cancelled: true, order: { ...order, status: "CANCELLED" } };
      return { cancelled: false, reason: printfulErrorMessage(r.status, r.json), order };
    },
    getStatus,
    verifyWebhook: (rawBody, headers, now) => verifyPrintfulWebhook(rawBody, headers, config.webhookSecret, now),
  };
}
