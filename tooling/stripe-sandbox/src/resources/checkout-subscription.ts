import crypto from "node:crypto";
import type { Engine } from "../engine.ts";
import { completedFields } from "../objects/checkout-session.ts";
import { customerObject } from "../objects/invoice.ts";
import type { ShippingDetails } from "../objects/shapes.ts";
import type { Obj } from "../store.ts";
import type { PayForm } from "./checkout-pay.ts";
import { sessionConfig } from "./checkout.ts";
import { cardFor } from "./payments.ts";
import { createSubscription } from "./subscriptions.ts";

const DECLINED = { generic_decline: "Your card was declined.", insufficient_funds: "Your card has insufficient funds." } as const;

/**
 * The hosted page's Pay button on a subscription-mode session: the card must be one that succeeds; then the
 * session's customer (or a new one from the email typed), an active subscription for its recurring lines, and
 * the events in Stripe's order: customer.created (if new), customer.subscription.created, checkout.session.completed.
 * (The sandbox bills no invoice for the first period: simplification, see README.)
 */
export function paySubscriptionSession(
  engine: Engine,
  s: Obj,
  form: PayForm,
  shipping: ShippingDetails | null,
): { ok: true; session: Obj } | { ok: false; message: string } {
  const card = cardFor(form.cardNumber);
  if (!card) return { ok: false, message: "Your card number is incorrect." };
  if (card.decline) return { ok: false, message: DECLINED[card.decline as keyof typeof DECLINED] ?? "Your card was declined." };
  const email = form.email?.trim() || (s.customer_email as string | null) || null;
  const name = form.name?.trim() || null;
  let customer = s.customer as string | null;
  if (!customer) {
    const c = customerObject({
      id: engine.store.newId("cus").slice(0, 18),
      created: engine.store.now(),
      email,
      name,
      description: null,
      phone: null,
      metadata: {},
      prefix: crypto.randomBytes(4).toString("hex").toUpperCase(),
    });
    engine.store.put(c);
    engine.emit("customer.created", c);
    customer = c.id;
  }
  const lineItems = engine.store.state.lineItems[s.id] ?? [];
  const sub = createSubscription(engine, {
    customer,
    currency: s.currency as string,
    metadata: { ...(sessionConfig(engine, s.id).subscriptionData?.metadata ?? {}) },
    lineItems: lineItems.filter((li) => (li.price as Obj).recurring),
  });
  Object.assign(s, completedFields(s, { email, name, shipping }), { customer, subscription: sub.id });
  engine.store.put(s);
  engine.emit("checkout.session.completed", s);
  return { ok: true, session: s };
}
