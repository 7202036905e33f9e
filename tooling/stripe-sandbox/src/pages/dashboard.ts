import type { PageHandler } from "../server.ts";
import { createPayout } from "../resources/payouts.ts";
import type { Obj } from "../store.ts";
import { esc, money, page, redirect } from "./layout.ts";

/** The Express dashboard a login link opens: balance, transfers in, payouts, and a "pay out now" button. */
export const dashboardPage: PageHandler = (engine, req, res, url) => {
  const m = url.pathname.match(/^\/express\/([^/]+)(\/payout)?$/);
  if (!m) return false;
  const link = engine.store.state.links[m[1]!];
  if (!link || link.kind !== "login")
    return (
      page(
        res,
        "Link expired",
        `<div class="card"><h1>This dashboard link has expired</h1><p class="sub">Open the dashboard again from the platform.</p></div>`,
        404,
      ),
      true
    );
  const acct = link.account;
  const balances = engine.store.state.balances[acct] ?? {};
  if (m[2] && req.method === "POST") {
    for (const [currency, b] of Object.entries(balances)) if (b.available > 0) createPayout(engine, acct, { amount: b.available, currency });
    return (redirect(res, `/express/${link.token}`), true);
  }
  const account = engine.store.get(acct);
  const owned = (type: string) =>
    engine.store
      .all(type)
      .filter((o) => engine.store.state.ownerAccount[o.id] === acct || o.destination === acct)
      .reverse()
      .slice(0, 20);
  const rows = (items: Obj[], cols: (o: Obj) => string[]) =>
    items
      .map(
        (o) =>
          `<tr>${cols(o)
            .map((c) => `<td>${c}</td>`)
            .join("")}</tr>`,
      )
      .join("") || `<tr><td colspan="3" class="muted">None yet</td></tr>`;
  const date = (s: unknown) => new Date(Number(s) * 1000).toISOString().slice(0, 10);
  page(
    res,
    "Express dashboard",
    `<div class="card"><p class="muted">${esc(account?.email)} · ${esc(acct)}</p><h1>Balance</h1>
${
  Object.entries(balances)
    .map(([c, b]) => `<p class="total">${esc(money(b.available, c))} <span class="muted">available</span></p>`)
    .join("") || `<p class="total">${esc(money(0, String(account?.default_currency ?? "eur")))}</p>`
}
<form method="post" action="/express/${esc(link.token)}/payout"><button type="submit">Pay out available balance</button></form>
<h1 style="margin-top:28px">Transfers from Atelier</h1><table><tr><th>Date</th><th>Amount</th><th>Id</th></tr>${rows(owned("transfer"), (t) => [date(t.created), esc(money(t.amount as number, t.currency as string)), esc(t.id)])}</table>
<h1 style="margin-top:28px">Payouts</h1><table><tr><th>Date</th><th>Amount</th><th>Status</th></tr>${rows(owned("payout"), (p) => [date(p.created), esc(money(p.amount as number, p.currency as string)), `<span class="pill">${esc(p.status)}</span>`])}</table></div>`,
  );
  return true;
};
