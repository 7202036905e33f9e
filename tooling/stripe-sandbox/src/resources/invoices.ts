import type { Engine, RequestInfo } from "../engine.ts";
import { invalid, missingParam, noSuch, StripeHttpError } from "../errors.ts";
import { bool, currency, int, metadata, obj, str } from "../form.ts";
import { listOf, route, type Ctx, type Route } from "../http.ts";
import { invoiceLineObject, invoiceObject } from "../objects/invoice.ts";
import { clone, type Obj } from "../store.ts";
import { getAccount } from "./accounts.ts";
import { getCustomer } from "./customers.ts";
import { cancelPayment, invoicePayments, markInvoicePaid, notPayable, openInvoicePayment, payInvoiceByCard, type InvoiceConfig } from "./invoice-pay.ts";

export function getInvoice(engine: Engine, id: string): Obj {
  const inv = engine.store.get(id);
  if (!inv || inv.object !== "invoice" || inv.deleted) throw noSuch("invoice", id);
  return inv;
}

const stateError = (message: string, code?: string) => new StripeHttpError(400, { type: "invalid_request_error", message, ...(code ? { code } : {}) });
export const notDraft = (inv: Obj) =>
  stateError(`This invoice is no longer editable: its status is ${String(inv.status)}. Only draft invoices can be changed.`, "invoice_not_editable");

/** Totals from the lines (no tax, discounts or credit in the sandbox). */
export function recompute(inv: Obj) {
  const lines = (inv.lines as { data: Obj[] }).data;
  const total = lines.reduce((s, l) => s + (l.amount as number), 0);
  Object.assign(inv, { subtotal: total, subtotal_excluding_tax: total, total, total_excluding_tax: total, amount_due: total });
  inv.amount_remaining = total - (inv.amount_paid as number);
  (inv.lines as { total_count: number }).total_count = lines.length;
}

function dueDate(ctx: Ctx, created: number, collection: string): number | null {
  const days = int(ctx.params, "days_until_due", { min: 0 });
  const due = int(ctx.params, "due_date");
  if (collection !== "send_invoice") {
    if (days !== undefined || due !== undefined)
      throw invalid("Only send_invoice invoices can have a due date (days_until_due, due_date).", days !== undefined ? "days_until_due" : "due_date");
    return null;
  }
  if (days !== undefined && due !== undefined) throw invalid("You can only pass one of days_until_due and due_date.", "due_date");
  if (due !== undefined) {
    if (due <= created) throw invalid("Invalid timestamp: must be an integer Unix timestamp in the future.", "due_date", "parameter_invalid_integer");
    return due;
  }
  if (days === undefined) throw invalid("Invoices with collection_method=send_invoice need days_until_due or due_date.", "days_until_due", "parameter_missing");
  return created + days * 86_400;
}

/** POST /v1/invoices: a draft for a customer, `send_invoice` (Stripe's `charge_automatically` needs a saved card: not in the sandbox). */
function createInvoice(ctx: Ctx): Obj {
  const { engine } = ctx;
  const p = ctx.params;
  const customerId = str(p, "customer");
  if (!customerId) throw missingParam("customer");
  const customer = getCustomer(engine, customerId, "customer");
  const collection = str(p, "collection_method") ?? "charge_automatically";
  if (collection !== "send_invoice")
    throw invalid(
      `The sandbox supports collection_method=send_invoice only (got ${collection}): its customers have no saved payment method.`,
      "collection_method",
      "parameter_invalid_string",
    );
  const created = engine.store.now();
  const onBehalfOf = str(p, "on_behalf_of") ?? null;
  const issuerAccount = onBehalfOf ? getAccount(engine, onBehalfOf, "on_behalf_of") : null;
  const td = obj(p, "transfer_data");
  const destination = td ? str(td, "destination") : undefined;
  if (td && !destination) throw missingParam("transfer_data[destination]");
  if (destination) {
    const dest = getAccount(engine, destination, "transfer_data[destination]");
    if ((dest.capabilities as Record<string, string>).transfers !== "active")
      throw invalid(
        "The destination account needs the transfers capability to be active.",
        "transfer_data[destination]",
        "insufficient_capabilities_for_transfer",
      );
  }
  const fee = int(p, "application_fee_amount", { min: 0 });
  if (fee !== undefined && !destination)
    throw invalid("application_fee_amount needs transfer_data[destination] (a destination charge) or a Stripe-Account header.", "application_fee_amount");
  const inv = invoiceObject({
    id: engine.store.newId("in"),
    created,
    customer,
    currency: currency(p, "currency", false) || "eur",
    collectionMethod: collection,
    autoAdvance: bool(p, "auto_advance") ?? false,
    dueDate: dueDate(ctx, created, collection),
    description: str(p, "description") ?? null,
    footer: str(p, "footer") ?? null,
    metadata: metadata(p),
    onBehalfOf,
    accountName: issuerAccount ? ((issuerAccount.business_profile as { name: string | null }).name ?? null) : "Atelier",
  });
  const config: InvoiceConfig = { transferDestination: destination ?? null, applicationFeeAmount: fee ?? null };
  engine.store.state.internal[inv.id] = config as unknown as Record<string, unknown>;
  if (str(p, "pending_invoice_items_behavior") === "include")
    for (const ii of engine.store.all("invoiceitem"))
      if (ii.customer === customer.id && !ii.invoice && !ii.deleted && ii.currency === inv.currency) attachItem(engine, inv, ii);
  recompute(inv);
  engine.store.put(inv);
  engine.emit("invoice.created", inv, { request: ctx.request });
  return inv;
}

/** Puts an invoice item on a draft invoice as a line. */
export function attachItem(engine: Engine, inv: Obj, ii: Obj) {
  ii.invoice = inv.id;
  engine.store.put(ii);
  const line = invoiceLine(engine, ii);
  (inv.lines as { data: Obj[] }).data.push(line);
  recompute(inv);
}
const invoiceLine = (engine: Engine, ii: Obj) => invoiceLineObject(ii, engine.store.newId("il"));

function updateInvoice(ctx: Ctx): Obj {
  const inv = getInvoice(ctx.engine, ctx.match[0]!);
  const p = ctx.params;
  const previous: Record<string, unknown> = {};
  if (p.metadata !== undefined) {
    previous.metadata = clone(inv.metadata);
    inv.metadata = metadata(p, inv.metadata as Record<string, string>);
  }
  const draftOnly = ["description", "footer", "auto_advance", "due_date", "days_until_due"].filter((k) => p[k] !== undefined);
  if (draftOnly.length && inv.status !== "draft") throw notDraft(inv);
  for (const k of ["description", "footer"]) {
    if (p[k] === undefined) continue;
    previous[k] = inv[k];
    inv[k] = str(p, k) ?? null;
  }
  if (p.auto_advance !== undefined) {
    previous.auto_advance = inv.auto_advance;
    inv.auto_advance = bool(p, "auto_advance");
    inv.automatically_finalizes_at = inv.auto_advance ? Math.max(ctx.engine.store.now(), (inv.created as number) + 3_600) : null;
  }
  if (p.due_date !== undefined || p.days_until_due !== undefined) {
    previous.due_date = inv.due_date;
    inv.due_date = dueDate(ctx, ctx.engine.store.now(), inv.collection_method as string);
  }
  ctx.engine.store.put(inv);
  ctx.engine.emit("invoice.updated", inv, { previous, request: ctx.request });
  return inv;
}

/** draft → open: number, `hosted_invoice_url`, the PaymentIntent; `invoice.finalized` (an invoice of 0 is paid at once: `invoice.paid`). */
export function finalizeInvoice(engine: Engine, inv: Obj, request?: RequestInfo): Obj {
  if (inv.status !== "draft")
    throw stateError(`This invoice is already finalized, you can't re-finalize a non-draft invoice. Its status is ${String(inv.status)}.`);
  const customer = engine.store.get(inv.customer as string)!;
  const seq = customer.next_invoice_sequence as number;
  customer.next_invoice_sequence = seq + 1;
  engine.store.put(customer);
  const now = engine.store.now();
  const previous = { status: inv.status, number: inv.number, hosted_invoice_url: inv.hosted_invoice_url };
  Object.assign(inv, {
    status: "open",
    number: `${String(customer.invoice_prefix)}-${String(seq).padStart(4, "0")}`,
    hosted_invoice_url: `${engine.opts.publicUrl}/i/${inv.id}`,
    automatically_finalizes_at: null,
    effective_at: now,
    webhooks_delivered_at: now,
    status_transitions: { ...(inv.status_transitions as object), finalized_at: now },
  });
  if (inv.amount_due === 0) {
    engine.store.put(inv);
    engine.emit("invoice.finalized", inv, { previous, request });
    markInvoicePaid(engine, inv, { outOfBand: false }, request);
    return inv;
  }
  openInvoicePayment(engine, inv, request);
  engine.store.put(inv);
  engine.emit("invoice.finalized", inv, { previous, request });
  return inv;
}

/** Drafts with `auto_advance` finalize once `automatically_finalizes_at` (created + 1 h) has passed on the sandbox clock. */
export function finalizeDueInvoices(engine: Engine) {
  const now = engine.store.now();
  for (const inv of engine.store.all("invoice"))
    if (inv.status === "draft" && !inv.deleted && inv.auto_advance && (inv.automatically_finalizes_at as number) <= now) finalizeInvoice(engine, inv);
}

function voidInvoice(ctx: Ctx): Obj {
  const inv = getInvoice(ctx.engine, ctx.match[0]!);
  if (inv.status !== "open" && inv.status !== "uncollectible")
    throw stateError(`You can only void open or uncollectible invoices. This invoice is ${String(inv.status)}.`);
  for (const pay of invoicePayments(ctx.engine, inv.id)) if (pay.status === "open") cancelPayment(ctx.engine, pay, ctx.request);
  const previous = { status: inv.status };
  Object.assign(inv, {
    status: "void",
    amount_remaining: 0,
    auto_advance: false,
    status_transitions: { ...(inv.status_transitions as object), voided_at: ctx.engine.store.now() },
  });
  ctx.engine.store.put(inv);
  ctx.engine.emit("invoice.voided", inv, { previous, request: ctx.request });
  return inv;
}

function markUncollectible(ctx: Ctx): Obj {
  const inv = getInvoice(ctx.engine, ctx.match[0]!);
  if (inv.status !== "open") throw stateError(`You can only mark open invoices as uncollectible. This invoice is ${String(inv.status)}.`);
  const previous = { status: inv.status };
  Object.assign(inv, {
    status: "uncollectible",
    status_transitions: { ...(inv.status_transitions as object), marked_uncollectible_at: ctx.engine.store.now() },
  });
  ctx.engine.store.put(inv);
  ctx.engine.emit("invoice.marked_uncollectible", inv, { previous, request: ctx.request });
  return inv;
}

function sendInvoice(ctx: Ctx): Obj {
  const inv = getInvoice(ctx.engine, ctx.match[0]!);
  if (inv.status === "draft") finalizeInvoice(ctx.engine, inv, ctx.request);
  else if (inv.status !== "open") throw stateError(`You can only send open invoices. This invoice is ${String(inv.status)}.`);
  ctx.engine.emit("invoice.sent", inv, { request: ctx.request });
  return inv;
}

/** POST /v1/invoices/:id/pay: `paid_out_of_band=true`, or a test `payment_method` (pm_card_visa, pm_card_chargeDeclined …). */
function payInvoice(ctx: Ctx): Obj {
  const inv = getInvoice(ctx.engine, ctx.match[0]!);
  if (inv.status === "draft") finalizeInvoice(ctx.engine, inv, ctx.request);
  if (bool(ctx.params, "paid_out_of_band")) {
    if (inv.status !== "open" && inv.status !== "uncollectible") throw notPayable(inv);
    markInvoicePaid(ctx.engine, inv, { outOfBand: true }, ctx.request);
    return inv;
  }
  const pm = str(ctx.params, "payment_method");
  if (!pm)
    throw stateError(
      "This customer has no attached payment source or default payment method. Pass payment_method or paid_out_of_band=true.",
      "invoice_no_payment_method_types",
    );
  return payInvoiceByCard(ctx.engine, inv, pm, ctx.request);
}

function deleteInvoice(ctx: Ctx): Obj {
  const inv = getInvoice(ctx.engine, ctx.match[0]!);
  if (inv.status !== "draft") throw stateError(`You can only delete draft invoices. This invoice is ${String(inv.status)}: void it instead.`);
  inv.deleted = true;
  for (const ii of ctx.engine.store.all("invoiceitem")) {
    if (ii.invoice !== inv.id) continue;
    ii.deleted = true;
    ctx.engine.store.put(ii);
  }
  ctx.engine.store.put(inv);
  ctx.engine.emit("invoice.deleted", { ...clone(inv), deleted: undefined } as Obj, { request: ctx.request });
  return { id: inv.id, object: "invoice", deleted: true };
}

/** `payments` is includable, as in Stripe: only with `expand[]=payments`. */
function withPayments(ctx: Ctx, inv: Obj): Obj {
  const raw = ctx.params.expand;
  const wanted = (Array.isArray(raw) ? raw : raw === undefined ? [] : typeof raw === "object" ? Object.values(raw as object) : [raw]).map(String);
  if (!wanted.some((w) => w === "payments" || w.startsWith("payments."))) return inv;
  const payments = invoicePayments(ctx.engine, inv.id).reverse();
  return {
    ...clone(inv),
    payments: { object: "list", data: payments.map(clone), has_more: false, total_count: payments.length, url: `/v1/invoice_payments?invoice=${inv.id}` },
  };
}

const live = (ctx: Ctx) => ctx.engine.store.all("invoice").filter((i) => !i.deleted);
const act = (fn: (ctx: Ctx) => Obj) => (ctx: Ctx) => withPayments(ctx, fn(ctx));

export const invoiceRoutes: Route[] = [
  route("POST", "/v1/invoices", createInvoice),
  route("GET", "/v1/invoices", (ctx) => {
    const customer = str(ctx.params, "customer");
    const status = str(ctx.params, "status");
    return listOf(
      ctx,
      live(ctx).filter((i) => (!customer || i.customer === customer) && (!status || i.status === status)),
      "/v1/invoices",
    );
  }),
  route(
    "GET",
    "/v1/invoices/:id",
    act((ctx) => getInvoice(ctx.engine, ctx.match[0]!)),
  ),
  route("POST", "/v1/invoices/:id", act(updateInvoice)),
  route("DELETE", "/v1/invoices/:id", deleteInvoice),
  route("GET", "/v1/invoices/:id/lines", (ctx) =>
    listOf(ctx, [...(getInvoice(ctx.engine, ctx.match[0]!).lines as { data: Obj[] }).data].reverse(), `/v1/invoices/${ctx.match[0]}/lines`),
  ),
  route(
    "POST",
    "/v1/invoices/:id/finalize",
    act((ctx) => finalizeInvoice(ctx.engine, getInvoice(ctx.engine, ctx.match[0]!), ctx.request)),
  ),
  route("POST", "/v1/invoices/:id/send", act(sendInvoice)),
  route("POST", "/v1/invoices/:id/void", act(voidInvoice)),
  route("POST", "/v1/invoices/:id/mark_uncollectible", act(markUncollectible)),
  route("POST", "/v1/invoices/:id/pay", act(payInvoice)),
  route("GET", "/v1/invoice_payments", (ctx) => {
    const invoice = str(ctx.params, "invoice");
    const status = str(ctx.params, "status");
    return listOf(
      ctx,
      ctx.engine.store.all("invoice_payment").filter((p) => (!invoice || p.invoice === invoice) && (!status || p.status === status)),
      "/v1/invoice_payments",
    );
  }),
  route("GET", "/v1/invoice_payments/:id", (ctx) => {
    const p = ctx.engine.store.get(ctx.match[0]!);
    if (!p || p.object !== "invoice_payment") throw noSuch("invoice_payment", ctx.match[0]!);
    return p;
  }),
];
