import type { Db } from "@atelier/db";
import { AppError } from "../errors.ts";
import type { EventSender } from "@atelier/events";
import { canReceivePayments, ensureConnectAccount, readyToSellMail, syncConnectAccount, type PaymentsConfig } from "./index.ts";
import { callStripe, requirePayments } from "./stripe-errors.ts";

export interface OnboardingDeps {
  db: Db;
  payments: PaymentsConfig | null;
  now: () => Date;
  appUrl: string;
  events: EventSender;
}

export type PayoutSetupState = "not_started" | "onboarding" | "action_required" | "ready" | "disconnected";

/** What the artist's payments page shows: where onboarding stands, and the latest payouts. */
export async function paymentsOverview(db: Db, userId: string) {
  const account = await db.connectAccount.findUnique({
    where: { userId },
    include: { payouts: { orderBy: { stripeCreatedAt: "desc" }, take: 20 } },
  });
  const profile =
    (await db.artistProfile.findUnique({ where: { userId }, select: { country: true } })) ??
    (await db.store.findUnique({ where: { ownerUserId: userId }, select: { country: true } }));
  const state: PayoutSetupState = !account
    ? "not_started"
    : account.deauthorizedAt
      ? "disconnected"
      : canReceivePayments(account)
        ? "ready"
        : account.detailsSubmitted
          ? "action_required"
          : "onboarding";
  return {
    state,
    canSell: canReceivePayments(account),
    country: account?.country ?? profile?.country ?? null,
    account: account && {
      stripeAccountId: account.stripeAccountId,
      detailsSubmitted: account.detailsSubmitted,
      chargesEnabled: account.chargesEnabled,
      payoutsEnabled: account.payoutsEnabled,
      requirementsDue: account.requirementsDue,
      disabledReason: account.disabledReason,
      deauthorizedAt: account.deauthorizedAt,
      syncedAt: account.syncedAt,
    },
    payouts:
      account?.payouts.map((p) => ({
        id: p.id,
        amount: p.amount,
        currency: p.currency,
        status: p.status,
        arrivalDate: p.arrivalDate,
        failureMessage: p.failureMessage,
        createdAt: p.stripeCreatedAt,
      })) ?? [],
  };
}

function paymentDeps(deps: OnboardingDeps) {
  const { stripe } = requirePayments(deps.payments);
  return { db: deps.db, stripe, now: deps.now, appUrl: deps.appUrl };
}

/**
 * A fresh Stripe-hosted onboarding link (they expire after minutes and work once, so one is made
 * per click). Opens the Express account first if approval's job has not done it yet.
 */
export async function createOnboardingLink(deps: OnboardingDeps, userId: string, opts: { from?: "studio" | "store" } = {}): Promise<{ url: string }> {
  const back =
    opts.from === "store"
      ? { refresh: "/store?onboarding=expired", ret: "/store?onboarding=returned" }
      : { refresh: "/studio/payments/onboarding", ret: "/studio/payments?onboarding=returned" };
  const pd = paymentDeps(deps);
  const account = await callStripe("open your payout account", () => ensureConnectAccount(pd, userId));
  if (account.deauthorizedAt)
    throw new AppError("PRECONDITION_FAILED", "This Stripe account was disconnected from Atelier. Contact us to connect payouts again.");
  const link = await callStripe("start onboarding", () =>
    pd.stripe.accountLinks.create({
      account: account.stripeAccountId,
      type: "account_onboarding",
      refresh_url: `${deps.appUrl}${back.refresh}`,
      return_url: `${deps.appUrl}${back.ret}`,
    }),
  );
  return { url: link.url };
}

/** A one-time login link to the artist's Stripe Express dashboard. */
export async function createDashboardLink(deps: OnboardingDeps, userId: string): Promise<{ url: string }> {
  const pd = paymentDeps(deps);
  const account = await deps.db.connectAccount.findUnique({ where: { userId } });
  if (!account?.detailsSubmitted)
    throw new AppError("PRECONDITION_FAILED", "Finish onboarding first: the Stripe dashboard opens once Stripe has your details.");
  if (account.deauthorizedAt) throw new AppError("PRECONDITION_FAILED", "This Stripe account was disconnected from Atelier.");
  const link = await callStripe("open your dashboard", () => pd.stripe.accounts.createLoginLink(account.stripeAccountId));
  return { url: link.url };
}

/** Reads the account from Stripe now (after returning from onboarding, before the webhook lands). */
export async function refreshPayoutAccount(deps: OnboardingDeps, userId: string) {
  const account = await deps.db.connectAccount.findUnique({ where: { userId }, select: { stripeAccountId: true } });
  if (account) {
    const pd = paymentDeps(deps);
    const r = await callStripe("refresh your account", () => syncConnectAccount(pd, account.stripeAccountId));
    // the same mail (same id) the webhook's job would send; whichever comes first sends it
    if (r.becameReady) await deps.events.send(readyToSellMail(r, deps.appUrl));
  }
  return paymentsOverview(deps.db, userId);
}
