import crypto from "node:crypto";
import fs from "node:fs";
import path from "node:path";

/** Any Stripe object as the API returns it. */
export type Obj = { id: string; object: string; [key: string]: unknown };

export interface DeliveryRecord {
  id: string;
  eventId: string;
  url: string;
  attempts: number;
  state: "pending" | "delivered" | "failed";
  lastStatus: number | null;
  lastError: string | null;
  nextAttemptAt: number | null;
}

export interface LinkRecord {
  token: string;
  kind: "onboarding" | "login";
  account: string;
  refreshUrl?: string;
  returnUrl?: string;
  expiresAt: number;
  /** onboarding links work once: the first visit takes them */
  visitedWith?: string;
}

/** Everything the sandbox knows. Plain JSON, so it can be written to disk and read back. */
export interface State {
  seq: number;
  objects: Record<string, Obj>;
  /** object id → the connected account it lives on (for Stripe-Account scoping) */
  ownerAccount: Record<string, string>;
  /** ids per object type, in creation order */
  lists: Record<string, string[]>;
  /** "platform" or acct_… → currency → minor units */
  balances: Record<string, Record<string, { available: number; pending: number }>>;
  idempotency: Record<string, { fingerprint: string; status: number; body: string; at: number }>;
  deliveries: Record<string, DeliveryRecord>;
  links: Record<string, LinkRecord>;
  webhookEndpoints: { id: string; url: string; secret: string; connect: boolean; enabledEvents: string[] }[];
  /** checkout session id → its line items */
  lineItems: Record<string, Obj[]>;
  /** charge id → amount already transferred out with source_transaction */
  transferredFrom: Record<string, number>;
  /** what a request asked for that Stripe does not echo on the object (checkout session → payment_intent_data, …) */
  internal: Record<string, Record<string, unknown>>;
  /** the sandbox clock: seconds added to the wall clock (`POST /__sandbox/clock/advance`) */
  clockOffsetSeconds: number;
}

const empty = (): State => ({
  seq: 0,
  objects: {},
  ownerAccount: {},
  lists: {},
  balances: {},
  idempotency: {},
  deliveries: {},
  links: {},
  webhookEndpoints: [],
  lineItems: {},
  transferredFrom: {},
  internal: {},
  clockOffsetSeconds: 0,
});

export class Store {
  state: State;
  private timer: NodeJS.Timeout | null = null;

  constructor(private readonly file?: string) {
    this.state = file && fs.existsSync(file) ? { ...empty(), ...(JSON.parse(fs.readFileSync(file, "utf8")) as State) } : empty();
  }

  /** Now on the sandbox clock, in Unix seconds (object timestamps, expiries, idempotency windows). */
  now(): number {
    return nowSeconds() + this.state.clockOffsetSeconds;
  }

  /** `acct_1Q…`-style ids: Stripe's prefix and 24 random characters. */
  newId(prefix: string): string {
    this.state.seq++;
    return `${prefix}_${crypto.randomBytes(18).toString("base64url").replace(/[-_]/g, "").slice(0, 24).padEnd(24, "0")}`;
  }

  put<T extends Obj>(obj: T, account?: string | null): T {
    const isNew = !this.state.objects[obj.id];
    this.state.objects[obj.id] = obj;
    if (isNew) (this.state.lists[obj.object] ??= []).push(obj.id);
    if (account) this.state.ownerAccount[obj.id] = account;
    this.changed();
    return obj;
  }

  get<T extends Obj = Obj>(id: string): T | undefined {
    return this.state.objects[id] as T | undefined;
  }

  all<T extends Obj = Obj>(type: string): T[] {
    return (this.state.lists[type] ?? []).map((id) => this.state.objects[id] as T).filter(Boolean);
  }

  balance(account: string | null | undefined, currency: string) {
    const key = account ?? "platform";
    const perCurrency = (this.state.balances[key] ??= {});
    return (perCurrency[currency] ??= { available: 0, pending: 0 });
  }

  /** Schedules an atomic write (tmp + rename) of the whole state. */
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

/** A deep copy, so callers never hold the store's own objects. */
export const clone = <T>(v: T): T => structuredClone(v);
export const nowSeconds = () => Math.floor(Date.now() / 1000);
