import type { PageHandler } from "../server.ts";
import { getSession } from "../resources/checkout.ts";
import { paySession, type PayForm } from "../resources/checkout-pay.ts";
import type { Obj } from "../store.ts";
import type { Params } from "../form.ts";
import { esc, money, page, redirect } from "./layout.ts";

const SHIPPING_FIELDS = ["name", "line1", "line2", "city", "postal_code", "state", "country"] as const;

/** The hosted page's form (or a helper's JSON) as the buyer's answers. */
export function payFormFrom(form: Params): PayForm {
  const nested = (form.shipping && typeof form.shipping === "object" ? form.shipping : {}) as Record<string, unknown>;
  const shipping = Object.fromEntries(SHIPPING_FIELDS.map((f) => [f, String(nested[f] ?? form[`shipping_${f}`] ?? "")]));
  return {
    cardNumber: String(form.card_number ?? ""),
    email: form.email ? String(form.email) : null,
    name: form.name ? String(form.name) : null,
    shipping,
  };
}

function shippingInputs(session: Obj, form: Params): string {
  const allowed = (session.shipping_address_collection as { allowed_countries: string[] } | null)?.allowed_countries;
  if (!allowed) return "";
  const v = (f: string) => esc(form[`shipping_${f}`] ?? "");
  const input = (f: string, label: string, required = true, auto = "") =>
    `<label for="shipping_${f}">${label}</label><input id="shipping_${f}" name="shipping_${f}" value="${v(f)}" ${auto ? `autocomplete="${auto}"` : ""} ${required ? "required" : ""}>`;
  const chosen = String(form.shipping_country ?? allowed[0]);
  return `<fieldset style="border:0;padding:0;margin:18px 0 0"><legend style="font-weight:700">Shipping address</legend>
${input("name", "Full name", true, "shipping name")}
${input("line1", "Address line 1", true, "shipping address-line1")}
${input("line2", "Address line 2 (optional)", false, "shipping address-line2")}
<div class="row"><div>${input("city", "City", true, "shipping address-level2")}</div><div>${input("postal_code", "Postal code", true, "shipping postal-code")}</div></div>
<div class="row"><div>${input("state", "State or county (optional)", false, "shipping address-level1")}</div><div><label for="shipping_country">Country</label>
<select id="shipping_country" name="shipping_country" style="width:100%;padding:10px 12px;border:1px solid #cfd7df;border-radius:8px;font:inherit">${allowed.map((c) => `<option value="${esc(c)}"${c === chosen ? " selected" : ""}>${esc(c)}</option>`).join("")}</select></div></div></fieldset>`;
}

const successUrl = (s: Obj) => (s.success_url ? String(s.success_url).replace("{CHECKOUT_SESSION_ID}", s.id) : null);

/** The hosted checkout page: /c/pay/<session id>. Takes Stripe's test card numbers (and a shipping address when the session collects one). */
export const checkoutPage: PageHandler = (engine, req, res, url, form) => {
  const m = url.pathname.match(/^\/c\/pay\/([^/]+)$/);
  if (!m) return false;
  let session: Obj;
  try {
    session = getSession(engine, m[1]!);
  } catch {
    return (page(res, "Not found", `<div class="card"><h1>Checkout not found</h1></div>`, 404), true);
  }
  let error: string | null = null;
  if (req.method === "POST" && session.status === "open") {
    const r = paySession(engine, session.id, payFormFrom(form));
    if (r.ok) {
      const to = successUrl(session);
      if (to) return (redirect(res, to), true);
    } else error = r.message;
  }
  if (session.status !== "open") {
    const done = session.status === "complete";
    const back = done ? successUrl(session) : (session.cancel_url as string | null);
    return (
      page(
        res,
        "Checkout",
        `<div class="card"><h1>${done ? "This checkout is paid" : "This checkout has expired"}</h1><p class="sub">${back ? `<a href="${esc(back)}">Return to the shop</a>` : ""}</p></div>`,
      ),
      true
    );
  }
  const items = engine.store.state.lineItems[session.id] ?? [];
  const cur = String(session.currency);
  const total = esc(money(session.amount_total as number, cur));
  page(
    res,
    "Checkout",
    `<div class="card"><p class="muted">Pay Atelier</p><p class="total" data-testid="checkout-total">${total}</p>
<table>${items.map((li) => `<tr><td>${esc(li.description)}${(li.quantity as number) > 1 ? ` × ${esc(li.quantity)}` : ""}</td><td style="text-align:right">${esc(money(li.amount_total as number, cur))}</td></tr>`).join("")}</table>
<form method="post">${error ? `<p class="err" role="alert" data-testid="checkout-error">${esc(error)}</p>` : ""}
<label for="email">Email</label><input id="email" name="email" type="email" value="${esc(form.email ?? session.customer_email ?? "")}">
${shippingInputs(session, form)}
<label for="card_number">Card number</label><input id="card_number" name="card_number" inputmode="numeric" autocomplete="cc-number" placeholder="4242 4242 4242 4242" value="${esc(form.card_number ?? "")}" required>
<div class="row"><div><label for="exp">Expiry</label><input id="exp" name="exp" placeholder="12 / 34" value="12 / 34"></div><div><label for="cvc">CVC</label><input id="cvc" name="cvc" placeholder="123" value="123"></div></div>
<label for="name">Name on card</label><input id="name" name="name" value="${esc(form.name ?? "")}">
<button type="submit">Pay ${total}</button></form>
${session.cancel_url ? `<p class="muted" style="margin-top:14px"><a href="${esc(session.cancel_url)}">← Cancel and return to the shop</a></p>` : ""}
<p class="muted">Test cards: 4242 4242 4242 4242 succeeds · 4000 0000 0000 0002 is declined · 4000 0000 0000 9995 has insufficient funds.</p></div>`,
  );
  return true;
};
