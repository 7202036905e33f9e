import crypto from "node:crypto";
import { clone, nowSeconds, type Store, type DeliveryRecord, type Obj } from "./store.ts";

export const API_VERSION = "2026-10-28.endive";
const ZERO_DECIMAL = ["jpy", "krw", "vnd", "clp", "isk", "huf"];

export interface WebhookTarget {
  url: string;
  secret: string;
  /** deliver connected-account events too (default true) */
  connect?: boolean;
}

export interface EngineOptions {
  publicUrl: string;
  webhooks: WebhookTarget[];
  retryScheduleMs: number[];
  payoutDelayMs: number;
  feePercentBps: number;
  feeFixed: number;
  /** Stripe's dispute fee in minor units (zero-decimal currencies: `disputeFeeZeroDecimal`) */
  disputeFee: number;
  disputeFeeZeroDecimal: number;
  log: (line: string) => void;
}

/** What a request was made with, recorded on the events it causes. */
export interface RequestInfo {
  id: string | null;
  idempotencyKey: string | null;
}

/** Stripe's signature: `t=<unix>,v1=<hex HMAC-SHA256(secret, "<t>.<payload>")>`. */
export function signPayload(payload: string, secret: string, timestamp = nowSeconds()): string {
  const v1 = crypto.createHmac("sha256", secret).update(`${timestamp}.${payload}`, "utf8").digest("hex");
  return `t=${timestamp},v1=${v1}`;
}

/**
 * The sandbox's state machine core: the store, events (every change emits one), and webhook delivery
 * to each target — signed like Stripe, asynchronous, retried on the backoff schedule.
 */
export class Engine {
  private inFlight = new Set<Promise<void>>();
  private timers = new Set<NodeJS.Timeout>();
  closed = false;

  constructor(
    readonly store: Store,
    readonly opts: EngineOptions,
  ) {
    // resume deliveries that were pending when the state was saved
    for (const d of Object.values(store.state.deliveries)) if (d.state === "pending") this.schedule(d, Math.max(0, (d.nextAttemptAt ?? 0) - Date.now()));
  }

  targets(): WebhookTarget[] {
    return [
      ...this.opts.webhooks,
      ...this.store.state.webhookEndpoints.map((e) => ({ url: e.url, secret: e.secret, connect: e.connect, enabled: e.enabledEvents })),
    ];
  }

  /** Stripe's processing fee on a charge: percent (basis points, rounded half up on integers) + fixed. */
  fee(amount: number, currency: string): number {
    const zeroDecimal = ZERO_DECIMAL.includes(currency);
    const bps = zeroDecimal ? 360 : this.opts.feePercentBps;
    const fixed = zeroDecimal ? 0 : this.opts.feeFixed;
    return Math.floor((amount * bps + 5_000) / 10_000) + fixed;
  }

  /** The fee Stripe charges the platform for a dispute (not returned when the dispute is won). */
  disputeFee(currency: string): number {
    return ZERO_DECIMAL.includes(currency) ? this.opts.disputeFeeZeroDecimal : this.opts.disputeFee;
  }

  /** Records an event for a change and queues its delivery. */
  emit(type: string, object: Obj, opts: { account?: string | null; previous?: Record<string, unknown>; request?: RequestInfo } = {}): Obj {
    const targets = this.targets()
      .filter((t) => (opts.account ? t.connect !== false : true))
      .filter((t) => {
        const enabled = (t as { enabled?: string[] }).enabled;
        return !enabled || enabled.includes("*") || enabled.includes(type);
      });
    const event: Obj = {
      id: this.store.newId("evt"),
      object: "event",
      api_version: API_VERSION,
      created: this.store.now(),
      data: { object: clone(object), ...(opts.previous ? { previous_attributes: opts.previous } : {}) },
      livemode: false,
      pending_webhooks: targets.length,
      request: { id: opts.request?.id ?? null, idempotency_key: opts.request?.idempotencyKey ?? null },
      type,
      ...(opts.account ? { account: opts.account } : {}),
    };
    this.store.put(event, opts.account);
    for (const t of targets) this.deliver(event.id, t);
    return event;
  }

  /** Queues one delivery of a stored event to one target (also used by "resend"). */
  deliver(eventId: string, target: WebhookTarget) {
    const d: DeliveryRecord = {
      id: this.store.newId("whdel"),
      eventId,
      url: target.url,
      attempts: 0,
      state: "pending",
      lastStatus: null,
      lastError: null,
      nextAttemptAt: Date.now(),
    };
    this.store.state.deliveries[d.id] = d;
    this.store.changed();
    this.schedule(d, 0);
  }

  private schedule(d: DeliveryRecord, delay: number) {
    if (this.closed) return;
    const timer = setTimeout(() => {
      this.timers.delete(timer);
      const p = this.attempt(d).finally(() => this.inFlight.delete(p));
      this.inFlight.add(p);
    }, delay);
    this.timers.add(timer);
  }

  private async attempt(d: DeliveryRecord) {
    const event = this.store.get(d.eventId);
    const target = this.targets().find((t) => t.url === d.url);
    if (!event || !target || this.closed) return;
    const payload = JSON.stringify(event, null, 2);
    d.attempts++;
    try {
      const res = await fetch(d.url, {
        method: "POST",
        headers: {
          "content-type": "application/json; charset=utf-8",
          "user-agent": "Stripe/1.0 (+https://stripe.com/docs/webhooks)",
          "stripe-signature": signPayload(payload, target.secret),
        },
        body: payload,
        signal: AbortSignal.timeout(20_000),
      });
      await res.arrayBuffer().catch(() => undefined);
      d.lastStatus = res.status;
      d.lastError = res.ok ? null : `HTTP ${res.status}`;
    } catch (e) {
      d.lastStatus = null;
      d.lastError = (e as Error).message;
    }
    if (d.lastError === null) {
      d.state = "delivered";
      d.nextAttemptAt = null;
    } else if (d.attempts > this.opts.retryScheduleMs.length) {
      d.state = "failed";
      d.nextAttemptAt = null;
      this.opts.log(`webhook ${event.type} ${event.id} → ${d.url} failed after ${d.attempts} attempts (${d.lastError})`);
    } else {
      const delay = this.opts.retryScheduleMs[d.attempts - 1]!;
      d.nextAttemptAt = Date.now() + delay;
      this.schedule(d, delay);
    }
    this.store.changed();
  }

  /** Resolves when nothing is in flight and no delivery (first try or retry) is due within `withinMs`. */
  async flush(timeoutMs = 30_000, withinMs = 2_000) {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      await new Promise((r) => setTimeout(r, 10));
      const due = Object.values(this.store.state.deliveries).some((d) => d.state === "pending" && (d.nextAttemptAt ?? 0) <= Date.now() + withinMs);
      if (this.inFlight.size === 0 && !due) return;
      if (Date.now() > deadline) throw new Error("stripe sandbox: webhooks still pending after flush timeout");
      await Promise.allSettled([...this.inFlight]);
    }
  }

  private sweeps: ((engine: Engine) => void)[] = [];

  /** Registers work that runs every second and whenever the sandbox clock moves (expiring due sessions). */
  addSweep(fn: (engine: Engine) => void) {
    this.sweeps.push(fn);
    if (this.sweeps.length === 1) {
      const t = setInterval(() => this.sweep(), 1_000);
      t.unref();
      this.intervals.add(t);
    }
  }

  sweep() {
    if (this.closed) return;
    for (const fn of this.sweeps) fn(this);
  }

  /** Moves the sandbox clock forward (a test helper: expiries, idempotency windows), then runs the sweeps. */
  advanceClock(seconds: number) {
    if (!Number.isInteger(seconds) || seconds < 0) throw new Error("the sandbox clock only moves forward, in whole seconds");
    this.store.state.clockOffsetSeconds += seconds;
    this.store.changed();
    this.sweep();
  }

  private intervals = new Set<NodeJS.Timeout>();

  /** Runs `fn` later unless the sandbox closed (payout timers, expiries). */
  later(ms: number, fn: () => void) {
    const t = setTimeout(() => {
      this.timers.delete(t);
      if (!this.closed) fn();
    }, ms);
    this.timers.add(t);
  }

  async close() {
    this.closed = true;
    for (const t of this.timers) clearTimeout(t);
    for (const t of this.intervals) clearInterval(t);
    await Promise.allSettled([...this.inFlight]);
    this.store.flush();
  }
}
