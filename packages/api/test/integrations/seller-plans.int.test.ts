import { assertPlanAllows } from "@atelier/core/plans/gate";
import { applySubscription } from "@atelier/core/plans/subscriptions";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { callerAs, makeUser, useTestDatabase } from "../harness.ts";
import { startPaymentsWorld, type PaymentsWorld } from "../payments/world.ts";

/** Seller plans: a real subscription through Checkout, set by customer.subscription.* webhooks, enforced on the server. */
const h = useTestDatabase();
let world: PaymentsWorld;
beforeAll(async () => {
  world = await startPaymentsWorld(h.db);
});
afterAll(() => world?.close());

const LOCKED = "Invoicing is available on the Pro plan — upgrade at /studio/integrations";

async function artist() {
  const user = await makeUser(h.db, ["ARTIST", "BUYER"]);
  const caller = await callerAs(h.db, user.id, {}, { payments: world.payments, events: world.jobDeps.events });
  return { user, caller };
}

async function payHostedCheckout(url: string) {
  const res = await fetch(url, {
    method: "POST",
    redirect: "manual",
    headers: { "content-type": "application/x-www-form-urlencoded" },
    body: new URLSearchParams({ card_number: "4242 4242 4242 4242", email: "artist@example.com" }),
  });
  expect(res.status).toBe(303);
}

const subscriptionEvents = (subscriptionId: string) =>
  h.db.stripeEvent.findMany({
    where: { type: { startsWith: "customer.subscription." }, payload: { path: ["data", "object", "id"], equals: subscriptionId } },
    orderBy: { stripeCreatedAt: "asc" },
  });

async function replayShuffled(ids: string[]) {
  const admin = await makeUser(h.db, ["ADMIN"]);
  const asAdmin = await callerAs(h.db, admin.id, {}, { events: world.jobDeps.events });
  const shuffled = [...ids].sort(() => Math.random() - 0.5).reverse();
  for (const id of [...shuffled, ...shuffled]) await asAdmin.admin.webhook.replay({ id });
  await world.settle();
}

describe("seller plans", () => {
  it("a Free seller is refused invoicing on the server with a clear message", async () => {
    const { user, caller } = await artist();
    expect(await caller.plan.current()).toMatchObject({ plan: "FREE", name: "Free", cancelAtPeriodEnd: false });
    await expect(assertPlanAllows(h.db, user.id, "invoicing")).rejects.toMatchObject({ code: "FORBIDDEN", message: LOCKED });
    await expect(caller.integrations.connect({ provider: "stripe-keys", credentials: { secretKey: "sk_test_atelier_sandbox" } })).rejects.toMatchObject({
      code: "FORBIDDEN",
      message: "Payment integrations with your own keys are available on the Pro plan — upgrade at /studio/integrations",
    });
  });

  it("subscribing sets Pro; cancelling keeps it to the period end, then Free; replayed and shuffled events change nothing", async () => {
    const { user, caller } = await artist();
    const { url } = await caller.plan.checkout({ plan: "PRO" });
    const session = await world.payments.stripe.checkout.sessions.retrieve(url.split("/").pop()!);
    expect(session).toMatchObject({ mode: "subscription", metadata: { plan: "PRO", userId: user.id } });
    // returning from Checkout is not enough: only the webhook changes the plan
    expect((await caller.plan.current()).plan).toBe("FREE");
    await payHostedCheckout(url);
    await world.settle();

    const pro = await caller.plan.current();
    expect(pro).toMatchObject({ plan: "PRO", status: "active", cancelAtPeriodEnd: false });
    const row = await h.db.sellerPlan.findUniqueOrThrow({ where: { userId: user.id } });
    const sub = await world.payments.stripe.subscriptions.retrieve(row.stripeSubscriptionId!);
    expect(pro.currentPeriodEnd?.getTime()).toBe(sub.items.data[0]!.current_period_end * 1000);
    await expect(assertPlanAllows(h.db, user.id, "invoicing")).resolves.toMatchObject({ id: "PRO" });
    await expect(caller.plan.checkout({ plan: "PRO" })).rejects.toMatchObject({ code: "CONFLICT" });

    const cancelled = await caller.plan.cancel();
    expect(cancelled).toMatchObject({ plan: "PRO", cancelAtPeriodEnd: true });
    await world.settle();
    await replayShuffled((await subscriptionEvents(sub.id)).map((e) => e.id));
    expect(await caller.plan.current()).toMatchObject({ plan: "PRO", cancelAtPeriodEnd: true });

    // a minute before the period ends it is still Pro; past it Stripe deletes the subscription and the seller is Free
    const end = sub.items.data[0]!.current_period_end;
    world.sandbox.advanceClock(end - world.sandbox.now() - 60);
    await world.settle();
    expect((await caller.plan.current()).plan).toBe("PRO");
    world.sandbox.advanceClock(120);
    await world.settle();
    expect(await caller.plan.current()).toMatchObject({ plan: "FREE", status: "canceled", currentPeriodEnd: null });
    await expect(assertPlanAllows(h.db, user.id, "invoicing")).rejects.toMatchObject({ code: "FORBIDDEN", message: LOCKED });

    const types = (await subscriptionEvents(sub.id)).map((e) => e.type).sort();
    expect(types).toEqual(["customer.subscription.created", "customer.subscription.deleted", "customer.subscription.updated"]);
    await replayShuffled((await subscriptionEvents(sub.id)).map((e) => e.id));
    expect((await caller.plan.current()).plan).toBe("FREE");

    // a late read of the subscription as it was while active never revives it
    const stale = await applySubscription({ db: h.db, now: () => new Date() }, { ...sub, status: "active" });
    expect(stale.outcome).toBe("stale");
    expect((await caller.plan.current()).plan).toBe("FREE");
  });
});
