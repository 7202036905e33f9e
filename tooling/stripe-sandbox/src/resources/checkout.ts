import crypto from "node:crypto";
import type { Engine } from "../engine.ts";
import { invalid, missingParam, noSuch, StripeHttpError } from "../errors.ts";
import { currency, int, list, metadata, obj, str, type Params } from "../form.ts";
import { listOf, route, type Ctx, type Route } from "../http.ts";
import { checkoutSessionObject } from "../objects/checkout-session.ts";
import { clone, type Obj } from "../store.ts";
import { expireSession, expireDueSessions } from "./checkout-pay.ts";
import { getCustomer } from "./customers.ts";

/** What the session was asked to put on its PaymentIntent (Stripe does not echo it on the session). */
export interface SessionConfig {
  paymentIntentData: { description: string | null; metadata: Record<string, string>; transferGroup: string | null; receiptEmail: string | null };
  /** mode=subscription: what the subscription is created with (`subscription_data`) */
  subscriptionData?: { metadata: Record<string, string> };
}

const INTERVALS = ["day", "week", "month", "year"];

/** `price_data[recurring]`: interval (day/week/month/year) and interval_count, as Stripe checks them. */
function recurringOf(pd: Params, at: string) {
  const r = obj(pd, "recurring");
  if (!r) return null;
  const interval = str(r, "interval");
  if (!interval) throw missingParam(`${at}[price_data][recurring][interval]`);
  if (!INTERVALS.includes(interval))
    throw invalid(`Invalid ${at}[price_data][recurring][interval]: must be one of day, week, month, or year`, `${at}[price_data][recurring][interval]`);
  const count = int(r, "interval_count", { min: 1 }) ?? 1;
  const max = { day: 365, week: 52, month: 12, year: 1 }[interval as "day"];
  if (count > max)
    throw invalid(
      `The maximum billing period is one year (got ${count} ${interval}s).`,
      `${at}[price_data][recurring][interval_count]`,
      "parameter_invalid_integer",
    );
  return { interval, interval_count: count, meter: null, trial_period_days: null, usage_type: "licensed" };
}

const EXPIRY_SLACK_SECONDS = 10;

export const sessionConfig = (engine: Engine, id: string) => engine.store.state.internal[id] as unknown as SessionConfig;

export function getSession(engine: Engine, id: string): Obj {
  const s = engine.store.get(id);
  if (!s || s.object !== "checkout.session") throw noSuch("checkout.session", id);
  expireDueSessions(engine);
  return s;
}

function lineItem(engine: Engine, raw: Params, i: number, created: number): Obj {
  const at = `line_items[${i}]`;
  if (raw.price !== undefined) throw invalid(`The sandbox takes inline prices only: use ${at}[price_data].`, `${at}[price]`, "parameter_invalid_string");
  const pd = obj(raw, "price_data");
  if (!pd) throw missingParam(`${at}[price_data]`);
  const c = currency(pd, "currency");
  const unit = int(pd, "unit_amount", { min: 0 });
  if (unit === undefined) throw missingParam(`${at}[price_data][unit_amount]`);
  const quantity = int(raw, "quantity", { min: 1 });
  if (quantity === undefined) throw missingParam(`${at}[quantity]`);
  if (quantity > 999_999) throw invalid("Quantity must be at most 999999.", `${at}[quantity]`, "parameter_invalid_integer");
  const pdata = obj(pd, "product_data");
  const name = pdata ? str(pdata, "name") : undefined;
  if (!pdata || !name) throw missingParam(`${at}[price_data][product_data][name]`);
  const product = engine.store.put({
    id: `prod_${crypto.randomBytes(10).toString("base64url").replace(/[-_]/g, "").slice(0, 14)}`,
    object: "product",
    active: false,
    created,
    description: str(pdata, "description") ?? null,
    images: list(pdata, "images").map(String),
    livemode: false,
    metadata: metadata(pdata),
    name,
    type: "service",
    updated: created,
    url: null,
  });
  const recurring = recurringOf(pd, at);
  const price = {
    id: engine.store.newId("price"),
    object: "price",
    active: false,
    billing_scheme: "per_unit",
    created,
    currency: c,
    custom_unit_amount: null,
    livemode: false,
    lookup_key: null,
    metadata: {},
    nickname: null,
    product: product.id,
    recurring,
    tax_behavior: "unspecified",
    tiers_mode: null,
    transform_quantity: null,
    type: recurring ? "recurring" : "one_time",
    unit_amount: unit,
    unit_amount_decimal: String(unit),
  };
  return {
    id: engine.store.newId("li"),
    object: "item",
    adjustable_quantity: null,
    amount_discount: 0,
    amount_subtotal: unit * quantity,
    amount_tax: 0,
    amount_total: unit * quantity,
    currency: c,
    description: name,
    metadata: {},
    price,
    quantity,
  };
}

function allowedCountries(p: Params): string[] | null {
  const sac = obj(p, "shipping_address_collection");
  if (!sac) return null;
  const countries = list(sac, "allowed_countries").map((c) => String(c).toUpperCase());
  if (!countries.length) throw missingParam("shipping_address_collection[allowed_countries]");
  countries.forEach((c, i) => {
    if (!/^[A-Z]{2}$/.test(c))
      throw invalid(
        `Invalid shipping_address_collection[allowed_countries][${i}]: must be a two-letter country code`,
        `shipping_address_collection[allowed_countries][${i}]`,
      );
  });
  return [...new Set(countries)];
}

/** POST /v1/checkout/sessions: `mode=payment` or `mode=subscription` with inline prices, validated the way Stripe validates them. */
function createSession(ctx: Ctx): Obj {
  const { engine } = ctx;
  const p = ctx.params;
  const mode = str(p, "mode", { required: true })!;
  if (mode !== "payment" && mode !== "subscription")
    throw invalid(`The sandbox supports mode=payment and mode=subscription only (got ${mode}).`, "mode", "parameter_invalid_string");
  const rawItems = list(p, "line_items");
  if (!rawItems.length)
    throw new StripeHttpError(400, {
      type: "invalid_request_error",
      code: "parameter_missing",
      param: "line_items",
      message: `You must provide at least one line item in \`${mode}\` mode.`,
    });
  const created = engine.store.now();
  const items = rawItems.map((raw, i) => lineItem(engine, raw, i, created));
  const recurringAt = items.findIndex((li) => (li.price as Obj).recurring);
  if (mode === "payment" && recurringAt >= 0)
    throw invalid(
      "You specified `payment` mode but passed a recurring price. Either switch to `subscription` mode or use only one-time prices.",
      `line_items[${recurringAt}][price_data][recurring]`,
    );
  if (mode === "subscription" && recurringAt < 0)
    throw invalid("You must provide at least one recurring price in `subscription` mode when using prices.", "line_items");
  if (mode === "subscription" && p.payment_intent_data !== undefined)
    throw invalid("You can not pass `payment_intent_data` in `subscription` mode.", "payment_intent_data");
  const customerId = str(p, "customer") ?? null;
  if (customerId) getCustomer(engine, customerId, "customer");
  const cur = items[0]!.currency as string;
  items.forEach((li, i) => {
    if (li.currency !== cur) throw invalid("All line items must use the same currency.", `line_items[${i}][price_data][currency]`);
  });
  const total = items.reduce((sum, li) => sum + (li.amount_total as number), 0);
  const expiresAt = int(p, "expires_at") ?? created + 86_400;
  // a few seconds of slack, so "now + 30 minutes" computed by the caller just before the request passes
  if (expiresAt < created + 1_800 - EXPIRY_SLACK_SECONDS)
    throw invalid("The `expires_at` timestamp must be at least 30 minutes from Checkout Session creation.", "expires_at", "parameter_invalid_integer");
  if (expiresAt > created + 86_400 + EXPIRY_SLACK_SECONDS)
    throw invalid("The `expires_at` timestamp must be less than 24 hours from Checkout Session creation.", "expires_at", "parameter_invalid_integer");
  const email = str(p, "customer_email") ?? null;
  if (customerId && email) throw invalid("You may only specify one of these parameters: customer, customer_email.", "customer_email");
  if (email && !/^[^@\s]+@[^@\s]+\.[^@\s]+$/.test(email)) throw invalid(`Invalid email address: ${email}`, "customer_email", "email_invalid");
  const ref = str(p, "client_reference_id") ?? null;
  if (ref && ref.length > 200) throw invalid("client_reference_id must be at most 200 characters.", "client_reference_id", "parameter_invalid_string_too_long");
  for (const key of ["success_url", "cancel_url"]) {
    const u = str(p, key);
    if (u && !/^https?:\/\/\S+$/.test(u)) throw invalid(`Not a valid URL`, key, "url_invalid");
  }
  const pid = obj(p, "payment_intent_data") ?? {};
  const id = `cs_test_${crypto.randomBytes(45).toString("base64url").replace(/[-_]/g, "").slice(0, 58)}`;
  const session = checkoutSessionObject({
    id,
    created,
    expiresAt,
    currency: cur,
    amountSubtotal: total,
    url: `${engine.opts.publicUrl}/c/pay/${id}`,
    successUrl: str(p, "success_url") ?? null,
    cancelUrl: str(p, "cancel_url") ?? null,
    clientReferenceId: ref,
    customerEmail: email,
    metadata: metadata(p),
    allowedCountries: allowedCountries(p),
    mode,
    customer: customerId,
  });
  const config: SessionConfig = {
    paymentIntentData: {
      description: str(pid, "description") ?? null,
      metadata: metadata(pid),
      transferGroup: str(pid, "transfer_group") ?? null,
      receiptEmail: str(pid, "receipt_email") ?? null,
    },
    ...(mode === "subscription" ? { subscriptionData: { metadata: metadata(obj(p, "subscription_data") ?? {}) } } : {}),
  };
  engine.store.state.internal[id] = config as unknown as Record<string, unknown>;
  engine.store.state.lineItems[id] = items;
  engine.store.put(session);
  return session;
}

/** `expand[]=line_items` on a session, which Stripe returns only when asked. */
function withLineItems(ctx: Ctx, s: Obj): Obj {
  const raw = ctx.params.expand;
  const wanted = (Array.isArray(raw) ? raw : raw === undefined ? [] : typeof raw === "object" ? Object.values(raw as object) : [raw]).map(String);
  if (!wanted.some((w) => w === "line_items" || w.startsWith("line_items."))) return s;
  const items = ctx.engine.store.state.lineItems[s.id] ?? [];
  return { ...clone(s), line_items: { object: "list", data: items.map(clone), has_more: false, url: `/v1/checkout/sessions/${s.id}/line_items` } };
}

export const checkoutRoutes: Route[] = [
  route("POST", "/v1/checkout/sessions", createSession),
  route("GET", "/v1/checkout/sessions", (ctx) => {
    expireDueSessions(ctx.engine);
    const pi = str(ctx.params, "payment_intent");
    const status = str(ctx.params, "status");
    const ref = str(ctx.params, "client_reference_id");
    return listOf(
      ctx,
      ctx.engine.store
        .all("checkout.session")
        .filter((s) => (!pi || s.payment_intent === pi) && (!status || s.status === status) && (!ref || s.client_reference_id === ref)),
      "/v1/checkout/sessions",
    );
  }),
  route("GET", "/v1/checkout/sessions/:id", (ctx) => withLineItems(ctx, getSession(ctx.engine, ctx.match[0]!))),
  route("GET", "/v1/checkout/sessions/:id/line_items", (ctx) =>
    listOf(
      ctx,
      [...(ctx.engine.store.state.lineItems[getSession(ctx.engine, ctx.match[0]!).id] ?? [])].reverse(),
      `/v1/checkout/sessions/${ctx.match[0]}/line_items`,
    ),
  ),
  route("POST", "/v1/checkout/sessions/:id/expire", (ctx) => expireSession(ctx.engine, getSession(ctx.engine, ctx.match[0]!), ctx.request)),
];
