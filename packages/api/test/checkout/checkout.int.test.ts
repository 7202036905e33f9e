import { fulfilPaymentIntent, fulfilSession } from "@atelier/core/orders/fulfil";
import { releaseCheckout } from "@atelier/core/checkout/release";
import { TRPCError } from "@trpc/server";
import { fieldErrorsOf as domainFieldErrors } from "../../src/errors.ts";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { useTestDatabase } from "../harness.ts";
import { startPaymentsWorld, type PaymentsWorld } from "../payments/world.ts";
import { buyerIn, expectLedgerAddsUp, makeSeller, makeWork, payInSandbox, stock } from "./shop.ts";

/**
 * Checkout end to end through real parts: the cart and checkout procedures, the Stripe sandbox through
 * the official SDK, its signed webhooks through the app's webhook handler, and the in-process jobs.
 */
const h = useTestDatabase();
let world: PaymentsWorld;
beforeAll(async () => {
  world = await startPaymentsWorld(h.db);
});
afterAll(() => world?.close());

async function twoArtistCart() {
  const ie = await makeSeller(h.db, "IE", "Aoife");
  const fr = await makeSeller(h.db, "FR", "Margaux");
  const original = await makeWork(h.db, ie.profile.id, {
    priceAmount: 123_457,
    shippingDomestic: 2_500,
    shippingInternational: 6_000,
    title: "Harbour at Dusk",
  });
  const edition = await makeWork(h.db, fr.profile.id, {
    kind: "EDITION",
    editionSize: 10,
    priceAmount: 8_001,
    shippingDomestic: 900,
    shippingInternational: 1_850,
    title: "Blue Hour Print",
  });
  const buyer = await buyerIn(world, h.db);
  await buyer.caller.cart.add({ artworkId: original.id });
  await buyer.caller.cart.add({ artworkId: edition.id, quantity: 2 });
  const view = await buyer.caller.cart.setShipTo({ country: "IE" });
  return { ie, fr, original, edition, buyer, view };
}

async function fieldErrorsOf(p: Promise<unknown>) {
  const e = await p.then(
    () => null,
    (err: unknown) => err,
  );
  expect(e).toBeInstanceOf(TRPCError);
  return { code: (e as TRPCError).code, message: (e as TRPCError).message, fieldErrors: domainFieldErrors((e as TRPCError).cause) ?? {} };
}

describe("checkout: the happy path", () => {
  it("two artists' works → one order and one Checkout Session → paid in the sandbox → PAID, sold, ledger to the minor unit, receipts", async () => {
    const { ie, fr, original, edition, buyer, view } = await twoArtistCart();
    const group = view.groups[0]!;
    expect(view.groups).toHaveLength(1);
    expect(group.lines.map((l) => [l.title, l.quantity, l.shipping.amount, l.shipping.international])).toEqual([
      ["Harbour at Dusk", 1, 2_500, false],
      ["Blue Hour Print", 2, 1_850, true],
    ]);
    expect(group).toMatchObject({ itemsAmount: 123_457 + 16_002, shippingAmount: 4_350, totalAmount: 143_809, canCheckout: true });

    const opened = await buyer.caller.checkout.create({ currency: "EUR" });
    expect(opened.resumed).toBe(false);
    expect(await stock(h.db, original.id)).toMatchObject({ unitsHeld: 1, editionsSold: 0 });
    expect(await stock(h.db, edition.id)).toMatchObject({ unitsHeld: 2, editionsSold: 0 });
    const order = await h.db.order.findUniqueOrThrow({ where: { id: opened.orderId }, include: { items: { orderBy: { createdAt: "asc" } } } });
    expect(order).toMatchObject({ status: "AWAITING_PAYMENT", currency: "EUR", shipTo: "IE", totalAmount: 143_809, shippingAmount: 4_350 });
    expect(order.number).toMatch(/^AT-[0-9A-Z]{8}$/);
    const byTitle = new Map(order.items.map((i) => [i.title, i]));
    // 50% on the original: floor(123457 / 2) = 61728 commission; the artist gets the rest and the shipping
    expect(byTitle.get("Harbour at Dusk")).toMatchObject({
      sellerId: ie.user.id,
      commissionBps: 5000,
      commissionAmount: 61_728,
      artistAmount: 61_729 + 2_500,
      status: "RESERVED",
    });
    // 30% on editions: floor(16002 × 0.3) = 4800
    expect(byTitle.get("Blue Hour Print")).toMatchObject({
      sellerId: fr.user.id,
      commissionBps: 3000,
      commissionAmount: 4_800,
      artistAmount: 11_202 + 1_850,
      quantity: 2,
    });
    expect(order.commissionAmount).toBe(61_728 + 4_800);

    const session = await world.payments.stripe.checkout.sessions.retrieve(order.stripeSessionId!);
    expect(session).toMatchObject({ amount_total: 143_809, currency: "eur", client_reference_id: order.id, metadata: { orderId: order.id }, status: "open" });
    expect(session.expires_at).toBe(Math.floor(order.expiresAt.getTime() / 1000));
    expect(session.expires_at - session.created).toBeGreaterThanOrEqual(30 * 60);
    expect(session.success_url).toBe(`http://atelier.test/checkout/success?order=${order.id}`);
    expect(session.cancel_url).toBe(`http://atelier.test/checkout/cancelled?order=${order.id}`);
    const lines = await world.payments.stripe.checkout.sessions.listLineItems(session.id);
    expect(lines.data.map((l) => l.description).sort()).toEqual(["Blue Hour Print", "Harbour at Dusk", "Shipping to Ireland"]);

    // the same cart again resumes the open checkout instead of holding twice
    expect(await buyer.caller.checkout.create({ currency: "EUR" })).toMatchObject({ orderId: order.id, url: opened.url, resumed: true });
    expect(await stock(h.db, original.id)).toMatchObject({ unitsHeld: 1 });
    expect((await buyer.caller.artwork.bySlug({ slug: original.slug })).availability).toMatchObject({ state: "on_hold", label: "On hold" });

    expect((await payInSandbox(world, opened.url)).status).toBe(200);
    await world.settle();

    const paid = await expectLedgerAddsUp(h.db, order.id);
    expect(paid).toMatchObject({ status: "PAID", stripePaymentIntent: expect.stringMatching(/^pi_/), stripeChargeId: expect.stringMatching(/^ch_/) });
    const charge = await world.payments.stripe.charges.retrieve(paid.stripeChargeId!);
    // payment_intent_data.transfer_group reaches the payment and its charge (Stripe does not echo it on the session)
    expect(charge.transfer_group).toBe(order.id);
    expect(paid.shippingAddress).toMatchObject({ name: "Nora Collector", address: { city: "Dublin", country: "IE" } });
    const bt = await world.payments.stripe.balanceTransactions.retrieve(charge.balance_transaction as string);
    expect(paid.stripeFeeAmount).toBe(bt.fee);
    expect(await stock(h.db, original.id)).toEqual({ unitsHeld: 0, editionsSold: 1, status: "SOLD" });
    expect(await stock(h.db, edition.id)).toEqual({ unitsHeld: 0, editionsSold: 2, status: "PUBLISHED" });
    expect((await h.db.orderItem.findMany({ where: { orderId: order.id } })).map((i) => i.status)).toEqual(["PAID", "PAID"]);
    expect(await buyer.caller.checkout.status({ orderId: order.id })).toMatchObject({ status: "PAID", number: order.number, checkoutUrl: null });
    const events = await h.db.stripeEvent.findMany({
      where: {
        type: { in: ["checkout.session.completed", "payment_intent.succeeded"] },
        OR: [session.id, paid.stripePaymentIntent!].map((id) => ({ payload: { path: ["data", "object", "id"], equals: id } })),
      },
    });
    expect(events.map((e) => e.status)).toEqual(["PROCESSED", "PROCESSED"]);
    expect(await h.db.jobRun.count({ where: { eventName: "atelier/order.paid", eventId: `order-paid:${order.id}` } })).toBeGreaterThanOrEqual(1);

    const mails = await h.db.emailOutbox.findMany({
      where: {
        template: { in: ["order-receipt", "sale-made"] },
        toEmail: { in: [ie.user.email, fr.user.email, (await h.db.user.findUniqueOrThrow({ where: { id: buyer.id } })).email] },
      },
    });
    expect(mails.map((m) => m.template).sort()).toEqual(["order-receipt", "sale-made", "sale-made"]);
    expect(mails.find((m) => m.template === "order-receipt")!.subject).toContain("€1,438.09");
    expect(mails.find((m) => m.toEmail === ie.user.email)!.subject).toContain("€642.29");

    // every event again, in reverse, and the fulfilment run concurrently: nothing changes
    const ledgerRows = await h.db.ledgerEntry.count({ where: { orderId: order.id } });
    for (const e of events.reverse()) await fetch(`${world.sandbox.url}/__sandbox/events/${e.id}/resend`, { method: "POST" });
    await Promise.all([
      fulfilSession(world.jobDeps, session.id),
      fulfilPaymentIntent(world.jobDeps, paid.stripePaymentIntent!),
      fulfilSession(world.jobDeps, session.id),
    ]);
    await world.settle();
    expect(await h.db.ledgerEntry.count({ where: { orderId: order.id } })).toBe(ledgerRows);
    expect(await stock(h.db, edition.id)).toEqual({ unitsHeld: 0, editionsSold: 2, status: "PUBLISHED" });
    expect(await h.db.emailOutbox.count({ where: { template: "order-receipt", toEmail: mails.find((m) => m.template === "order-receipt")!.toEmail } })).toBe(1);
  });

  it("a declined card leaves the order waiting and says why; another card then pays it", async () => {
    const { buyer } = await twoArtistCart();
    const opened = await buyer.caller.checkout.create({ currency: "EUR" });
    const declined = await payInSandbox(world, opened.url, "4000000000000002");
    expect(declined.status).toBe(402);
    expect(declined.body.error!.message).toMatch(/declined/i);
    await world.settle();
    expect(await buyer.caller.checkout.status({ orderId: opened.orderId })).toMatchObject({ status: "AWAITING_PAYMENT", checkoutUrl: opened.url });
    expect((await payInSandbox(world, opened.url)).status).toBe(200);
    await world.settle();
    expect((await buyer.caller.checkout.status({ orderId: opened.orderId })).status).toBe("PAID");
  });

  it("events raced directly: six concurrent fulfilments of one payment make one sale", async () => {
    const { buyer, original } = await twoArtistCart();
    const opened = await buyer.caller.checkout.create({ currency: "EUR" });
    const paid = await payInSandbox(world, opened.url);
    const session = paid.body as unknown as { id: string; payment_intent: string };
    const results = await Promise.all([
      ...[1, 2, 3].map(() => fulfilSession(world.jobDeps, session.id)),
      ...[1, 2, 3].map(() => fulfilPaymentIntent(world.jobDeps, session.payment_intent)),
    ]);
    expect(results.filter((r) => r.outcome === "paid")).toHaveLength(1);
    expect(results.every((r) => r.outcome === "paid" || r.outcome === "already_paid")).toBe(true);
    await world.settle();
    await expectLedgerAddsUp(h.db, opened.orderId);
    expect(await stock(h.db, original.id)).toEqual({ unitsHeld: 0, editionsSold: 1, status: "SOLD" });
  });
});

describe("checkout: bad input writes nothing", () => {
  it("quantities: zero, negative, fractional, above what is left, and more than one original → field errors", async () => {
    const s = await makeSeller(h.db, "IE");
    const original = await makeWork(h.db, s.profile.id);
    const edition = await makeWork(h.db, s.profile.id, { kind: "EDITION", editionSize: 3 });
    const { caller, id } = await buyerIn(world, h.db);
    for (const quantity of [0, -1, 1.5]) {
      expect((await fieldErrorsOf(caller.cart.add({ artworkId: edition.id, quantity }))).fieldErrors.quantity).toBeDefined();
    }
    expect(await fieldErrorsOf(caller.cart.add({ artworkId: edition.id, quantity: 4 }))).toMatchObject({
      code: "BAD_REQUEST",
      fieldErrors: { quantity: [expect.stringContaining("Only 3 left")] },
    });
    expect((await fieldErrorsOf(caller.cart.add({ artworkId: original.id, quantity: 2 }))).fieldErrors.quantity).toEqual([
      expect.stringContaining("one of a kind"),
    ]);
    expect(await h.db.cartItem.count({ where: { cart: { userId: id } } })).toBe(0);
    const view = await caller.cart.add({ artworkId: edition.id, quantity: 2 });
    const itemId = view.groups[0]!.lines[0]!.itemId;
    expect((await fieldErrorsOf(caller.cart.setQuantity({ itemId, quantity: 5 }))).fieldErrors.quantity).toBeDefined();
    expect((await fieldErrorsOf(caller.cart.setQuantity({ itemId, quantity: 0 }))).fieldErrors.quantity).toBeDefined();
    expect((await h.db.cartItem.findUniqueOrThrow({ where: { id: itemId } })).quantity).toBe(2);
  });

  it("another user's cart item is not found; unpublished, sold, held and own works cannot be added", async () => {
    const s = await makeSeller(h.db, "IE");
    const a = await buyerIn(world, h.db);
    const b = await buyerIn(world, h.db);
    const work = await makeWork(h.db, s.profile.id);
    const itemId = (await a.caller.cart.add({ artworkId: work.id })).groups[0]!.lines[0]!.itemId;
    expect((await fieldErrorsOf(b.caller.cart.remove({ itemId }))).code).toBe("NOT_FOUND");
    expect((await fieldErrorsOf(b.caller.cart.setQuantity({ itemId, quantity: 1 }))).code).toBe("NOT_FOUND");
    expect(await h.db.cartItem.count({ where: { id: itemId } })).toBe(1);

    const draft = await makeWork(h.db, s.profile.id, { status: "DRAFT" });
    expect((await fieldErrorsOf(b.caller.cart.add({ artworkId: draft.id }))).code).toBe("NOT_FOUND");
    const sold = await makeWork(h.db, s.profile.id, { status: "SOLD", title: "Gone Already" });
    expect(await fieldErrorsOf(b.caller.cart.add({ artworkId: sold.id }))).toMatchObject({
      code: "CONFLICT",
      message: expect.stringContaining("Gone Already is no longer available"),
    });
    const own = await buyerIn(world, h.db, s.user.id);
    expect((await fieldErrorsOf(own.caller.cart.add({ artworkId: work.id }))).fieldErrors.artworkId).toEqual([expect.stringContaining("your own work")]);

    await a.caller.cart.setShipTo({ country: "IE" });
    await a.caller.checkout.create({ currency: "EUR" });
    expect(await fieldErrorsOf(b.caller.cart.add({ artworkId: work.id }))).toMatchObject({ code: "CONFLICT", message: expect.stringContaining("On hold") });
    expect(await h.db.cartItem.count({ where: { cart: { userId: b.id } } })).toBe(0);
  });

  it("a work sold after it went in the cart fails the checkout naming it, and nothing is held or written", async () => {
    const s = await makeSeller(h.db, "IE");
    const first = await makeWork(h.db, s.profile.id, { title: "Still Here" });
    const second = await makeWork(h.db, s.profile.id, { title: "Sold Meanwhile" });
    const { caller, id } = await buyerIn(world, h.db);
    await caller.cart.add({ artworkId: first.id });
    await caller.cart.add({ artworkId: second.id });
    await caller.cart.setShipTo({ country: "IE" });
    // another buyer's checkout holds the second work between the cart and the checkout
    const other = await buyerIn(world, h.db);
    await other.caller.cart.add({ artworkId: second.id });
    await other.caller.cart.setShipTo({ country: "FR" });
    await other.caller.checkout.create({ currency: "EUR" });

    const err = await fieldErrorsOf(caller.checkout.create({ currency: "EUR" }));
    expect(err.code).toBe("CONFLICT");
    expect(err.message).toContain("Sold Meanwhile is no longer available");
    expect(await h.db.order.count({ where: { buyerId: id } })).toBe(0);
    expect(await stock(h.db, first.id)).toMatchObject({ unitsHeld: 0 });
    expect(await stock(h.db, second.id)).toMatchObject({ unitsHeld: 1 });
  });

  it("no works in that currency, no country, a country the artist doesn't ship to → field errors", async () => {
    const fr = await makeSeller(h.db, "FR");
    const local = await makeWork(h.db, fr.profile.id, { shippingInternational: null, title: "Local Only" });
    const { caller, id } = await buyerIn(world, h.db);
    await caller.cart.add({ artworkId: local.id });
    expect((await fieldErrorsOf(caller.checkout.create({ currency: "USD" }))).fieldErrors.currency).toBeDefined();
    expect((await fieldErrorsOf(caller.checkout.create({ currency: "EUR" }))).fieldErrors.shipTo).toBeDefined();
    expect((await fieldErrorsOf(caller.cart.setShipTo({ country: "ZZ" }))).fieldErrors.country).toBeDefined();
    const view = await caller.cart.setShipTo({ country: "DE" });
    expect(view.groups[0]!.lines[0]!.shipping).toEqual({ amount: null, international: true, note: "Ships only within France" });
    expect(view.groups[0]!.canCheckout).toBe(false);
    const err = await fieldErrorsOf(caller.checkout.create({ currency: "EUR" }));
    expect(err).toMatchObject({ code: "CONFLICT", fieldErrors: { items: ["Ships only within France"] } });
    expect((await caller.cart.setShipTo({ country: "FR" })).groups[0]!.canCheckout).toBe(true);
    expect(await h.db.order.count({ where: { buyerId: id } })).toBe(0);
  });

  it("Stripe failing after the hold releases it and cancels the order", async () => {
    const { buyer, original } = await twoArtistCart();
    await fetch(`${world.sandbox.url}/__sandbox/faults`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ status: 500, count: 1, pathPrefix: "/v1/checkout/sessions" }),
    });
    const err = await fieldErrorsOf(buyer.caller.checkout.create({ currency: "EUR" }));
    expect(err.code).toBe("SERVICE_UNAVAILABLE");
    expect(await stock(h.db, original.id)).toMatchObject({ unitsHeld: 0 });
    const orders = await h.db.order.findMany({ where: { buyerId: buyer.id }, include: { items: true } });
    expect(orders.map((o) => [o.status, o.items.map((i) => i.status)])).toEqual([["CANCELLED", ["RELEASED", "RELEASED"]]]);
    // and the next try works
    expect((await buyer.caller.checkout.create({ currency: "EUR" })).resumed).toBe(false);
  });

  it("checkout creation is rate-limited per buyer", async () => {
    const { buyer } = await twoArtistCart();
    const limit = 10;
    for (let i = 0; i < limit; i++) await buyer.caller.checkout.create({ currency: "EUR" }); // resumes after the first
    expect((await fieldErrorsOf(buyer.caller.checkout.create({ currency: "EUR" }))).code).toBe("TOO_MANY_REQUESTS");
  });
});

describe("checkout: releases happen exactly once", () => {
  const resend = (id: string) => fetch(`${world.sandbox.url}/__sandbox/events/${id}/resend`, { method: "POST" });
  const expiredEvents = (sessionId: string) =>
    h.db.stripeEvent.findMany({ where: { type: "checkout.session.expired", payload: { path: ["data", "object", "id"], equals: sessionId } } });

  it("cancel: the session is expired at Stripe and the hold released; the expired event (twice) and the sleeper change nothing", async () => {
    const { buyer, original, edition } = await twoArtistCart();
    const opened = await buyer.caller.checkout.create({ currency: "EUR" });
    expect(await buyer.caller.checkout.cancel({ orderId: opened.orderId })).toMatchObject({ status: "CANCELLED", checkoutUrl: null });
    const order = await h.db.order.findUniqueOrThrow({ where: { id: opened.orderId } });
    expect((await world.payments.stripe.checkout.sessions.retrieve(order.stripeSessionId!)).status).toBe("expired");
    await world.settle();
    const [event] = await expiredEvents(order.stripeSessionId!);
    await resend(event!.id);
    await resend(event!.id);
    world.clock.advance(40 * 60_000);
    await world.settle();
    expect(await stock(h.db, original.id)).toMatchObject({ unitsHeld: 0, editionsSold: 0 });
    expect(await stock(h.db, edition.id)).toMatchObject({ unitsHeld: 0, editionsSold: 0 });
    expect((await h.db.order.findUniqueOrThrow({ where: { id: order.id } })).status).toBe("CANCELLED");
    expect(await h.db.jobRun.findMany({ where: { functionId: "expire-checkout", eventId: `checkout-opened:${order.id}` }, select: { status: true } })).toEqual([
      { status: "SUCCEEDED" },
    ]);
    // the work can be bought again
    expect((await buyer.caller.cart.get()).groups[0]!.canCheckout).toBe(true);
  });

  it("Stripe expires the session: released once (event delivered three times, then the sleeper)", async () => {
    const { buyer, edition } = await twoArtistCart();
    const opened = await buyer.caller.checkout.create({ currency: "EUR" });
    const order = await h.db.order.findUniqueOrThrow({ where: { id: opened.orderId } });
    await world.payments.stripe.checkout.sessions.expire(order.stripeSessionId!);
    await world.settle();
    const [event] = await expiredEvents(order.stripeSessionId!);
    await Promise.all([resend(event!.id), resend(event!.id)]);
    await world.settle();
    world.clock.advance(40 * 60_000);
    await world.settle();
    expect((await h.db.order.findUniqueOrThrow({ where: { id: order.id } })).status).toBe("EXPIRED");
    expect(await stock(h.db, edition.id)).toMatchObject({ unitsHeld: 0 });
    expect(await h.db.stripeEvent.findUniqueOrThrow({ where: { id: event!.id } })).toMatchObject({ status: "PROCESSED" });
  });

  it("the sleeper alone: past expiry + grace it expires the session at Stripe and releases", async () => {
    const { buyer, original } = await twoArtistCart();
    const opened = await buyer.caller.checkout.create({ currency: "EUR" });
    await world.drain();
    const run = await h.db.jobRun.findFirstOrThrow({ where: { functionId: "expire-checkout", eventId: `checkout-opened:${opened.orderId}` } });
    expect(run.status).toBe("QUEUED");
    expect(run.runAt.getTime()).toBeGreaterThan(world.jobDeps.now().getTime() + 30 * 60_000);
    world.clock.advance(37 * 60_000);
    await world.settle();
    const order = await h.db.order.findUniqueOrThrow({ where: { id: opened.orderId } });
    expect(order.status).toBe("EXPIRED");
    expect((await world.payments.stripe.checkout.sessions.retrieve(order.stripeSessionId!)).status).toBe("expired");
    expect(await stock(h.db, original.id)).toMatchObject({ unitsHeld: 0 });
  });

  it("paid after the hold was released: held again and PAID when the works are still free; flagged for a refund when one was sold", async () => {
    const late = await twoArtistCart();
    const opened = await late.buyer.caller.checkout.create({ currency: "EUR" });
    await releaseCheckout(h.db, opened.orderId, "EXPIRED", new Date()); // our side expired; the buyer still had the page open
    expect(await stock(h.db, late.original.id)).toMatchObject({ unitsHeld: 0 });
    await payInSandbox(world, opened.url);
    await world.settle();
    await expectLedgerAddsUp(h.db, opened.orderId);
    expect(await stock(h.db, late.original.id)).toEqual({ unitsHeld: 0, editionsSold: 1, status: "SOLD" });

    const taken = await twoArtistCart();
    const first = await taken.buyer.caller.checkout.create({ currency: "EUR" });
    await releaseCheckout(h.db, first.orderId, "EXPIRED", new Date());
    const rival = await buyerIn(world, h.db);
    await rival.caller.cart.add({ artworkId: taken.original.id });
    await rival.caller.cart.setShipTo({ country: "IE" });
    await rival.caller.checkout.create({ currency: "EUR" });
    await payInSandbox(world, first.url);
    await world.settle();
    const order = await h.db.order.findUniqueOrThrow({ where: { id: first.orderId }, include: { items: true } });
    expect(order).toMatchObject({ status: "EXPIRED", stripeChargeId: expect.stringMatching(/^ch_/) });
    expect(order.items.map((i) => i.status)).toEqual(["RELEASED", "RELEASED"]);
    expect(await h.db.ledgerEntry.count({ where: { orderId: order.id } })).toBe(0);
    expect(await stock(h.db, taken.original.id)).toMatchObject({ unitsHeld: 1, editionsSold: 0 }); // the rival's hold, untouched
    const flagged = await h.db.operationalError.findFirst({ where: { source: "checkout", message: { contains: order.number } } });
    expect(flagged?.message).toContain("refund needed");
  });
});
