import crypto from "node:crypto";
import type { Engine, RequestInfo } from "../engine.ts";
import { invalid, noSuch, StripeHttpError } from "../errors.ts";
import { metadata, obj, str, type Params } from "../form.ts";
import { listOf, route, type Ctx, type Route } from "../http.ts";
import { accountObject } from "../objects/account.ts";
import { clone, type Obj } from "../store.ts";

export function getAccount(engine: Engine, id: string, param?: string): Obj {
  const a = engine.store.get(id);
  if (!a || a.object !== "account" || a.deleted) throw noSuch("account", id, param);
  return a;
}

const snapshot = (a: Obj, keys: string[]) => Object.fromEntries(keys.map((k) => [k, clone(a[k])]));

function createAccount(ctx: Ctx): Obj {
  const p = ctx.params;
  const type = str(p, "type") ?? "express";
  if (!["express", "standard", "custom"].includes(type))
    throw invalid(`Invalid type: must be one of express, standard, or custom`, "type", "parameter_invalid_string");
  const country = (str(p, "country") ?? "US").toUpperCase();
  if (!/^[A-Z]{2}$/.test(country))
    throw invalid(`Country '${country}' is unknown. Try using a 2-character alphanumeric country code instead, such as 'US', 'EG', or 'GB'.`, "country");
  const caps = obj(p, "capabilities") ?? {};
  const capabilities: Record<string, string> = {};
  for (const [name, v] of Object.entries(caps)) if ((v as Params)?.requested === "true") capabilities[name] = "inactive";
  const bp = obj(p, "business_profile") ?? {};
  if (bp.mcc !== undefined && !/^\d{4}$/.test(String(bp.mcc))) throw invalid("Invalid MCC: must be a 4-digit merchant category code", "business_profile[mcc]");
  const id = ctx.engine.store.newId("acct");
  const account = accountObject({
    id,
    type,
    country,
    email: str(p, "email") ?? null,
    businessType: str(p, "business_type") ?? null,
    bp,
    capabilities,
    metadata: metadata(p),
    created: ctx.engine.store.now(),
  });
  return ctx.engine.store.put(account);
}

function updateAccount(ctx: Ctx): Obj {
  const a = getAccount(ctx.engine, ctx.match[0]!);
  const p = ctx.params;
  const prev = snapshot(a, ["email", "business_profile", "metadata", "capabilities"]);
  if (p.email !== undefined) a.email = str(p, "email") ?? null;
  const bp = obj(p, "business_profile");
  if (bp) a.business_profile = { ...(a.business_profile as object), ...bp };
  a.metadata = metadata(p, a.metadata as Record<string, string>);
  const caps = obj(p, "capabilities");
  if (caps)
    for (const [name, v] of Object.entries(caps))
      if ((v as Params)?.requested === "true") (a.capabilities as Record<string, string>)[name] ??= a.details_submitted ? "active" : "inactive";
  ctx.engine.store.put(a);
  ctx.engine.emit("account.updated", a, { account: a.id, previous: prev, request: ctx.request });
  return a;
}

/** What the hosted onboarding form does: the person submitted everything Stripe asked for. */
export function completeOnboarding(engine: Engine, id: string, request?: RequestInfo): Obj {
  const a = getAccount(engine, id);
  if (a.deauthorized) throw invalid(`Account ${id} has been disconnected from the platform`);
  const prev = snapshot(a, ["charges_enabled", "payouts_enabled", "details_submitted", "capabilities", "requirements"]);
  const caps = a.capabilities as Record<string, string>;
  if (!Object.keys(caps).length) caps.transfers = "inactive";
  for (const name of Object.keys(caps)) {
    if (caps[name] === "active") continue;
    caps[name] = "active";
    engine.emit(
      "capability.updated",
      {
        id: name,
        object: "capability",
        account: id,
        requested: true,
        status: "active",
        requirements: { currently_due: [], past_due: [], disabled_reason: null },
      } as Obj,
      { account: id, request },
    );
  }
  Object.assign(a, { details_submitted: true, charges_enabled: "card_payments" in caps, payouts_enabled: true });
  a.requirements = {
    alternatives: [],
    current_deadline: null,
    currently_due: [],
    disabled_reason: null,
    errors: [],
    eventually_due: [],
    past_due: [],
    pending_verification: [],
  };
  a.tos_acceptance = { date: engine.store.now(), ip: "127.0.0.1", user_agent: "sandbox" };
  if (!(a.external_accounts as { data: unknown[] }).data.length) {
    const ba = {
      id: engine.store.newId("ba"),
      object: "bank_account",
      account: id,
      bank_name: "STRIPE TEST BANK",
      country: a.country,
      currency: a.default_currency,
      last4: "6789",
      status: "new",
      default_for_currency: true,
    };
    a.external_accounts = { ...(a.external_accounts as object), data: [ba], total_count: 1 };
  }
  engine.store.put(a);
  engine.emit("account.updated", a, { account: id, previous: prev, request });
  return a;
}

export function requireMoreInfo(engine: Engine, id: string): Obj {
  const a = getAccount(engine, id);
  const prev = snapshot(a, ["charges_enabled", "payouts_enabled", "requirements"]);
  const due = ["individual.verification.document"];
  Object.assign(a, { charges_enabled: false, payouts_enabled: false });
  a.requirements = { ...(a.requirements as object), currently_due: due, past_due: due, eventually_due: due, disabled_reason: "requirements.past_due" };
  engine.store.put(a);
  engine.emit("account.updated", a, { account: id, previous: prev });
  return a;
}

/** The connected account revoked the platform's access. */
export function deauthorize(engine: Engine, id: string): Obj {
  const a = getAccount(engine, id);
  if (!a.deauthorized) {
    a.deauthorized = true;
    engine.store.put(a);
    engine.emit("account.application.deauthorized", { id: "ca_atelier_sandbox", object: "application", name: "Atelier" } as Obj, { account: id });
  }
  return a;
}

function createLink(ctx: Ctx, kind: "onboarding" | "login", account: string, urls: { refreshUrl?: string; returnUrl?: string }, ttl: number) {
  const token = crypto.randomBytes(18).toString("base64url");
  const created = ctx.engine.store.now();
  ctx.engine.store.state.links[token] = { token, kind, account, ...urls, expiresAt: created + ttl };
  ctx.engine.store.changed();
  const path = kind === "onboarding" ? `/setup/e/${token}` : `/express/${token}`;
  return { created, url: `${ctx.engine.opts.publicUrl}${path}`, expires_at: created + ttl };
}

const isUrl = (v: string | undefined, param: string) => {
  if (!v) throw new StripeHttpError(400, { type: "invalid_request_error", code: "parameter_missing", param, message: `Missing required param: ${param}.` });
  try {
    new URL(v);
  } catch {
    throw invalid(`Not a valid URL`, param, "url_invalid");
  }
  return v;
};

export const accountRoutes: Route[] = [
  route("POST", "/v1/accounts", createAccount),
  route("GET", "/v1/accounts", (ctx) =>
    listOf(
      ctx,
      ctx.engine.store.all("account").filter((a) => !a.deleted),
      "/v1/accounts",
    ),
  ),
  route("GET", "/v1/accounts/:id", (ctx) => getAccount(ctx.engine, ctx.match[0]!)),
  route("GET", "/v1/account", (ctx) =>
    ctx.account
      ? getAccount(ctx.engine, ctx.account)
      : ({
          id: "acct_atelier_platform",
          object: "account",
          type: "standard",
          country: "IE",
          charges_enabled: true,
          payouts_enabled: true,
          details_submitted: true,
        } as Obj),
  ),
  route("POST", "/v1/accounts/:id", updateAccount),
  route("DELETE", "/v1/accounts/:id", (ctx) => {
    const a = getAccount(ctx.engine, ctx.match[0]!);
    a.deleted = true;
    ctx.engine.store.put(a);
    return { id: a.id, object: "account", deleted: true } as Obj;
  }),
  route("POST", "/v1/account_links", (ctx) => {
    const p = ctx.params;
    const account = getAccount(ctx.engine, str(p, "account", { required: true })!, "account");
    const type = str(p, "type", { required: true })!;
    if (type !== "account_onboarding" && type !== "account_update") throw invalid("Invalid type: must be one of account_onboarding or account_update", "type");
    const link = createLink(
      ctx,
      "onboarding",
      account.id,
      { refreshUrl: isUrl(str(p, "refresh_url"), "refresh_url"), returnUrl: isUrl(str(p, "return_url"), "return_url") },
      300,
    );
    return { object: "account_link", ...link };
  }),
  route("POST", "/v1/accounts/:id/login_links", (ctx) => {
    const a = getAccount(ctx.engine, ctx.match[0]!);
    if (a.type !== "express") throw invalid("Login links can only be created for Express accounts.");
    if (!a.details_submitted) throw invalid("Cannot create a login link for an account that has not completed onboarding.", "account");
    const { created, url } = createLink(ctx, "login", a.id, {}, 300);
    return { object: "login_link", created, url };
  }),
  route("GET", "/v1/accounts/:id/external_accounts", (ctx) =>
    listOf(ctx, (getAccount(ctx.engine, ctx.match[0]!).external_accounts as { data: Obj[] }).data, `/v1/accounts/${ctx.match[0]}/external_accounts`),
  ),
  route("GET", "/v1/accounts/:id/capabilities", (ctx) => {
    const a = getAccount(ctx.engine, ctx.match[0]!);
    const caps = Object.entries(a.capabilities as Record<string, string>).map(
      ([name, status]) => ({ id: name, object: "capability", account: a.id, requested: true, status }) as Obj,
    );
    return listOf(ctx, caps, `/v1/accounts/${a.id}/capabilities`);
  }),
];
