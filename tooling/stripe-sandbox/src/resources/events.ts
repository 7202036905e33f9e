import crypto from "node:crypto";
import { invalid, noSuch } from "../errors.ts";
import { bool, list, str } from "../form.ts";
import { listOf, route, type Route } from "../http.ts";
import { nowSeconds, type Obj } from "../store.ts";

export const eventRoutes: Route[] = [
  route("GET", "/v1/events", (ctx) => {
    const type = str(ctx.params, "type");
    const matches = (t: string) => !type || (type.endsWith("*") ? t.startsWith(type.slice(0, -1)) : t === type);
    return listOf(
      ctx,
      ctx.engine.store.all("event").filter((e) => matches(e.type as string) && (ctx.engine.store.state.ownerAccount[e.id] ?? null) === ctx.account),
      "/v1/events",
    );
  }),
  route("GET", "/v1/events/:id", (ctx) => {
    const e = ctx.engine.store.get(ctx.match[0]!);
    if (!e || e.object !== "event") throw noSuch("event", ctx.match[0]!);
    return e;
  }),
  route("POST", "/v1/webhook_endpoints", (ctx) => {
    const url = str(ctx.params, "url", { required: true })!;
    if (!/^https?:\/\//.test(url)) throw invalid("Invalid URL: must be an http(s) URL", "url", "url_invalid");
    const enabledEvents = list(ctx.params, "enabled_events").map(String);
    if (!enabledEvents.length) throw invalid("Missing required param: enabled_events.", "enabled_events", "parameter_missing");
    const endpoint = {
      id: ctx.engine.store.newId("we"),
      url,
      secret: `whsec_${crypto.randomBytes(24).toString("hex")}`,
      connect: bool(ctx.params, "connect") ?? false,
      enabledEvents,
    };
    ctx.engine.store.state.webhookEndpoints.push(endpoint);
    ctx.engine.store.changed();
    return toObject(endpoint, true);
  }),
  route("GET", "/v1/webhook_endpoints", (ctx) =>
    listOf(
      ctx,
      ctx.engine.store.state.webhookEndpoints.map((e) => toObject(e, false)),
      "/v1/webhook_endpoints",
    ),
  ),
  route("DELETE", "/v1/webhook_endpoints/:id", (ctx) => {
    const list = ctx.engine.store.state.webhookEndpoints;
    const i = list.findIndex((e) => e.id === ctx.match[0]);
    if (i < 0) throw noSuch("webhook endpoint", ctx.match[0]!);
    list.splice(i, 1);
    ctx.engine.store.changed();
    return { id: ctx.match[0]!, object: "webhook_endpoint", deleted: true } as Obj;
  }),
];

function toObject(e: { id: string; url: string; secret: string; connect: boolean; enabledEvents: string[] }, withSecret: boolean): Obj {
  return {
    id: e.id,
    object: "webhook_endpoint",
    url: e.url,
    enabled_events: e.enabledEvents,
    application: e.connect ? "ca_atelier_sandbox" : null,
    status: "enabled",
    api_version: null,
    created: nowSeconds(),
    livemode: false,
    ...(withSecret ? { secret: e.secret } : {}),
  };
}
