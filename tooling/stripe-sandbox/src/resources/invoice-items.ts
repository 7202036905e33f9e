import type { Engine } from "../engine.ts";
import { invalid, missingParam, noSuch } from "../errors.ts";
import { currency, int, metadata, obj, str } from "../form.ts";
import { listOf, route, type Ctx, type Route } from "../http.ts";
import { invoiceItemObject } from "../objects/invoice.ts";
import type { Obj } from "../store.ts";
import { getCustomer } from "./customers.ts";
import { attachItem, getInvoice, notDraft, recompute } from "./invoices.ts";

function getItem(engine: Engine, id: string): Obj {
  const ii = engine.store.get(id);
  if (!ii || ii.object !== "invoiceitem" || ii.deleted) throw noSuch("invoiceitem", id);
  return ii;
}

/** POST /v1/invoiceitems: `amount`, or `price_data[unit_amount]` × `quantity`; on a draft `invoice` of the same customer. */
function createItem(ctx: Ctx): Obj {
  const { engine } = ctx;
  const p = ctx.params;
  const customerId = str(p, "customer");
  if (!customerId) throw missingParam("customer");
  const customer = getCustomer(engine, customerId, "customer");
  const invoiceId = str(p, "invoice");
  const inv = invoiceId ? getInvoice(engine, invoiceId) : null;
  if (inv && inv.status !== "draft") throw notDraft(inv);
  if (inv && inv.customer !== customer.id) throw invalid(`The invoice ${inv.id} belongs to another customer.`, "invoice");
  const pd = obj(p, "price_data");
  const amount = int(p, "amount");
  if (amount !== undefined && pd) throw invalid("You may only specify one of these parameters: amount, price_data.", "amount");
  const unit = pd ? int(pd, "unit_amount", { min: 0 }) : amount;
  if (unit === undefined) throw missingParam(pd ? "price_data[unit_amount]" : "amount");
  const quantity = int(p, "quantity", { min: 1 }) ?? 1;
  if (amount !== undefined && p.quantity !== undefined) throw invalid("quantity needs price_data or unit_amount, not amount.", "quantity");
  const cur = currency(pd ?? p, "currency", false) || currency(p, "currency", false) || (inv?.currency as string | undefined) || "";
  if (!cur) throw missingParam("currency");
  if (inv && cur !== inv.currency) throw invalid(`The currency ${cur} does not match the invoice's currency (${String(inv.currency)}).`, "currency");
  const ii = invoiceItemObject({
    id: engine.store.newId("ii"),
    created: engine.store.now(),
    customer: customer.id,
    invoice: null,
    currency: cur,
    unitAmount: unit,
    quantity,
    description: str(p, "description") ?? null,
    metadata: metadata(p),
    product: pd ? (str(pd, "product") ?? null) : null,
  });
  engine.store.put(ii);
  if (inv) {
    attachItem(engine, inv, ii);
    engine.store.put(inv);
  }
  engine.emit("invoiceitem.created", ii, { request: ctx.request });
  return ii;
}

function deleteItem(ctx: Ctx): Obj {
  const ii = getItem(ctx.engine, ctx.match[0]!);
  if (ii.invoice) {
    const inv = getInvoice(ctx.engine, ii.invoice as string);
    if (inv.status !== "draft") throw notDraft(inv);
    const lines = inv.lines as { data: Obj[] };
    lines.data = lines.data.filter((l) => (l.parent as { invoice_item_details: { invoice_item: string } }).invoice_item_details.invoice_item !== ii.id);
    recompute(inv);
    ctx.engine.store.put(inv);
  }
  ii.deleted = true;
  ctx.engine.store.put(ii);
  ctx.engine.emit("invoiceitem.deleted", { ...ii, deleted: undefined } as Obj, { request: ctx.request });
  return { id: ii.id, object: "invoiceitem", deleted: true };
}

export const invoiceItemRoutes: Route[] = [
  route("POST", "/v1/invoiceitems", createItem),
  route("GET", "/v1/invoiceitems", (ctx) => {
    const customer = str(ctx.params, "customer");
    const invoice = str(ctx.params, "invoice");
    return listOf(
      ctx,
      ctx.engine.store.all("invoiceitem").filter((i) => !i.deleted && (!customer || i.customer === customer) && (!invoice || i.invoice === invoice)),
      "/v1/invoiceitems",
    );
  }),
  route("GET", "/v1/invoiceitems/:id", (ctx) => getItem(ctx.engine, ctx.match[0]!)),
  route("DELETE", "/v1/invoiceitems/:id", deleteItem),
];
