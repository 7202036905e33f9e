import type { Db } from "@atelier/db";
import { accountSnapshot } from "@atelier/core/payments";
import { callerAs, makeUser } from "../harness.ts";
import type { PaymentsWorld } from "../payments/world.ts";

let n = 0;

/** An artist on the Pro plan (unless `plan`) with an onboarded Express account in the sandbox (invoices are destination charges to it), and their caller. */
export async function invoicingArtist(db: Db, world: PaymentsWorld, opts: { onboarded?: boolean; plan?: "FREE" | "PRO" | "BUSINESS" } = {}) {
  const user = await makeUser(db, ["ARTIST", "BUYER"], { name: `Invoicing Artist ${++n}` });
  const profile = await db.artistProfile.create({
    data: { userId: user.id, displayName: `Mira Invoicer ${n}`, slug: `invoicer-${n}-${user.id.slice(-6)}`, country: "IE" },
  });
  const stripe = world.payments.stripe;
  let account = await stripe.accounts.create({
    type: "express",
    country: "IE",
    email: user.email,
    capabilities: { card_payments: { requested: true }, transfers: { requested: true } },
  });
  if (opts.onboarded !== false) {
    await fetch(`${world.sandbox.url}/__sandbox/accounts/${account.id}/complete_onboarding`, { method: "POST" });
    account = await stripe.accounts.retrieve(account.id);
  }
  const connect = await db.connectAccount.create({
    data: { userId: user.id, stripeAccountId: account.id, country: "IE", ...accountSnapshot(account), syncedAt: new Date() },
  });
  await db.sellerPlan.create({ data: { userId: user.id, plan: opts.plan ?? "PRO", status: "active" } });
  const caller = await callerAs(db, user.id, {}, { payments: world.payments, events: world.jobDeps.events, clock: world.jobDeps.now });
  return { user, profile, connect, caller };
}

/** What the hosted invoice page's Pay button does. */
export async function payInvoiceInSandbox(world: PaymentsWorld, stripeInvoiceId: string, card = "4242424242424242") {
  const res = await fetch(`${world.sandbox.url}/__sandbox/invoices/${stripeInvoiceId}/pay`, {
    method: "POST",
    headers: { "content-type": "application/x-www-form-urlencoded" },
    body: new URLSearchParams({ card_number: card }).toString(),
  });
  return { status: res.status, body: (await res.json()) as { status?: string; error?: { message: string } } };
}

/** The invoice's ledger: the sum per payee and kind. */
export async function invoiceLedger(db: Db, invoiceId: string) {
  const rows = await db.ledgerEntry.findMany({ where: { invoiceId } });
  const sum = (payee: string, kind?: string) => rows.filter((r) => r.payee === payee && (!kind || r.kind === kind)).reduce((s, r) => s + r.amount, 0);
  return { rows, sum };
}
