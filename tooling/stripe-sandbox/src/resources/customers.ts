import crypto from "node:crypto";
import type { Engine } from "../engine.ts";
import { invalid, noSuch } from "../errors.ts";
import { metadata, str } from "../form.ts";
import { listOf, route, type Ctx, type Route } from "../http.ts";
import { customerObject } from "../objects/invoice.ts";
import type { Obj } from "../store.ts";

export function getCustomer(engine: Engine, id: string, param?: string): Obj {
  const c = engine.store.get(id);
  if (!c || c.object !== "customer") throw noSuch("customer", id, param);
  return c;
}

const email = (ctx: Ctx) => {
  const e = str(ctx.params, "email");
  if (e && !/^[^@\s]+@[^@\s]+\.[^@\s]+$/.test(e)) throw invalid(`Invalid email address: ${e}`, "email", "email_invalid");
  return e;
};

/** POST /v1/customers: email, name, description, phone, metadata; `customer.created`. */
function createCustomer(ctx: Ctx): Obj {
  const c = customerObject({
    id: ctx.engine.store.newId("cus").slice(0, 18),
    created: ctx.engine.store.now(),
    email: email(ctx) ?? null,
    name: str(ctx.params, "name") ?? null,
    description: str(ctx.params, "description") ?? null,
    phone: str(ctx.params, "phone") ?? null,
    metadata: metadata(ctx.params),
    prefix: crypto.randomBytes(4).toString("hex").toUpperCase(),
  });
  ctx.engine.store.put(c);
  ctx.engine.emit("customer.created", c, { request: ctx.request });
  return c;
}

function updateCustomer(ctx: Ctx): Obj {
  const c = getCustomer(ctx.engine, ctx.match[0]!);
  const previous: Record<string, unknown> = {};
  for (const key of ["email", "name", "description", "phone"]) {
    if (ctx.params[key] === undefined) continue;
    previous[key] = c[key];
    c[key] = (key === "email" ? email(ctx) : str(ctx.params, key)) ?? null;
  }
  if (ctx.params.metadata !== undefined) {
    previous.metadata = c.metadata;
    c.metadata = metadata(ctx.params, c.metadata as Record<string, string>);
  }
  ctx.engine.store.put(c);
  ctx.engine.emit("customer.updated", c, { previous, request: ctx.request });
  return c;
}

export const customerRoutes: Route[] = [
  route("POST", "/v1/customers", createCustomer),
  route("GET", "/v1/customers", (ctx) => {
    const e = str(ctx.params, "email");
    return listOf(
      ctx,
      ctx.engine.store.all("customer").filter((c) => !e || c.email === e),
      "/v1/customers",
    );
  }),
  route("GET", "/v1/customers/:id", (ctx) => getCustomer(ctx.engine, ctx.match[0]!)),
  route("POST", "/v1/customers/:id", updateCustomer),
];
