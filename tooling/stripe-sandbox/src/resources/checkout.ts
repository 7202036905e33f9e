import crypto from "node:crypto";
import type { Engine, RequestInfo } from "../engine.ts";
import { invalid, noSuch, StripeHttpError } from "../errors.ts";
import { currency, int, list, metadata, obj, str, type Params } from "../form.ts";
import { listOf, route, type Ctx, type Route } from "../http.ts";
import { nowSeconds, type Obj } from "../store.ts";
import { confirm } from "./payments.ts";

export function getSession(engine: Engine, id: string): Obj {
  const s = engine.store.get(id);
  if (!s || s.object !== "checkout.session") throw noSuch("checkout.session", id);
  expireIfDue(engine, s);
  return s;
}

function expireIfDue(engine: Engine, s: Obj) {
  if (s.status === "open" && (s.expires_at as number) <= nowSeconds()) expire(engine, s);
}

function expire(engine: Engine, s: Obj, request?: RequestInfo): Obj {
  if (s.status !== "open") {
    throw new StripeHttpError(400, {
      type: "invalid_request_error",
      code: "checkout_session_unexpected_state",
      message: `Only Checkout Sessions with a status in ["open"] can be expired.`,
    });
  }
  Object.assign(s, { status: "expired", url: null });
  const pi = s.payment_intent ? engine.store.get(s.payment_intent as string) : null;
  if (pi && pi.status !== "succeeded") Object.assign(pi, { status: "canceled", canceled_at: nowSeconds(), cancellation_reason: "abandoned" });
  engine.store.put(s);
  engine.emit("checkout.session.expired", s, { request });
  return s;
}

function createSession(ctx: Ctx): Obj {
  const { engine } = ctx;
  const p = ctx.params;
  const mode = str(p, "mode", { required: true })!;
  if (mode !== "payment") throw invalid(`The sandbox supports mode=payment only (got ${mode}).`, "mode", "parameter_invalid_string");
  const rawItems = list(p, "line_items");
  if (!rawItems.length)
    throw new StripeHttpError(400, {
      type: "invalid_request_error",
      code: "parameter_missing",
      param: "line_items",
      message: "You must provide at least one line item in `payment` mode.",
    });
  const id = `cs_test_${crypto.randomBytes(30).toString("base64url").replace(/[-_]/g, "").slice(0, 58)}`;
  let cur = "";
  const items = rawItems.map((raw, i) => {
    const pd = obj(raw, "price_data");
    if (!pd)
      throw new StripeHttpError(400, {
        type: "invalid_request_error",
        code: "parameter_missing",
        param: `line_items[${i}][price_data]`,
        message: `Missing required param: line_items[${i}][price_data].`,
      });
    const c = currency(pd, "currency");
    if (cur && c !== cur) throw invalid("All line items must use the same currency.", `line_items[${i}][price_data][currency]`);
    cur = c;
    const unit = int(pd, "unit_amount", { required: true, min: 0 })!;
    const quantity = int(raw, "quantity", { required: true, min: 1 })!;
    const product = obj(pd, "product_data") ?? {};
    const name = str(product as Params, "name");
    if (!name)
      throw new StripeHttpError(400, {
        type: "invalid_request_error",
        code: "parameter_missing",
        param: `line_items[${i}][price_data][product_data][name]`,
        message: `Missing required param: line_items[${i}][price_data][product_data][name].`,
      });
    return {
      id: engine.store.newId("li"),
      object: "item",
      amount_subtotal: unit * quantity,
      amount_total: unit * quantity,
      currency: c,
      description: name,
      quantity,
      price: { id: engine.store.newId("price"), object: "price", currency: c, unit_amount: unit, product: engine.store.newId("prod"), type: "one_time" },
      images: list(product as Params, "images").map(String),
    } as Obj;
  });
  const total = items.reduce((sum, li) => sum + (li.amount_total as number), 0);
  const created = nowSeconds();
  const expiresAt = int(p, "expires_at") ?? created + 86_400;
  if (expiresAt < created + 1_800 - 5 || expiresAt > created + 86_400 + 5)
    throw invalid(
      "The `expires_at` timestamp must be between 30 minutes and 24 hours from Checkout Session creation.",
      "expires_at",
      "parameter_invalid_integer",
    );
  const successUrl = str(p, "success_url", { required: true })!;
  const pid = obj(p, "payment_intent_data") ?? {};
  const session: Obj = {
    id,
    object: "checkout.session",
    amount_subtotal: total,
    amount_total: total,
    cancel_url: str(p, "cancel_url") ?? null,
    client_reference_id: str(p, "client_reference_id") ?? null,
    created,
    currency: cur,
    customer: null,
    customer_details: null,
    customer_email: str(p, "customer_email") ?? null,
    expires_at: expiresAt,
    livemode: false,
    metadata: metadata(p),
    mode,
    payment_intent: null,
    payment_method_types: ["card"],
    payment_status: "unpaid",
    status: "open",
    success_url: successUrl,
    url: `${engine.opts.publicUrl}/c/pay/${id}`,
    payment_intent_data: {
      description: (pid as Params).description ?? null,
      metadata: (pid as Params).metadata ?? {},
      transfer_group: (pid as Params).transfer_group ?? null,
    },
  };
  engine.store.state.lineItems[id] = items;
  engine.store.put(session);
  engine.later(Math.max(0, (expiresAt - created) * 1000), () => expireIfDue(engine, session));
  return session;
}

/** What the hosted page's Pay button does: charge the card, and complete the session when it works. */
export function paySession(engine: Engine, id: string, cardNumber: string, email?: string): { ok: true; session: Obj } | { ok: false; message: string } {
  const s = getSession(engine, id);
  if (s.status !== "open") return { ok: false, message: s.status === "complete" ? "This checkout is already paid." : "This checkout session has expired." };
  let pi = s.payment_intent ? engine.store.get(s.payment_intent as string) : null;
  if (!pi) {
    const pid = s.payment_intent_data as { description: string | null; metadata: Record<string, string>; transfer_group: string | null };
    pi = {
      id: engine.store.newId("pi"),
      object: "payment_intent",
      amount: s.amount_total,
      amount_received: 0,
      currency: s.currency,
      status: "requires_payment_method",
      latest_charge: null,
      last_payment_error: null,
      description: pid.description,
      metadata: { ...pid.metadata },
      transfer_group: pid.transfer_group,
      payment_method: null,
      payment_method_types: ["card"],
      created: nowSeconds(),
      livemode: false,
    };
    engine.store.put(pi);
    s.payment_intent = pi.id;
    engine.store.put(s);
    engine.emit("payment_intent.created", pi);
  }
  try {
    confirm(engine, pi, cardNumber, undefined, { email: email ?? (s.customer_email as string | null) ?? undefined });
  } catch (e) {
    if (e instanceof StripeHttpError) return { ok: false, message: e.body.message };
    throw e;
  }
  Object.assign(s, {
    status: "complete",
    payment_status: "paid",
    url: null,
    customer_details: { email: email ?? s.customer_email ?? null, name: null, address: null, phone: null, tax_exempt: "none", tax_ids: [] },
  });
  engine.store.put(s);
  engine.emit("checkout.session.completed", s);
  return { ok: true, session: s };
}

export const checkoutRoutes: Route[] = [
  route("POST", "/v1/checkout/sessions", createSession),
  route("GET", "/v1/checkout/sessions", (ctx) => listOf(ctx, ctx.engine.store.all("checkout.session"), "/v1/checkout/sessions")),
  route("GET", "/v1/checkout/sessions/:id", (ctx) => getSession(ctx.engine, ctx.match[0]!)),
  route("GET", "/v1/checkout/sessions/:id/line_items", (ctx) =>
    listOf(
      ctx,
      [...(ctx.engine.store.state.lineItems[getSession(ctx.engine, ctx.match[0]!).id] ?? [])].reverse(),
      `/v1/checkout/sessions/${ctx.match[0]}/line_items`,
    ),
  ),
  route("POST", "/v1/checkout/sessions/:id/expire", (ctx) => expire(ctx.engine, getSession(ctx.engine, ctx.match[0]!), ctx.request)),
];
