import crypto from "node:crypto";
import fs from "node:fs";
import path from "node:path";

/** The lab's order states, in the order it moves through them (cancelled and failed end it early). */
export const ORDER_FLOW = ["created", "in_production", "shipped", "delivered"] as const;
export type OrderStatus = (typeof ORDER_FLOW)[number] | "cancelled" | "failed";

export interface Recipient {
  name: string;
  address1: string;
  address2?: string | null;
  city: string;
  state_code?: string | null;
  country_code: string;
  zip?: string | null;
  email?: string | null;
  phone?: string | null;
}

export interface OrderItem {
  variant_code: string;
  quantity: number;
  print_file_url: string;
  name?: string | null;
}

export interface Shipment {
  carrier: string;
  tracking_number: string;
  tracking_url: string;
  shipped_at: number;
}

/** An order as the API answers it. Times are Unix seconds. */
export interface LabOrder {
  id: string;
  object: "print_order";
  external_id: string;
  status: OrderStatus;
  recipient: Recipient;
  items: OrderItem[];
  shipment: Shipment | null;
  delivered_at: number | null;
  failure_reason: string | null;
  cancelled_at: number | null;
  created: number;
  updated: number;
}

export type EventType = "order.created" | "order.in_production" | "order.shipped" | "order.delivered" | "order.cancelled" | "order.failed";

export interface LabEvent {
  id: string;
  object: "event";
  type: EventType;
  created: number;
  data: { order: LabOrder };
}

export interface DeliveryRecord {
  id: string;
  eventId: string;
  url: string;
  attempts: number;
  state: "pending" | "delivered" | "failed";
  lastStatus: number | null;
  lastError: string | null;
  /** epoch ms */
  nextAttemptAt: number | null;
}

export interface State {
  orders: Record<string, LabOrder>;
  /** external_id → order id */
  byExternalId: Record<string, string>;
  /** order id → fingerprint of what created it (a second create with other contents is refused) */
  fingerprints: Record<string, string>;
  /** order id → epoch ms when it moves to its next state */
  nextStepAt: Record<string, number>;
  events: Record<string, LabEvent>;
  deliveries: Record<string, DeliveryRecord>;
}

const empty = (): State => ({ orders: {}, byExternalId: {}, fingerprints: {}, nextStepAt: {}, events: {}, deliveries: {} });

/** Everything the lab knows, as plain JSON: kept in memory, written to `file` (tmp + rename) when given. */
export class Store {
  state: State;
  private timer: NodeJS.Timeout | null = null;

  constructor(private readonly file?: string) {
    this.state = file && fs.existsSync(file) ? { ...empty(), ...(JSON.parse(fs.readFileSync(file, "utf8")) as State) } : empty();
  }

  newId(prefix: string): string {
    return `${prefix}_${crypto.randomBytes(12).toString("hex")}`;
  }

  changed() {
    if (!this.file || this.timer) return;
    this.timer = setTimeout(() => {
      this.timer = null;
      this.flush();
    }, 100);
  }

  flush() {
    if (!this.file) return;
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    fs.mkdirSync(path.dirname(this.file), { recursive: true });
    const tmp = `${this.file}.${process.pid}.tmp`;
    fs.writeFileSync(tmp, JSON.stringify(this.state));
    fs.renameSync(tmp, this.file);
  }
}

export const nowSeconds = () => Math.floor(Date.now() / 1000);
export const clone = <T>(v: T): T => structuredClone(v);
