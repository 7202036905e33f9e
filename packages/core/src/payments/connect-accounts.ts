import type { ConnectAccountModel as ConnectAccount, Db } from "@atelier/db";
import { AppError } from "../errors.ts";
import type Stripe from "stripe";
import { emailEvent, type EmailRequestedEvent } from "@atelier/events";

export interface PaymentDeps {
  db: Db;
  stripe: Stripe;
  now: () => Date;
  /** public origin of the app, for the business profile URL */
  appUrl: string;
}

/** Merchant category the platform's artists sell under: 5971, Art Dealers and Galleries. */
export const ART_DEALERS_MCC = "5971";

/** Whether an artist with this account can be paid, i.e. whether their work can be bought. */
export function canReceivePayments(
  a: Pick<ConnectAccount, "detailsSubmitted" | "chargesEnabled" | "payoutsEnabled" | "deauthorizedAt"> | null | undefined,
): boolean {
  return !!a && a.detailsSubmitted && a.chargesEnabled && a.payoutsEnabled && !a.deauthorizedAt;
}

/** Our mirror of the fields of a Stripe account that decide whether its owner can sell. */
export function accountSnapshot(a: Stripe.Account) {
  const due = new Set([...(a.requirements?.currently_due ?? []), ...(a.requirements?.past_due ?? [])]);
  return {
    detailsSubmitted: a.details_submitted ?? false,
    chargesEnabled: a.charges_enabled ?? false,
    payoutsEnabled: a.payouts_enabled ?? false,
    requirementsDue: [...due].sort(),
    disabledReason: a.requirements?.disabled_reason ?? null,
    defaultCurrency: a.default_currency ?? null,
  };
}

const isPublicUrl = (url: string) => !/^https?:\/\/(localhost|127\.|\[::1\]|0\.0\.0\.0)/.test(url);

/**
 * The artist's Express account, created on first need (approval, or the onboarding button).
 * Safe to call twice or concurrently: Stripe's side is deduplicated by an idempotency key derived
 * from the user, ours by the unique userId.
 */
export async function ensureConnectAccount(deps: PaymentDeps, userId: string): Promise<ConnectAccount> {
  const existing = await deps.db.connectAccount.findUnique({ where: { userId } });
  if (existing) return existing;
  const user = await deps.db.user.findUnique({
    where: { id: userId },
    select: {
      email: true,
      artistProfile: { select: { id: true, slug: true, displayName: true, country: true } },
      store: { select: { id: true, slug: true, name: true, country: true } },
    },
  });
  // an artist sells their own work; a store owner (who is no artist) sells licensed prints of others' work
  const seller = user?.artistProfile
    ? {
        kind: "artist",
        id: user.artistProfile.id,
        name: user.artistProfile.displayName,
        country: user.artistProfile.country,
        url: `/artists/${user.artistProfile.slug}`,
      }
    : user?.store
      ? { kind: "store", id: user.store.id, name: user.store.name, country: user.store.country, url: `/stores/${user.store.slug}` }
      : null;
  if (!user || !seller) throw new AppError("PRECONDITION_FAILED", "Only approved artists and store owners have a payout account");
  const profileUrl = `${deps.appUrl}${seller.url}`;
  const account = await deps.stripe.accounts.create(
    {
      type: "express",
      country: seller.country,
      email: user.email,
      capabilities: { card_payments: { requested: true }, transfers: { requested: true } },
      business_type: "individual",
      business_profile: {
        mcc: ART_DEALERS_MCC,
        name: seller.name,
        product_description:
          seller.kind === "artist" ? "Original artworks and limited editions sold through Atelier" : "Licensed art prints and products sold through Atelier",
        // Stripe rejects localhost URLs; in development the profile URL is simply left out
        ...(isPublicUrl(profileUrl) ? { url: profileUrl } : {}),
      },
      metadata: { atelier_user_id: userId, ...(seller.kind === "artist" ? { atelier_profile_id: seller.id } : { atelier_store_id: seller.id }) },
    },
    { idempotencyKey: `connect-account:${userId}` },
  );
  try {
    return await deps.db.connectAccount.create({
      data: { userId, stripeAccountId: account.id, country: account.country ?? seller.country, ...accountSnapshot(account), syncedAt: deps.now() },
    });
  } catch (e) {
    // a concurrent call stored it first (same idempotency key → same Stripe account)
    const row = await deps.db.connectAccount.findUnique({ where: { userId } });
    if (row) return row;
    throw e;
  }
}

/** Thrown inside a step when Stripe tells us about an account we have not stored yet: the job retries. */
export class AccountNotKnownYet extends Error {
  constructor(stripeAccountId: string) {
    super(`Connect account ${stripeAccountId} is not known yet (its creation may not be committed); retrying`);
    this.name = "AccountNotKnownYet";
  }
}

export interface SyncResult {
  stripeAccountId: string;
  ready: boolean;
  becameReady: boolean;
  becameDisabled: boolean;
  /** paymentsPath: where they manage payouts (the studio for an artist, the store dashboard for a store owner) */
  owner: { email: string; displayName: string; paymentsPath: string };
}

async function ownerOf(db: Db, userId: string) {
  const u = await db.user.findUniqueOrThrow({
    where: { id: userId },
    select: { email: true, name: true, artistProfile: { select: { displayName: true } }, store: { select: { name: true } } },
  });
  const paymentsPath = !u.artistProfile && u.store ? "/store" : "/studio/payments";
  return { email: u.email, displayName: u.artistProfile?.displayName ?? u.store?.name ?? u.name ?? u.email, paymentsPath };
}

/**
 * Re-reads the account from Stripe and stores its state — never from the webhook payload, so the
 * order events arrive in cannot matter. A read older than the stored one is discarded; a
 * deauthorised account stays deauthorised.
 */
export async function syncConnectAccount(deps: PaymentDeps, stripeAccountId: string, opts: { deauthorized?: boolean } = {}): Promise<SyncResult> {
  const row = await deps.db.connectAccount.findUnique({ where: { stripeAccountId } });
  if (!row) throw new AccountNotKnownYet(stripeAccountId);
  const wasReady = canReceivePayments(row);
  const owner = await ownerOf(deps.db, row.userId);
  const result = (ready: boolean, changed: { becameReady?: boolean; becameDisabled?: boolean }): SyncResult => ({
    stripeAccountId,
    ready,
    becameReady: changed.becameReady ?? false,
    becameDisabled: changed.becameDisabled ?? false,
    owner,
  });

  if (opts.deauthorized || row.deauthorizedAt) {
    const r = await deps.db.connectAccount.updateMany({
      where: { id: row.id, deauthorizedAt: null },
      data: { deauthorizedAt: deps.now(), chargesEnabled: false, payoutsEnabled: false, disabledReason: "deauthorized", syncedAt: deps.now() },
    });
    return result(false, { becameDisabled: r.count === 1 });
  }

  const readAt = deps.now();
  const account = await deps.stripe.accounts.retrieve(stripeAccountId);
  const snapshot = accountSnapshot(account);
  const r = await deps.db.connectAccount.updateMany({
    where: { id: row.id, deauthorizedAt: null, OR: [{ syncedAt: null }, { syncedAt: { lte: readAt } }] },
    data: { ...snapshot, syncedAt: readAt },
  });
  const ready = canReceivePayments({ ...snapshot, deauthorizedAt: null });
  if (r.count === 0) return result(wasReady, {}); // a newer read already won
  return result(ready, { becameReady: !wasReady && ready, becameDisabled: wasReady && !ready });
}

/** The "ready to sell" mail for an account that just became payable; its id makes it go out once per account. */
export function readyToSellMail(r: Pick<SyncResult, "stripeAccountId" | "owner">, appUrl: string): EmailRequestedEvent {
  return emailEvent(
    { template: "payouts-ready", to: r.owner.email, props: { displayName: r.owner.displayName, paymentsUrl: `${appUrl}${r.owner.paymentsPath}` } },
    `payouts-ready:${r.stripeAccountId}`,
  );
}
