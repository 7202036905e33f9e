import type Stripe from "stripe";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { available, errorOf, post, startWorld, type World } from "./support.ts";

let w: World;
let artist: Stripe.Account;
beforeAll(async () => {
  w = await startWorld();
  artist = await w.onboarded();
  await w.stripe.accounts.update(artist.id, { business_profile: { name: "Studio Indigo" } });
});
afterAll(() => w?.close());

/** A draft send_invoice invoice on Connect (destination charge + application fee) with two lines. */
async function draft(over: Partial<Stripe.InvoiceCreateParams> = {}) {
  const customer = await w.stripe.customers.create({ email: "jane@example.com", name: "Jane Doe" });
  const inv = await w.stripe.invoices.create({
    customer: customer.id,
    collection_method: "send_invoice",
    days_until_due: 14,
    currency: "eur",
    on_behalf_of: artist.id,
    transfer_data: { destination: artist.id },
    application_fee_amount: 20_000,
    description: "Live show, 4 December",
    footer: "Thank you",
    metadata: { show: "show_1" },
    ...over,
  });
  await w.stripe.invoiceItems.create({ customer: customer.id, invoice: inv.id, amount: 150_000, currency: "eur", description: "Indigo Hour" });
  await w.stripe.invoiceItems.create({
    customer: customer.id,
    invoice: inv.id,
    price_data: { currency: "eur", unit_amount: 25_000, product: "prod_print" },
    quantity: 2,
    description: "Tide print",
  });
  return w.stripe.invoices.retrieve(inv.id);
}

const typesFor = (id: string) => w.events.filter((e) => (e.data.object as { id?: string }).id === id).map((e) => e.type);

describe("invoices", () => {
  it("a draft has lines and totals but no number or hosted url", async () => {
    const inv = await draft();
    expect(inv).toMatchObject({
      object: "invoice",
      status: "draft",
      number: null,
      hosted_invoice_url: null,
      total: 200_000,
      amount_due: 200_000,
      amount_remaining: 200_000,
      on_behalf_of: artist.id,
      account_name: "Studio Indigo",
      issuer: { type: "account", account: artist.id },
    });
    expect(inv.due_date).toBe(inv.created + 14 * 86_400);
    expect(inv.lines.data.map((l) => [l.description, l.amount, l.quantity])).toEqual([
      ["Indigo Hour", 150_000, 1],
      ["Tide print", 50_000, 2],
    ]);
    const listed = await w.stripe.invoices.list({ customer: inv.customer as string, status: "draft" });
    expect(listed.data.map((i) => i.id)).toEqual([inv.id]);
  });

  it("finalize → hosted page → 4242: paid, payments[], the artist gets amount − fee, events in order", async () => {
    const inv = await draft();
    const platformBefore = await available(w.stripe, undefined);
    const artistBefore = await available(w.stripe, artist.id);
    const open = await w.stripe.invoices.finalizeInvoice(inv.id);
    expect(open).toMatchObject({ status: "open", hosted_invoice_url: `${w.sandbox.url}/i/${inv.id}` });
    expect(open.number).toMatch(/^[0-9A-F]{8}-0001$/);
    const page = await (await fetch(open.hosted_invoice_url!)).text();
    expect(page).toContain("Studio Indigo");
    expect(page).toContain("Indigo Hour");
    expect(page).toContain("€2,000.00");
    const res = await post(open.hosted_invoice_url!, { card_number: "4242 4242 4242 4242" });
    expect(await res.text()).toContain("Paid");
    const paid = await w.stripe.invoices.retrieve(inv.id, { expand: ["payments.data.payment.payment_intent"] });
    expect(paid).toMatchObject({ status: "paid", amount_paid: 200_000, amount_remaining: 0 });
    expect(paid.status_transitions.paid_at).toBeTypeOf("number");
    const payment = paid.payments!.data[0]!;
    expect(payment).toMatchObject({ status: "paid", amount_paid: 200_000, is_default: true });
    const pi = payment.payment.payment_intent as Stripe.PaymentIntent;
    expect(pi).toMatchObject({
      status: "succeeded",
      amount: 200_000,
      application_fee_amount: 20_000,
      transfer_data: { destination: artist.id },
      on_behalf_of: artist.id,
    });
    const stripeFee = Math.floor((200_000 * 290 + 5_000) / 10_000) + 30;
    expect((await available(w.stripe, artist.id)) - artistBefore).toBe(180_000);
    expect((await available(w.stripe, undefined)) - platformBefore).toBe(20_000 - stripeFee);
    await w.sandbox.flushWebhooks();
    expect(typesFor(inv.id)).toEqual(["invoice.created", "invoice.finalized", "invoice.paid", "invoice.payment_succeeded"]);
    const order = w.events
      .map((e) => e.type)
      .filter((t) => ["invoice.finalized", "charge.succeeded", "payment_intent.succeeded", "transfer.created", "invoice.paid"].includes(t));
    expect(order.slice(-5)).toEqual(["invoice.finalized", "charge.succeeded", "payment_intent.succeeded", "transfer.created", "invoice.paid"]);
  });

  it("a declined card: invoice.payment_failed, the invoice stays open and can be paid after", async () => {
    const inv = await w.stripe.invoices.finalizeInvoice((await draft()).id);
    const r = await w.helper(`/__sandbox/invoices/${inv.id}/pay`, { card_number: "4000000000000002" });
    expect(r.status).toBe(402);
    expect((r.body.error as { message: string }).message).toBe("Your card was declined.");
    expect((await w.stripe.invoices.retrieve(inv.id)).status).toBe("open");
    expect((await w.eventsOf("invoice.payment_failed", (e) => (e.data.object as Stripe.Invoice).id === inv.id)).length).toBe(1);
    const paid = await w.stripe.invoices.pay(inv.id, { payment_method: "pm_card_visa" });
    expect(paid.status).toBe("paid");
  });

  it("void and mark_uncollectible send their events; paid and void are final", async () => {
    const a = await w.stripe.invoices.finalizeInvoice((await draft()).id);
    const voided = await w.stripe.invoices.voidInvoice(a.id);
    expect(voided.status).toBe("void");
    expect(voided.status_transitions.voided_at).toBeTypeOf("number");
    for (const e of [
      await errorOf(w.stripe.invoices.voidInvoice(a.id)),
      await errorOf(w.stripe.invoices.pay(a.id, { paid_out_of_band: true })),
      await errorOf(w.stripe.invoices.finalizeInvoice(a.id)),
      await errorOf(w.stripe.invoices.markUncollectible(a.id)),
    ])
      expect(e).toMatchObject({ type: "StripeInvalidRequestError", statusCode: 400 });
    const b = await w.stripe.invoices.finalizeInvoice((await draft()).id);
    expect((await w.stripe.invoices.markUncollectible(b.id)).status).toBe("uncollectible");
    const oob = await w.stripe.invoices.pay(b.id, { paid_out_of_band: true });
    expect(oob).toMatchObject({ status: "paid", amount_remaining: 0 });
    expect(await errorOf(w.stripe.invoices.voidInvoice(b.id))).toMatchObject({ statusCode: 400 });
    await w.sandbox.flushWebhooks();
    expect(typesFor(a.id)).toContain("invoice.voided");
    expect(typesFor(b.id)).toEqual(["invoice.created", "invoice.finalized", "invoice.marked_uncollectible", "invoice.paid"]);
  });

  it("a finalized invoice takes no more items; a draft can be deleted; drafts are not on the hosted page", async () => {
    const d = await draft();
    expect((await fetch(`${w.sandbox.url}/i/${d.id}`)).status).toBe(404);
    const open = await w.stripe.invoices.finalizeInvoice(d.id);
    const e = await errorOf(w.stripe.invoiceItems.create({ customer: open.customer as string, invoice: open.id, amount: 100, currency: "eur" }));
    expect(e).toMatchObject({ statusCode: 400, code: "invoice_not_editable" });
    expect(await errorOf(w.stripe.invoices.del(open.id))).toMatchObject({ statusCode: 400 });
    const other = await draft();
    expect(await w.stripe.invoices.del(other.id)).toMatchObject({ id: other.id, deleted: true });
    expect(await errorOf(w.stripe.invoices.retrieve(other.id))).toMatchObject({ statusCode: 404, code: "resource_missing" });
  });

  it("refuses what Stripe refuses: no customer, send_invoice without a due date, a due date in the past", async () => {
    const c = await w.stripe.customers.create({ email: "x@example.com" });
    expect(await errorOf(w.stripe.invoices.create({ collection_method: "send_invoice", days_until_due: 7 }))).toMatchObject({
      code: "parameter_missing",
      param: "customer",
    });
    expect(await errorOf(w.stripe.invoices.create({ customer: c.id, collection_method: "send_invoice" }))).toMatchObject({
      statusCode: 400,
      param: "days_until_due",
    });
    expect(await errorOf(w.stripe.invoices.create({ customer: c.id, collection_method: "send_invoice", due_date: w.sandbox.now() - 60 }))).toMatchObject({
      param: "due_date",
    });
  });

  it("auto_advance: a draft finalizes an hour later on the sandbox clock", async () => {
    const inv = await draft({ auto_advance: true });
    expect(inv.automatically_finalizes_at).toBe(inv.created + 3_600);
    w.sandbox.advanceClock(3_599);
    expect((await w.stripe.invoices.retrieve(inv.id)).status).toBe("draft");
    w.sandbox.advanceClock(1);
    const open = await w.stripe.invoices.retrieve(inv.id);
    expect(open).toMatchObject({ status: "open", automatically_finalizes_at: null });
    expect(open.hosted_invoice_url).toBeTruthy();
    expect((await w.eventsOf("invoice.finalized", (e) => (e.data.object as Stripe.Invoice).id === inv.id)).length).toBe(1);
  });
});
