import crypto from "node:crypto";
import { clone, nowSeconds, type LabOrder, type OrderItem, type OrderStatus, type Recipient, type Store } from "./store.ts";
import type { Webhooks } from "./webhooks.ts";

export class LabError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly field?: string,
  ) {
    super(message);
  }
}

export interface OrdersOptions {
  /** how long an order stays in each state before the next (created → in production → shipped → delivered) */
  stepMs: number;
  /** download every print file when production starts, and fail the order when one cannot be had (as a real lab does) */
  fetchPrintFiles: boolean;
  /** base of the tracking pages the lab serves */
  publicUrl: string;
  log: (line: string) => void;
}

const NEXT: Partial<Record<OrderStatus, "in_production" | "shipped" | "delivered">> = {
  created: "in_production",
  in_production: "shipped",
  shipped: "delivered",
};
const EVENT = { created: "order.created", in_production: "order.in_production", shipped: "order.shipped", delivered: "order.delivered" } as const;

/**
 * The lab's production line. An order is created (idempotent by `external_id`), may be cancelled only
 * while it is `created` (once printing starts the lab has spent the material), and moves on by itself
 * every `stepMs`: in production (print files fetched; an unreadable file fails the order), shipped (a
 * carrier and tracking number), delivered. Each change is an event delivered as a signed webhook.
 */
export class Orders {
  private timers = new Map<string, NodeJS.Timeout>();
  private closed = false;

  constructor(
    private readonly store: Store,
    private readonly webhooks: Webhooks,
    private readonly opts: OrdersOptions,
  ) {
    for (const [id, at] of Object.entries(store.state.nextStepAt)) this.scheduleStep(id, Math.max(0, at - Date.now()));
  }

  /** Creates the order, or answers the one already created for this external id (`replayed`). */
  create(body: unknown): { order: LabOrder; replayed: boolean } {
    const input = parseOrderInput(body);
    const fingerprint = crypto
      .createHash("sha256")
      .update(JSON.stringify([input.recipient, input.items]))
      .digest("hex");
    const existingId = this.store.state.byExternalId[input.external_id];
    if (existingId) {
      if (this.store.state.fingerprints[existingId] !== fingerprint) {
        throw new LabError(409, "external_id_in_use", `external_id ${input.external_id} was already used for an order with other contents`, "external_id");
      }
      return { order: clone(this.store.state.orders[existingId]!), replayed: true };
    }
    const now = nowSeconds();
    const order: LabOrder = {
      id: this.store.newId("plo"),
      object: "print_order",
      external_id: input.external_id,
      status: "created",
      recipient: input.recipient,
      items: input.items,
      shipment: null,
      delivered_at: null,
      failure_reason: null,
      cancelled_at: null,
      created: now,
      updated: now,
    };
    this.store.state.orders[order.id] = order;
    this.store.state.byExternalId[order.external_id] = order.id;
    this.store.state.fingerprints[order.id] = fingerprint;
    this.webhooks.emit("order.created", order);
    this.plan(order.id);
    return { order: clone(order), replayed: false };
  }

  find(idOrExternal: string): LabOrder | undefined {
    const id = idOrExternal.startsWith("@") ? this.store.state.byExternalId[idOrExternal.slice(1)] : idOrExternal;
    return id ? this.store.state.orders[id] : undefined;
  }

  get(idOrExternal: string): LabOrder {
    const order = this.find(idOrExternal);
    if (!order) throw new LabError(404, "not_found", `No such order: ${idOrExternal}`);
    return clone(order);
  }

  cancel(idOrExternal: string): LabOrder {
    const order = this.find(idOrExternal);
    if (!order) throw new LabError(404, "not_found", `No such order: ${idOrExternal}`);
    if (order.status === "cancelled") return clone(order);
    if (order.status !== "created") {
      throw new LabError(409, "not_cancellable", `The order is ${order.status.replace("_", " ")}: production has started and can no longer be cancelled`);
    }
    this.unplan(order.id);
    order.status = "cancelled";
    order.cancelled_at = order.updated = nowSeconds();
    this.webhooks.emit("order.cancelled", order);
    return clone(order);
  }

  /** Moves an order to its next state now (the timer's work; also a helper for tests and demos). */
  async advance(idOrExternal: string): Promise<LabOrder> {
    const order = this.find(idOrExternal);
    if (!order) throw new LabError(404, "not_found", `No such order: ${idOrExternal}`);
    const next = NEXT[order.status];
    if (!next) throw new LabError(409, "final_state", `The order is ${order.status} and moves no further`);
    this.unplan(order.id);
    if (next === "in_production" && this.opts.fetchPrintFiles) {
      const problem = await firstUnreadableFile(order.items);
      // cancelled (or advanced) while the files were being fetched: that change stands
      if (order.status !== "created") return clone(order);
      if (problem) return this.fail(order, problem);
    }
    order.status = next;
    order.updated = nowSeconds();
    if (next === "shipped") order.shipment = shipmentFor(order, this.opts.publicUrl);
    if (next === "delivered") order.delivered_at = order.updated;
    this.webhooks.emit(EVENT[next], order);
    this.plan(order.id);
    return clone(order);
  }

  private fail(order: LabOrder, reason: string): LabOrder {
    order.status = "failed";
    order.failure_reason = reason;
    order.updated = nowSeconds();
    this.webhooks.emit("order.failed", order);
    return clone(order);
  }

  private plan(id: string) {
    const order = this.store.state.orders[id]!;
    if (!NEXT[order.status]) return;
    this.store.state.nextStepAt[id] = Date.now() + this.opts.stepMs;
    this.store.changed();
    this.scheduleStep(id, this.opts.stepMs);
  }

  private unplan(id: string) {
    clearTimeout(this.timers.get(id));
    this.timers.delete(id);
    delete this.store.state.nextStepAt[id];
    this.store.changed();
  }

  private scheduleStep(id: string, delay: number) {
    if (this.closed) return;
    clearTimeout(this.timers.get(id));
    const t = setTimeout(() => {
      this.timers.delete(id);
      this.advance(id).catch((e: unknown) => this.opts.log(`step of ${id} failed: ${(e as Error).message}`));
    }, delay);
    this.timers.set(id, t);
  }

  close() {
    this.closed = true;
    for (const t of this.timers.values()) clearTimeout(t);
    this.timers.clear();
  }
}

async function firstUnreadableFile(items: OrderItem[]): Promise<string | null> {
  for (const item of items) {
    try {
      const res = await fetch(item.print_file_url, { signal: AbortSignal.timeout(15_000) });
      await res.arrayBuffer();
      if (!res.ok) return `The print file for ${item.variant_code} could not be downloaded (HTTP ${res.status})`;
    } catch (e) {
      return `The print file for ${item.variant_code} could not be downloaded (${(e as Error).message})`;
    }
  }
  return null;
}

function shipmentFor(order: LabOrder, publicUrl: string) {
  const digits = BigInt(`0x${crypto.createHash("sha256").update(order.id).digest("hex").slice(0, 12)}`)
    .toString()
    .padStart(12, "0")
    .slice(-12);
  const tracking = `SIM-${digits.slice(0, 4)}-${digits.slice(4, 8)}-${digits.slice(8, 12)}`;
  return { carrier: "Simulated Post", tracking_number: tracking, tracking_url: `${publicUrl}/track/${tracking}`, shipped_at: nowSeconds() };
}

function text(v: unknown, field: string, opts: { optional?: boolean; max?: number } = {}): string | null {
  if (v === undefined || v === null || v === "") {
    if (opts.optional) return null;
    throw new LabError(400, "parameter_missing", `Missing required field: ${field}`, field);
  }
  if (typeof v !== "string" || v.length > (opts.max ?? 200))
    throw new LabError(400, "parameter_invalid", `${field} must be text of at most ${opts.max ?? 200} characters`, field);
  return v.trim();
}

function parseOrderInput(body: unknown): { external_id: string; recipient: Recipient; items: OrderItem[] } {
  const b = (body ?? {}) as Record<string, unknown>;
  const externalId = text(b.external_id, "external_id", { max: 64 })!;
  const r = (b.recipient ?? {}) as Record<string, unknown>;
  if (typeof b.recipient !== "object" || !b.recipient) throw new LabError(400, "parameter_missing", "Missing required field: recipient", "recipient");
  const country = text(r.country_code, "recipient.country_code", { max: 2 })!;
  if (!/^[A-Z]{2}$/.test(country))
    throw new LabError(400, "parameter_invalid", "recipient.country_code must be an ISO 3166-1 alpha-2 code", "recipient.country_code");
  const recipient: Recipient = {
    name: text(r.name, "recipient.name")!,
    address1: text(r.address1, "recipient.address1")!,
    address2: text(r.address2, "recipient.address2", { optional: true }),
    city: text(r.city, "recipient.city")!,
    state_code: text(r.state_code, "recipient.state_code", { optional: true, max: 10 }),
    country_code: country,
    zip: text(r.zip, "recipient.zip", { optional: true, max: 20 }),
    email: text(r.email, "recipient.email", { optional: true }),
    phone: text(r.phone, "recipient.phone", { optional: true, max: 40 }),
  };
  if (!Array.isArray(b.items) || b.items.length === 0 || b.items.length > 50)
    throw new LabError(400, "parameter_invalid", "items must list 1 to 50 items", "items");
  const items = b.items.map((raw, i): OrderItem => {
    const it = (raw ?? {}) as Record<string, unknown>;
    const quantity = it.quantity;
    if (!Number.isInteger(quantity) || (quantity as number) < 1 || (quantity as number) > 100) {
      throw new LabError(400, "parameter_invalid", `items[${i}].quantity must be a whole number from 1 to 100`, `items[${i}].quantity`);
    }
    const url = text(it.print_file_url, `items[${i}].print_file_url`, { max: 2000 })!;
    if (!/^https?:\/\//.test(url))
      throw new LabError(400, "parameter_invalid", `items[${i}].print_file_url must be an http(s) URL`, `items[${i}].print_file_url`);
    return {
      variant_code: text(it.variant_code, `items[${i}].variant_code`, { max: 64 })!,
      quantity: quantity as number,
      print_file_url: url,
      name: text(it.name, `items[${i}].name`, { optional: true }),
    };
  });
  return { external_id: externalId, recipient, items };
}
