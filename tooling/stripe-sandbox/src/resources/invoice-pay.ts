import type { Engine, RequestInfo } from "../engine.ts";
import { StripeHttpError } from "../errors.ts";
import { invoicePaymentObject } from "../objects/invoice.ts";
import { transferObject } from "../objects/money-objects.ts";
import type { Obj } from "../store.ts";
import { balanceTransaction } from "./balance.ts";
import { confirm, getCharge, newPaymentIntent } from "./payments.ts";

/** What the invoice was created with that Stripe does not return on the invoice object of the pinned API version. */
export interface InvoiceConfig {
  transferDestination: string | null;
  applicationFeeAmount: number | null;
}
export const invoiceConfig = (engine: Engine, id: string) => engine.store.state.internal[id] as unknown as InvoiceConfig;

export const invoicePayments = (engine: Engine, invoiceId: string) => engine.store.all("invoice_payment").filter((p) => p.invoice === invoiceId);
const defaultPayment = (engine: Engine, inv: Obj) => invoicePayments(engine, inv.id).find((p) => p.is_default && p.status === "open");

/** At finalization: the invoice's PaymentIntent (a destination charge when `transfer_data[destination]` is set) and its default InvoicePayment. */
export function openInvoicePayment(engine: Engine, inv: Obj, request?: RequestInfo): Obj {
  const cfg = invoiceConfig(engine, inv.id);
  const pi = newPaymentIntent(
    engine,
    {
      amount: inv.amount_due as number,
      currency: inv.currency as string,
      description: `Invoice ${String(inv.number)}`,
      metadata: {},
      transferGroup: null,
      receiptEmail: null,
    },
    request,
  );
  Object.assign(pi, {
    customer: inv.customer,
    on_behalf_of: inv.on_behalf_of ?? null,
    application_fee_amount: cfg.transferDestination ? cfg.applicationFeeAmount : null,
    transfer_data: cfg.transferDestination ? { destination: cfg.transferDestination } : null,
  });
  engine.store.put(pi);
  return engine.store.put(invoicePaymentObject({ id: engine.store.newId("inpay"), invoice: inv, paymentIntent: pi.id, created: engine.store.now() }));
}

/**
 * A destination charge's money movement, as Stripe books it: the whole amount is transferred to the
 * destination (`transfer.created`) and the application fee comes back to the platform. The connected
 * account ends with amount − application fee; the platform keeps the fee less Stripe's processing fee —
 * the same split as checkout's separate charge + `amount − commission` transfer.
 */
function settleDestination(engine: Engine, pi: Obj, request?: RequestInfo) {
  const td = pi.transfer_data as { destination: string } | null;
  if (!td) return;
  const charge = getCharge(engine, pi.latest_charge as string);
  const amount = pi.amount as number;
  const cur = pi.currency as string;
  const appFee = (pi.application_fee_amount as number | null) ?? 0;
  const tr = transferObject({
    id: engine.store.newId("tr"),
    amount,
    currency: cur,
    created: engine.store.now(),
    description: null,
    destination: td.destination,
    destinationPayment: engine.store.newId("py"),
    metadata: {},
    sourceTransaction: charge.id,
    transferGroup: `group_${pi.id}`,
  });
  tr.balance_transaction = balanceTransaction(engine, { amount: -amount, currency: cur, type: "transfer", source: tr.id }).id;
  balanceTransaction(engine, { amount, currency: cur, fee: appFee, type: "payment", source: tr.destination_payment as string, account: td.destination });
  if (appFee) balanceTransaction(engine, { amount: appFee, currency: cur, type: "application_fee", source: charge.id, category: "platform_earning" });
  engine.store.state.transferredFrom[charge.id] = amount;
  engine.store.put(tr);
  Object.assign(charge, {
    application_fee_amount: appFee || null,
    transfer: tr.id,
    transfer_data: { amount: null, destination: td.destination },
    transfer_group: tr.transfer_group,
    on_behalf_of: pi.on_behalf_of,
  });
  pi.transfer_group = tr.transfer_group;
  engine.store.put(charge);
  engine.store.put(pi);
  engine.emit("transfer.created", tr, { request });
}

/** Marks an open/uncollectible invoice paid: `invoice.paid` + `invoice.payment_succeeded` (or only `invoice.paid` out of band). */
export function markInvoicePaid(engine: Engine, inv: Obj, how: { outOfBand: boolean }, request?: RequestInfo) {
  const now = engine.store.now();
  const previous = { status: inv.status, amount_paid: inv.amount_paid, amount_remaining: inv.amount_remaining };
  const payment = defaultPayment(engine, inv);
  if (how.outOfBand) {
    inv.amount_paid_off_stripe = inv.amount_remaining;
    if (payment) cancelPayment(engine, payment, request);
  } else if (payment) {
    Object.assign(payment, { status: "paid", amount_paid: payment.amount_requested, status_transitions: { canceled_at: null, paid_at: now } });
    engine.store.put(payment);
    inv.amount_paid = (inv.amount_paid as number) + (payment.amount_requested as number);
  }
  Object.assign(inv, {
    status: "paid",
    amount_remaining: 0,
    attempted: true,
    auto_advance: false,
    next_payment_attempt: null,
    status_transitions: { ...(inv.status_transitions as object), paid_at: now },
  });
  engine.store.put(inv);
  engine.emit("invoice.paid", inv, { previous, request });
  if (!how.outOfBand) engine.emit("invoice.payment_succeeded", inv, { previous, request });
}

/** The invoice's PaymentIntent is canceled with it (void; paid out of band). */
export function cancelPayment(engine: Engine, payment: Obj, request?: RequestInfo) {
  const pi = engine.store.get((payment.payment as { payment_intent: string }).payment_intent);
  if (pi && pi.status !== "succeeded" && pi.status !== "canceled") {
    Object.assign(pi, { status: "canceled", canceled_at: engine.store.now(), cancellation_reason: "void_invoice" });
    engine.store.put(pi);
    engine.emit("payment_intent.canceled", pi, { request });
  }
  Object.assign(payment, { status: "canceled", status_transitions: { canceled_at: engine.store.now(), paid_at: null } });
  engine.store.put(payment);
}

/**
 * Charges a card for an open (or uncollectible) invoice through its PaymentIntent — the checkout payment
 * code (`confirm`): `charge.succeeded`, `payment_intent.succeeded`, for a destination charge
 * `transfer.created`, then `invoice.paid` and `invoice.payment_succeeded`. A decline sends `charge.failed`,
 * `payment_intent.payment_failed` and `invoice.payment_failed`; the invoice stays open and the error
 * (Stripe's 402 card_error) is thrown.
 */
export function payInvoiceByCard(engine: Engine, inv: Obj, card: string, request?: RequestInfo): Obj {
  if (inv.status !== "open" && inv.status !== "uncollectible") throw notPayable(inv);
  const payment = defaultPayment(engine, inv) ?? openInvoicePayment(engine, inv, request);
  const pi = engine.store.get((payment.payment as { payment_intent: string }).payment_intent)!;
  const previous = { attempt_count: inv.attempt_count, attempted: inv.attempted };
  inv.attempt_count = (inv.attempt_count as number) + 1;
  inv.attempted = true;
  try {
    confirm(engine, pi, card, request, { email: (inv.customer_email as string | null) ?? null, name: (inv.customer_name as string | null) ?? null });
  } catch (e) {
    engine.store.put(inv);
    if (e instanceof StripeHttpError && e.status === 402) engine.emit("invoice.payment_failed", inv, { previous, request });
    throw e;
  }
  settleDestination(engine, pi, request);
  markInvoicePaid(engine, inv, { outOfBand: false }, request);
  return inv;
}

export const notPayable = (inv: Obj) =>
  new StripeHttpError(400, {
    type: "invalid_request_error",
    message:
      inv.status === "paid"
        ? "Invoice is already paid"
        : inv.status === "draft"
          ? "This invoice is a draft: finalize it before paying it."
          : `You cannot pay an invoice with status ${String(inv.status)}.`,
  });
