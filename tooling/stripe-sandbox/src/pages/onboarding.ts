import crypto from "node:crypto";
import type { PageHandler } from "../server.ts";
import { completeOnboarding } from "../resources/accounts.ts";
import { esc, page, redirect } from "./layout.ts";

/**
 * Stripe-hosted Express onboarding, sandbox edition: /setup/e/<token>. A link works once and for five
 * minutes; an expired or used link sends the person to the platform's refresh_url, like Stripe.
 */
export const onboardingPage: PageHandler = (engine, req, res, url, form) => {
  const m = url.pathname.match(/^\/setup\/e\/([^/]+)(\/complete|\/leave)?$/);
  if (!m) return false;
  const link = engine.store.state.links[m[1]!];
  if (!link || link.kind !== "onboarding")
    return (
      page(res, "Link not found", `<div class="card"><h1>This link is not valid</h1><p class="sub">Go back to the platform and start again.</p></div>`, 404),
      true
    );
  const account = engine.store.get(link.account);
  if (!m[2]) {
    if (link.visitedWith || link.expiresAt < engine.store.now()) return (redirect(res, link.refreshUrl!), true);
    link.visitedWith = crypto.randomBytes(12).toString("hex");
    engine.store.changed();
    const bp = (account?.business_profile ?? {}) as Record<string, string | null>;
    page(
      res,
      "Set up payouts",
      `<div class="card"><p class="muted">Express onboarding for Atelier</p><h1>Get paid for your sales</h1>
<p class="sub">Atelier partners with Stripe for fast, secure payouts. In this sandbox, confirming the form below marks the account as verified.</p>
<form method="post" action="/setup/e/${esc(link.token)}/complete"><input type="hidden" name="s" value="${esc(link.visitedWith)}">
<label>Email</label><input name="email" value="${esc(account?.email)}" readonly>
<label>Legal name</label><input name="name" value="${esc(bp.name ?? "")}" required>
<div class="row"><div><label>Country</label><input value="${esc(account?.country)}" readonly></div><div><label>Industry (MCC)</label><input value="${esc(bp.mcc ?? "")}" readonly></div></div>
<label>Bank account (test)</label><input name="account_number" value="000123456789">
<button type="submit">Complete onboarding</button></form>
<form method="get" action="/setup/e/${esc(link.token)}/leave"><input type="hidden" name="s" value="${esc(link.visitedWith)}"><button type="submit" class="secondary">Return without finishing</button></form></div>`,
    );
    return true;
  }
  const secret = (form.s as string | undefined) ?? url.searchParams.get("s");
  if (!link.visitedWith || secret !== link.visitedWith) return (redirect(res, link.refreshUrl!), true);
  if (m[2] === "/complete" && req.method === "POST") completeOnboarding(engine, link.account);
  link.visitedWith = `done-${link.visitedWith}`;
  engine.store.changed();
  return (redirect(res, link.returnUrl!), true);
};
