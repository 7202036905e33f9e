import type { Engine, RequestInfo } from "../engine.ts";
import { StripeHttpError } from "../errors.ts";
import { completedFields } from "../objects/checkout-session.ts";
import { emptyAddress, shippingField, type ShippingDetails } from "../objects/shapes.ts";
import type { Obj } from "../store.ts";
import { getSession, sessionConfig } from "./checkout.ts";
import { confirm, newPaymentIntent } from "./payments.ts";
import { paySubscriptionSession } from "./checkout-subscription.ts";

/** What the buyer typed on the hosted page. */
export interface PayForm {
  cardNumber: string;
  email?: string | null;
  name?: string | null;
  shipping?: { name?: string; line1?: string; line2?: string; city?: string; postal_code?: string; state?: string; country?: string } | null;
}

/** Expires an open session (API or clock): `checkout.session.expired`, and its unpaid PaymentIntent is canceled. */
export function expireSession(engine: Engine, s: Obj, request?: RequestInfo): Obj {
  if (s.status !== "open") {
    throw new StripeHttpError(400, {
      type: "invalid_request_error",
      code: "checkout_session_unexpected_state",
      message: `Only Checkout Sessions with a status in ["open"] can be expired.`,
    });
  }
  Object.assign(s, { status: "expired", url: null });
  engine.store.put(s);
  const pi = s.payment_intent ? engine.store.get(s.payment_intent as string) : null;
  if (pi && pi.status !== "succeeded" && pi.status !== "canceled") {
    Object.assign(pi, { status: "canceled", canceled_at: engine.store.now(), cancellation_reason: "abandoned" });
    engine.store.put(pi);
    engine.emit("payment_intent.canceled", pi, { request });
  }
  engine.emit("checkout.session.expired", s, { request });
  return s;
}

/** Every open session whose `expires_at` has passed on the sandbox clock expires (run each second and when the clock moves). */
export function expireDueSessions(engine: Engine) {
  const now = engine.store.now();
  for (const s of engine.store.all("checkout.session")) if (s.status === "open" && (s.expires_at as number) <= now) expireSession(engine, s);
}

function shippingFrom(s: Obj, form: PayForm): { shipping: ShippingDetails | null } | { error: string } {
  const allowed = (s.shipping_address_collection as { allowed_countries: string[] } | null)?.allowed_countries;
  if (!allowed) return { shipping: null };
  const f = form.shipping ?? {};
  const t = (v: string | undefined) => (v ?? "").trim();
  if (!t(f.name) || !t(f.line1) || !t(f.city) || !t(f.postal_code) || !t(f.country))
    return { error: "Enter your full shipping address: name, street, city, postal code and country." };
  const country = t(f.country).toUpperCase();
  if (!allowed.includes(country)) return { error: `We can't ship to ${country}. Choose one of: ${allowed.join(", ")}.` };
  return {
    shipping: {
      name: t(f.name),
      address: {
        ...emptyAddress(),
        line1: t(f.line1),
        line2: t(f.line2) || null,
        city: t(f.city),
        postal_code: t(f.postal_code),
        state: t(f.state) || null,
        country,
      },
    },
  };
}

/** What the hosted page's Pay button does: charge the card, and complete the session when it works. */
export function paySession(engine: Engine, id: string, form: PayForm): { ok: true; session: Obj } | { ok: false; message: string } {
  const s = getSession(engine, id);
  if (s.status !== "open") return { ok: false, message: s.status === "complete" ? "This checkout is already paid." : "This checkout session has expired." };
  const collected = shippingFrom(s, form);
  if ("error" in collected) return { ok: false, message: collected.error };
  if (s.mode === "subscription") return paySubscriptionSession(engine, s, form, collected.shipping);
  const email = form.email?.trim() || (s.customer_email as string | null) || null;
  const cfg = sessionConfig(engine, s.id).paymentIntentData;
  let pi = s.payment_intent ? engine.store.get(s.payment_intent as string) : null;
  if (!pi) {
    pi = newPaymentIntent(engine, {
      amount: s.amount_total as number,
      currency: s.currency as string,
      description: cfg.description,
      metadata: { ...cfg.metadata },
      transferGroup: cfg.transferGroup,
      receiptEmail: cfg.receiptEmail,
    });
    s.payment_intent = pi.id;
    engine.store.put(s);
  }
  pi.shipping = shippingField(collected.shipping);
  const billing = collected.shipping
    ? { ...emptyAddress(), country: collected.shipping.address.country, postal_code: collected.shipping.address.postal_code }
    : null;
  try {
    confirm(engine, pi, form.cardNumber, undefined, { email, name: form.name?.trim() || null, address: billing });
  } catch (e) {
    if (e instanceof StripeHttpError) return { ok: false, message: e.body.message };
    throw e;
  }
  Object.assign(s, completedFields(s, { email, name: form.name?.trim() || null, shipping: collected.shipping }));
  engine.store.put(s);
  engine.emit("checkout.session.completed", s);
  return { ok: true, session: s };
}
