import type { PageHandler } from "../server.ts";
import { getSession, paySession } from "../resources/checkout.ts";
import type { Obj } from "../store.ts";
import { esc, money, page, redirect } from "./layout.ts";

/** The hosted checkout page: /c/pay/<session id>. Takes Stripe's test card numbers. */
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
    const r = paySession(engine, session.id, String(form.card_number ?? ""), form.email ? String(form.email) : undefined);
    if (r.ok) return (redirect(res, String(session.success_url).replace("{CHECKOUT_SESSION_ID}", session.id)), true);
    error = r.message;
  }
  if (session.status !== "open") {
    const done = session.status === "complete";
    return (
      page(
        res,
        "Checkout",
        `<div class="card"><h1>${done ? "This checkout is paid" : "This checkout has expired"}</h1><p class="sub">${done ? `<a href="${esc(String(session.success_url).replace("{CHECKOUT_SESSION_ID}", session.id))}">Return to the shop</a>` : session.cancel_url ? `<a href="${esc(session.cancel_url)}">Return to the shop</a>` : ""}</p></div>`,
      ),
      true
    );
  }
  const items = engine.store.state.lineItems[session.id] ?? [];
  const cur = String(session.currency);
  page(
    res,
    "Checkout",
    `<div class="card"><p class="muted">Pay Atelier</p><p class="total" data-testid="checkout-total">${esc(money(session.amount_total as number, cur))}</p>
<table>${items.map((li) => `<tr><td>${esc(li.description)}${(li.quantity as number) > 1 ? ` × ${esc(li.quantity)}` : ""}</td><td style="text-align:right">${esc(money(li.amount_total as number, cur))}</td></tr>`).join("")}</table>
<form method="post">${error ? `<p class="err" role="alert">${esc(error)}</p>` : ""}
<label for="email">Email</label><input id="email" name="email" type="email" value="${esc(form.email ?? session.customer_email ?? "")}">
<label for="card_number">Card number</label><input id="card_number" name="card_number" inputmode="numeric" autocomplete="cc-number" placeholder="4242 4242 4242 4242" value="${esc(form.card_number ?? "")}" required>
<div class="row"><div><label for="exp">Expiry</label><input id="exp" name="exp" placeholder="12 / 34" value="12 / 34"></div><div><label for="cvc">CVC</label><input id="cvc" name="cvc" placeholder="123" value="123"></div></div>
<label for="name">Name on card</label><input id="name" name="name" value="${esc(form.name ?? "")}">
<button type="submit">Pay ${esc(money(session.amount_total as number, cur))}</button></form>
${session.cancel_url ? `<p class="muted" style="margin-top:14px"><a href="${esc(session.cancel_url)}">← Cancel and return to the shop</a></p>` : ""}
<p class="muted">Test cards: 4242 4242 4242 4242 succeeds · 4000 0000 0000 0002 is declined · 4000 0000 0000 9995 has insufficient funds.</p></div>`,
  );
  return true;
};
