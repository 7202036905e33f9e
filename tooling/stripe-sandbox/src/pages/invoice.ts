import type { Engine } from "../engine.ts";
import { StripeHttpError } from "../errors.ts";
import { getInvoice } from "../resources/invoices.ts";
import { payInvoiceByCard } from "../resources/invoice-pay.ts";
import type { PageHandler } from "../server.ts";
import type { Obj } from "../store.ts";
import { esc, money, page } from "./layout.ts";

/** The hosted page's Pay button: the card number; `{ok: false, message}` on a decline (the invoice stays open). */
export function payHostedInvoice(engine: Engine, id: string, cardNumber: string): { ok: true; invoice: Obj } | { ok: false; message: string } {
  const inv = getInvoice(engine, id);
  if (inv.status === "paid") return { ok: false, message: "This invoice is already paid." };
  if (inv.status !== "open" && inv.status !== "uncollectible") return { ok: false, message: `This invoice can't be paid (${String(inv.status)}).` };
  try {
    return { ok: true, invoice: payInvoiceByCard(engine, inv, cardNumber) };
  } catch (e) {
    if (e instanceof StripeHttpError) return { ok: false, message: e.body.message };
    throw e;
  }
}

const date = (s: unknown) => (typeof s === "number" ? new Date(s * 1000).toISOString().slice(0, 10) : "—");

/** The hosted invoice page: /i/<invoice id>, only once finalized. The issuer is the `on_behalf_of` account's business name. */
export const invoicePage: PageHandler = (engine, req, res, url, form) => {
  const m = url.pathname.match(/^\/i\/([^/]+)$/);
  if (!m) return false;
  let inv: Obj;
  try {
    inv = getInvoice(engine, m[1]!);
  } catch {
    return (page(res, "Not found", `<div class="card"><h1>Invoice not found</h1></div>`, 404), true);
  }
  if (inv.status === "draft") return (page(res, "Not found", `<div class="card"><h1>Invoice not found</h1></div>`, 404), true);
  let error: string | null = null;
  if (req.method === "POST" && (inv.status === "open" || inv.status === "uncollectible")) {
    const r = payHostedInvoice(engine, inv.id, String(form.card_number ?? ""));
    if (!r.ok) error = r.message;
  }
  const cur = String(inv.currency);
  const issuer = esc(inv.account_name ?? "Atelier");
  const lines = (inv.lines as { data: Obj[] }).data;
  const head = `<p class="muted">Invoice from</p><h1 data-testid="invoice-issuer">${issuer}</h1>
<p class="sub">Invoice ${esc(inv.number)} · due <span data-testid="invoice-due">${esc(date(inv.due_date))}</span>${inv.customer_email ? ` · billed to ${esc(inv.customer_email)}` : ""}</p>
${inv.description ? `<p>${esc(inv.description)}</p>` : ""}
<table>${lines.map((l) => `<tr><td>${esc(l.description)}${(l.quantity as number) > 1 ? ` × ${esc(l.quantity)}` : ""}</td><td style="text-align:right">${esc(money(l.amount as number, cur))}</td></tr>`).join("")}
<tr><th>Total</th><th style="text-align:right" data-testid="invoice-total">${esc(money(inv.total as number, cur))}</th></tr></table>`;
  const foot = inv.footer ? `<p class="muted" style="margin-top:14px">${esc(inv.footer)}</p>` : "";
  if (inv.status !== "open" && inv.status !== "uncollectible") {
    const label = inv.status === "paid" ? "Paid" : "This invoice is void";
    return (
      page(res, "Invoice", `<div class="card">${head}<p class="ok" data-testid="invoice-status" style="margin-top:18px">${esc(label)}</p>${foot}</div>`),
      true
    );
  }
  const due = esc(money(inv.amount_remaining as number, cur));
  page(
    res,
    "Invoice",
    `<div class="card">${head}
<form method="post" style="margin-top:18px">${error ? `<p class="err" role="alert" data-testid="invoice-error">${esc(error)}</p>` : ""}
<label for="card_number">Card number</label><input id="card_number" name="card_number" inputmode="numeric" autocomplete="cc-number" placeholder="4242 4242 4242 4242" required>
<div class="row"><div><label for="exp">Expiry</label><input id="exp" name="exp" value="12 / 34"></div><div><label for="cvc">CVC</label><input id="cvc" name="cvc" value="123"></div></div>
<button type="submit">Pay ${due}</button></form>${foot}
<p class="muted">Test cards: 4242 4242 4242 4242 succeeds · 4000 0000 0000 0002 is declined · 4000 0000 0000 9995 has insufficient funds.</p></div>`,
  );
  return true;
};
