import type { Engine, RequestInfo } from "../engine.ts";
import { invalid, noSuch, StripeHttpError } from "../errors.ts";
import { bool, metadata, str } from "../form.ts";
import { listOf, route, type Ctx, type Route } from "../http.ts";
import { periodEnd, subscriptionObject, type Interval } from "../objects/subscription.ts";
import { clone, type Obj } from "../store.ts";

export function getSubscription(engine: Engine, id: string): Obj {
  const s = engine.store.get(id);
  if (!s || s.object !== "subscription") throw noSuch("subscription", id);
  renewOrEndDue(engine);
  return s;
}

type Items = { data: Obj[] };
const itemsOf = (s: Obj) => (s.items as Items).data;
const recurringOf = (s: Obj) => (itemsOf(s)[0]!.price as Obj).recurring as { interval: Interval; interval_count: number };

/** Creates the subscription a paid subscription-mode Checkout Session asks for: active, first period from now. */
export function createSubscription(engine: Engine, i: { customer: string; currency: string; metadata: Record<string, string>; lineItems: Obj[] }): Obj {
  const now = engine.store.now();
  const first = i.lineItems[0]!.price as Obj;
  const r = first.recurring as { interval: Interval; interval_count: number };
  const sub = subscriptionObject({
    id: engine.store.newId("sub"),
    created: now,
    customer: i.customer,
    currency: i.currency,
    metadata: i.metadata,
    items: i.lineItems.map((li) => ({ id: engine.store.newId("si"), price: clone(li.price as Obj), quantity: li.quantity as number })),
    periodStart: now,
    periodEnd: periodEnd(now, r.interval, r.interval_count),
  });
  engine.store.put(sub);
  engine.emit("customer.subscription.created", sub);
  return sub;
}

/** Ends a subscription now (DELETE, or the period end of one set to cancel): `customer.subscription.deleted`. */
function endSubscription(engine: Engine, s: Obj, reason: "cancellation_requested", request?: RequestInfo): Obj {
  if (s.status === "canceled") {
    throw new StripeHttpError(400, {
      type: "invalid_request_error",
      code: "resource_missing",
      message: `No such subscription: '${s.id}'; it has already been canceled.`,
    });
  }
  const now = engine.store.now();
  Object.assign(s, {
    status: "canceled",
    ended_at: now,
    canceled_at: (s.canceled_at as number | null) ?? now,
    cancellation_details: { comment: null, feedback: null, feedback_option: null, reason },
  });
  engine.store.put(s);
  engine.emit("customer.subscription.deleted", s, { request });
  return s;
}

/**
 * On the sandbox clock: a subscription whose period has ended either ends (cancel_at_period_end) or renews for
 * another period (`customer.subscription.updated`; the sandbox bills no renewal invoice).
 */
export function renewOrEndDue(engine: Engine) {
  const now = engine.store.now();
  for (const s of engine.store.all("subscription")) {
    if (s.status !== "active") continue;
    let guard = 0;
    while (s.status === "active" && (itemsOf(s)[0]!.current_period_end as number) <= now && guard++ < 1_000) {
      if (s.cancel_at_period_end) {
        endSubscription(engine, s, "cancellation_requested");
        break;
      }
      const start = itemsOf(s)[0]!.current_period_end as number;
      const r = recurringOf(s);
      const previous = { items: clone(s.items as Obj) };
      for (const item of itemsOf(s)) Object.assign(item, { current_period_start: start, current_period_end: periodEnd(start, r.interval, r.interval_count) });
      engine.store.put(s);
      engine.emit("customer.subscription.updated", s, { previous });
    }
  }
}

/** POST /v1/subscriptions/:id: `cancel_at_period_end` and `metadata`. */
function updateSubscription(ctx: Ctx): Obj {
  const s = getSubscription(ctx.engine, ctx.match[0]!);
  const cancel = bool(ctx.params, "cancel_at_period_end");
  const previous: Record<string, unknown> = {};
  if (s.status === "canceled" && (cancel !== undefined || ctx.params.metadata !== undefined)) {
    throw invalid("A canceled subscription can only update its cancellation_details and metadata.", "cancel_at_period_end");
  }
  if (cancel !== undefined && cancel !== s.cancel_at_period_end) {
    const end = itemsOf(s)[0]!.current_period_end as number;
    previous.cancel_at_period_end = s.cancel_at_period_end;
    previous.cancel_at = s.cancel_at;
    previous.canceled_at = s.canceled_at;
    Object.assign(s, {
      cancel_at_period_end: cancel,
      cancel_at: cancel ? end : null,
      canceled_at: cancel ? ctx.engine.store.now() : null,
      cancellation_details: { comment: null, feedback: null, feedback_option: null, reason: cancel ? "cancellation_requested" : null },
    });
  }
  if (ctx.params.metadata !== undefined) {
    previous.metadata = s.metadata;
    s.metadata = metadata(ctx.params, s.metadata as Record<string, string>);
  }
  for (const key of Object.keys(ctx.params)) {
    if (!["cancel_at_period_end", "metadata", "expand"].includes(key)) {
      throw invalid(`The sandbox updates cancel_at_period_end and metadata only (got ${key}).`, key, "parameter_unknown");
    }
  }
  ctx.engine.store.put(s);
  if (Object.keys(previous).length) ctx.engine.emit("customer.subscription.updated", s, { previous, request: ctx.request });
  return s;
}

export const subscriptionRoutes: Route[] = [
  route("GET", "/v1/subscriptions", (ctx) => {
    renewOrEndDue(ctx.engine);
    const customer = str(ctx.params, "customer");
    const status = str(ctx.params, "status");
    return listOf(
      ctx,
      ctx.engine.store
        .all("subscription")
        .filter((s) => (!customer || s.customer === customer) && (status === "all" || (status ? s.status === status : s.status !== "canceled"))),
      "/v1/subscriptions",
    );
  }),
  route("GET", "/v1/subscriptions/:id", (ctx) => getSubscription(ctx.engine, ctx.match[0]!)),
  route("POST", "/v1/subscriptions/:id", updateSubscription),
  route("DELETE", "/v1/subscriptions/:id", (ctx) =>
    endSubscription(ctx.engine, getSubscription(ctx.engine, ctx.match[0]!), "cancellation_requested", ctx.request),
  ),
];
