import type { Engine, RequestInfo } from "./engine.ts";
import { invalid } from "./errors.ts";
import type { Params } from "./form.ts";
import { clone, type Obj } from "./store.ts";

export interface Ctx {
  engine: Engine;
  method: string;
  path: string;
  params: Params;
  /** regex groups of the route */
  match: string[];
  /** the Stripe-Account header: the connected account the request acts on */
  account: string | null;
  request: RequestInfo;
}

/** What an endpoint answers: a stored object, or a list/link/balance built for the response. */
export type Json = Record<string, unknown>;
export type Handler = (ctx: Ctx) => Json | Promise<Json>;
export interface Route {
  method: "GET" | "POST" | "DELETE";
  pattern: RegExp;
  handler: Handler;
}

export const route = (method: Route["method"], path: string, handler: Handler): Route => ({
  method,
  pattern: new RegExp(`^${path.replace(/:(\w+)/g, "([^/]+)")}$`),
  handler,
});

/** A Stripe list: newest first, `limit` (1–100, default 10) and `starting_after`. */
export function listOf(ctx: Ctx, items: Obj[], url: string): Json {
  const limitRaw = ctx.params.limit;
  const limit = limitRaw === undefined ? 10 : Number(limitRaw);
  if (!Number.isInteger(limit) || limit < 1 || limit > 100)
    throw invalid("This value must be between 1 and 100 (inclusive).", "limit", "parameter_invalid_integer");
  const newestFirst = [...items].reverse();
  const after = typeof ctx.params.starting_after === "string" ? newestFirst.findIndex((o) => o.id === ctx.params.starting_after) : -1;
  const rest = after >= 0 ? newestFirst.slice(after + 1) : newestFirst;
  return { object: "list", data: rest.slice(0, limit).map(clone), has_more: rest.length > limit, url };
}

/** `expand[]=latest_charge` etc.: replaces ids on the answer with the objects they name. */
export function expand(ctx: Ctx, body: Json): Json {
  const raw = ctx.params.expand;
  const paths = Array.isArray(raw) ? raw.map(String) : typeof raw === "string" ? [raw] : typeof raw === "object" && raw ? Object.values(raw).map(String) : [];
  if (!paths.length) return body;
  const out = clone(body);
  for (const p of paths) {
    const keys = p.replace(/^data\./, "").split(".");
    const targets = body.object === "list" ? (out.data as Record<string, unknown>[]) : [out];
    for (const t of targets) expandPath(ctx, t, keys);
  }
  return out;
}

function expandPath(ctx: Ctx, node: Record<string, unknown>, keys: string[]) {
  const [head, ...rest] = keys;
  if (!head || !node) return;
  if (Array.isArray(node)) {
    for (const el of node) if (el && typeof el === "object") expandPath(ctx, el as Record<string, unknown>, head === "data" ? rest : keys);
    return;
  }
  let v = node[head];
  if (typeof v === "string") {
    const found = ctx.engine.store.get(v);
    if (!found) return;
    v = node[head] = clone(found);
  }
  if (rest.length && v && typeof v === "object") expandPath(ctx, v as Record<string, unknown>, rest);
}
