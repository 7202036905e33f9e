import type { Db } from "@atelier/db";
import type Stripe from "stripe";
import { AppError } from "../errors.ts";
import { callStripe } from "../payments/stripe-errors.ts";
import { isPlanId, PLANS, type PaidPlanId, type PlanId } from "./features.ts";

export interface PlanDeps {
  db: Db;
  stripe: Stripe;
  now: () => Date;
  /** public origin, for Checkout's return URLs */
  appUrl: string;
}

/** Statuses in which the subscription's plan is in force (past_due: Stripe is still retrying the card). */
const LIVE = new Set<Stripe.Subscription.Status>(["active", "trialing", "past_due"]);
/** A subscription in one of these is over for good: nothing moves it back. */
const ENDED = new Set<string>(["canceled", "incomplete_expired"]);

/**
 * Billing for plans needs payments on this server. Without them the upgrade cannot be offered at all, which is a
 * state of this server, not a passing outage: PRECONDITION_FAILED with what to set.
 */
export function planStripe(payments: { stripe: Stripe } | null): Stripe {
  if (!payments) {
    throw new AppError(
      "PRECONDITION_FAILED",
      "Plans cannot be bought on this server: payments are not configured (set STRIPE_SECRET_KEY, or run `./atelier dev`).",
    );
  }
  return payments.stripe;
}

const customerId = (c: Stripe.Subscription["customer"]) => (typeof c === "string" ? c : c.id);

/**
 * Upgrading: a Stripe Checkout Session in subscription mode for the chosen plan (monthly price_data), under the
 * seller's Stripe customer (created once and kept on SellerPlan). The plan changes only when the
 * customer.subscription.* webhooks say so (syncSubscription), never on the return from Checkout.
 */
export async function startPlanCheckout(deps: PlanDeps, user: { id: string; email: string; name: string }, plan: PaidPlanId): Promise<{ url: string }> {
  const current = await deps.db.sellerPlan.findUnique({ where: { userId: user.id } });
  if (current && current.plan !== "FREE" && current.stripeSubscriptionId && !ENDED.has(current.status)) {
    throw new AppError(
      "CONFLICT",
      current.plan === plan
        ? `You are already on the ${PLANS[plan].name} plan.`
        : `You are on the ${PLANS[current.plan as PlanId].name} plan: cancel it first, then choose ${PLANS[plan].name} when it ends.`,
    );
  }
  let stripeCustomerId = current?.stripeCustomerId ?? null;
  if (!stripeCustomerId) {
    const customer = await callStripe("open your billing account", () =>
      deps.stripe.customers.create(
        { email: user.email, name: user.name, metadata: { userId: user.id } },
        { idempotencyKey: `seller-plan-customer:${user.id}` },
      ),
    );
    stripeCustomerId = customer.id;
    await deps.db.sellerPlan.upsert({ where: { userId: user.id }, create: { userId: user.id, stripeCustomerId }, update: { stripeCustomerId } });
  }
  const def = PLANS[plan];
  const session = await callStripe("open the upgrade checkout", () =>
    deps.stripe.checkout.sessions.create({
      mode: "subscription",
      customer: stripeCustomerId,
      line_items: [
        {
          quantity: 1,
          price_data: {
            currency: def.currency,
            unit_amount: def.monthlyPrice,
            recurring: { interval: "month" },
            product_data: { name: `Atelier ${def.name}`, metadata: { plan } },
          },
        },
      ],
      metadata: { purpose: "seller-plan", plan, userId: user.id },
      subscription_data: { metadata: { plan, userId: user.id } },
      success_url: `${deps.appUrl}/studio/integrations?upgraded=${plan.toLowerCase()}`,
      cancel_url: `${deps.appUrl}/studio/integrations#plans`,
    }),
  );
  if (!session.url) throw new AppError("SERVICE_UNAVAILABLE", "Stripe did not return a checkout page; try again.");
  return { url: session.url };
}

/**
 * Cancelling keeps the plan to the end of the period Stripe was paid for (`cancel_at_period_end`);
 * customer.subscription.deleted at that moment drops it to Free. `resume` undoes a pending cancellation.
 */
export async function setCancelAtPeriodEnd(deps: PlanDeps, userId: string, cancel: boolean) {
  const row = await deps.db.sellerPlan.findUnique({ where: { userId } });
  if (!row?.stripeSubscriptionId || row.plan === "FREE" || ENDED.has(row.status)) {
    throw new AppError("PRECONDITION_FAILED", "You are on the Free plan: there is no subscription to change.");
  }
  const subscriptionId = row.stripeSubscriptionId;
  const sub = await callStripe(cancel ? "cancel your plan" : "resume your plan", () =>
    deps.stripe.subscriptions.update(subscriptionId, { cancel_at_period_end: cancel }),
  );
  await applySubscription(deps, sub);
  return planOverview(deps.db, userId);
}

/** customer.subscription.created|updated|deleted: re-read the subscription at Stripe and apply what it says now. */
export async function syncSubscription(deps: Pick<PlanDeps, "db" | "stripe" | "now">, subscriptionId: string) {
  const sub = await deps.stripe.subscriptions.retrieve(subscriptionId);
  return applySubscription(deps, sub);
}

export type SyncOutcome = { outcome: "applied"; userId: string; plan: PlanId; status: string } | { outcome: "not_ours" | "stale"; reason: string };

/**
 * Sets the seller's plan from one subscription as Stripe has it. Forward-only: a subscription that has ended
 * is never revived by a late read, and an ended subscription never overrides the seller's other, live one.
 * Because the state always comes from a fresh read, replayed or shuffled events end in the same place.
 */
export async function applySubscription(deps: Pick<PlanDeps, "db" | "now">, sub: Stripe.Subscription): Promise<SyncOutcome> {
  const plan = sub.metadata?.plan;
  const cust = customerId(sub.customer);
  const owner = sub.metadata?.userId ?? (await deps.db.sellerPlan.findUnique({ where: { stripeCustomerId: cust }, select: { userId: true } }))?.userId;
  if (!owner || !isPlanId(plan) || plan === "FREE") return { outcome: "not_ours", reason: "not a seller-plan subscription" };
  const user = await deps.db.user.findUnique({ where: { id: owner }, select: { id: true } });
  if (!user) return { outcome: "not_ours", reason: `no user ${owner}` };
  const live = LIVE.has(sub.status);
  const periodEnds = sub.items.data.map((i) => i.current_period_end).filter((n): n is number => typeof n === "number");
  const data = {
    plan: live ? plan : ("FREE" as const),
    status: sub.status,
    stripeCustomerId: cust,
    stripeSubscriptionId: sub.id,
    currentPeriodEnd: periodEnds.length ? new Date(Math.min(...periodEnds) * 1000) : null,
    cancelAtPeriodEnd: sub.cancel_at_period_end,
    syncedAt: deps.now(),
  };
  return deps.db.$transaction(async (tx) => {
    await tx.$queryRaw`SELECT 1 FROM "User" WHERE id = ${owner} FOR UPDATE`;
    const row = await tx.sellerPlan.findUnique({ where: { userId: owner } });
    if (row?.stripeSubscriptionId === sub.id && ENDED.has(row.status))
      return { outcome: "stale", reason: `subscription ${sub.id} already ${row.status}` } as const;
    if (row && row.stripeSubscriptionId && row.stripeSubscriptionId !== sub.id && !live && !ENDED.has(row.status)) {
      return { outcome: "stale", reason: `${sub.id} is ${sub.status}; the seller's current subscription is ${row.stripeSubscriptionId}` } as const;
    }
    // a subscription id can move between rows only if a customer were shared; keep the unique column free first
    await tx.sellerPlan.updateMany({ where: { stripeSubscriptionId: sub.id, userId: { not: owner } }, data: { stripeSubscriptionId: null } });
    await tx.sellerPlan.upsert({ where: { userId: owner }, create: { userId: owner, ...data }, update: data });
    return { outcome: "applied", userId: owner, plan: data.plan, status: sub.status } as const;
  });
}

export interface PlanOverview {
  plan: PlanId;
  name: string;
  status: string;
  currentPeriodEnd: Date | null;
  cancelAtPeriodEnd: boolean;
  /** every plan, for the upgrade cards */
  plans: (typeof PLANS)[PlanId][];
}

export async function planOverview(db: Db, userId: string): Promise<PlanOverview> {
  const row = await db.sellerPlan.findUnique({ where: { userId } });
  const plan = (row?.plan ?? "FREE") as PlanId;
  return {
    plan,
    name: PLANS[plan].name,
    status: row?.status ?? "none",
    currentPeriodEnd: plan === "FREE" ? null : (row?.currentPeriodEnd ?? null),
    cancelAtPeriodEnd: plan !== "FREE" && !!row?.cancelAtPeriodEnd,
    plans: Object.values(PLANS),
  };
}
