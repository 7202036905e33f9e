import { SIGNATURE_HEADER, signPayload } from "./signature.ts";
import { clone, nowSeconds, type DeliveryRecord, type EventType, type LabEvent, type LabOrder, type Store } from "./store.ts";

export interface WebhookTarget {
  url: string;
  secret: string;
}

/**
 * Webhook delivery: every event is stored, then POSTed to each target, signed at each attempt, and
 * retried on the backoff schedule until a 2xx (after the last retry the delivery is `failed`).
 * Pending deliveries survive a restart of the lab.
 */
export class Webhooks {
  private inFlight = new Set<Promise<void>>();
  private timers = new Set<NodeJS.Timeout>();
  private closed = false;

  constructor(
    private readonly store: Store,
    readonly targets: WebhookTarget[],
    private readonly retryScheduleMs: number[],
    private readonly log: (line: string) => void,
  ) {
    for (const d of Object.values(store.state.deliveries)) if (d.state === "pending") this.schedule(d, Math.max(0, (d.nextAttemptAt ?? 0) - Date.now()));
  }

  /** Records an event about an order (a snapshot of it) and queues its delivery to every target. */
  emit(type: EventType, order: LabOrder): LabEvent {
    const event: LabEvent = { id: this.store.newId("plev"), object: "event", type, created: nowSeconds(), data: { order: clone(order) } };
    this.store.state.events[event.id] = event;
    for (const t of this.targets) this.deliver(event.id, t.url);
    this.store.changed();
    return event;
  }

  /** Queues one more delivery of a stored event (also the `resend` helper: a replay, byte for byte the same event). */
  deliver(eventId: string, url: string) {
    const d: DeliveryRecord = {
      id: this.store.newId("pldel"),
      eventId,
      url,
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
    const event = this.store.state.events[d.eventId];
    const target = this.targets.find((t) => t.url === d.url);
    if (!event || !target || this.closed) return;
    const payload = JSON.stringify(event);
    d.attempts++;
    try {
      const res = await fetch(d.url, {
        method: "POST",
        headers: { "content-type": "application/json", "user-agent": "atelier-print-lab/1", [SIGNATURE_HEADER]: signPayload(payload, target.secret) },
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
    } else if (d.attempts > this.retryScheduleMs.length) {
      d.state = "failed";
      d.nextAttemptAt = null;
      this.log(`webhook ${event.type} ${event.id} → ${d.url} failed after ${d.attempts} attempts (${d.lastError})`);
    } else {
      const delay = this.retryScheduleMs[d.attempts - 1]!;
      d.nextAttemptAt = Date.now() + delay;
      this.schedule(d, delay);
    }
    this.store.changed();
  }

  /** Resolves when nothing is in flight and no delivery is due within `withinMs`. */
  async flush(timeoutMs = 30_000, withinMs = 2_000) {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      await new Promise((r) => setTimeout(r, 10));
      const due = Object.values(this.store.state.deliveries).some((d) => d.state === "pending" && (d.nextAttemptAt ?? 0) <= Date.now() + withinMs);
      if (this.inFlight.size === 0 && !due) return;
      if (Date.now() > deadline) throw new Error("print lab: webhooks still pending after flush timeout");
      await Promise.allSettled([...this.inFlight]);
    }
  }

  async close() {
    this.closed = true;
    for (const t of this.timers) clearTimeout(t);
    await Promise.allSettled([...this.inFlight]);
  }
}
