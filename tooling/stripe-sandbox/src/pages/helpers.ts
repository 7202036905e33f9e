import type { PageHandler } from "../server.ts";
import { completeOnboarding, deauthorize, requireMoreInfo } from "../resources/accounts.ts";
import { paySession } from "../resources/checkout.ts";
import { advance } from "../resources/payouts.ts";

const json = (res: Parameters<PageHandler>[2], status: number, body: unknown) => {
  res.writeHead(status, { "content-type": "application/json" });
  res.end(JSON.stringify(body));
};

/** Sandbox-only controls (tests and the hosted pages use them); every one emits the real events. */
export const helperRoutes: PageHandler = (engine, req, res, url, form) => {
  if (req.method !== "POST" || !url.pathname.startsWith("/__sandbox/")) return false;
  const acct = url.pathname.match(/^\/__sandbox\/accounts\/([^/]+)\/(complete_onboarding|deauthorize|require_more_info)$/);
  if (acct) {
    const fn = { complete_onboarding: completeOnboarding, deauthorize, require_more_info: requireMoreInfo }[acct[2] as "deauthorize"];
    return (json(res, 200, fn(engine, acct[1]!)), true);
  }
  const po = url.pathname.match(/^\/__sandbox\/payouts\/([^/]+)\/(pay|fail)$/);
  if (po) {
    const r = po[2] === "pay" ? (advance(engine, po[1]!, "in_transit"), advance(engine, po[1]!, "paid")) : advance(engine, po[1]!, "failed");
    return (json(res, r ? 200 : 404, r ?? { error: { message: "No such payout" } }), true);
  }
  const cs = url.pathname.match(/^\/__sandbox\/checkout\/sessions\/([^/]+)\/pay$/);
  if (cs) {
    const r = paySession(engine, cs[1]!, String(form.card_number ?? "4242424242424242"), form.email ? String(form.email) : undefined);
    return (json(res, r.ok ? 200 : 402, r.ok ? r.session : { error: { type: "card_error", message: r.message } }), true);
  }
  return false;
};
