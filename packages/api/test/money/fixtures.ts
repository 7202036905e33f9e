import type { Db } from "@atelier/db";
import { splitOrder } from "@atelier/core/money";
import { accountSnapshot, sandboxStripe } from "@atelier/core/payments";
import { orderPaid } from "@atelier/events";
import type Stripe from "stripe";
import { makeUser } from "../harness.ts";
import { startPaymentsWorld, type PaymentsWorld } from "../payments/world.ts";
import { startStripeProxy } from "./stripe-proxy.ts";

export type MoneyWorld = PaymentsWorld & { proxy: Awaited<ReturnType<typeof startStripeProxy>>; stripe: Stripe };

/** The payments world (sandbox + webhooks + in-process jobs), with the money functions talking to Stripe through the test proxy (short timeout, no SDK retries). */
export async function startMoneyWorld(db: Db): Promise<MoneyWorld> {
  const world = await startPaymentsWorld(db);
  const proxy = await startStripeProxy(world.sandbox.url);
  const stripe = sandboxStripe(proxy.url, { maxNetworkRetries: 0, timeout: 1_500 });
  world.jobDeps.stripe = stripe;
  const close = world.close.bind(world);
  return Object.assign(world, {
    proxy,
    stripe,
    async close() {
      await proxy.close();
      await close();
    },
  });
}

let n = 0;

/** An approved artist with a profile and a Stripe Express account; onboarded (payable) unless `onboarded: false`. */
export async function makeArtist(db: Db, world: MoneyWorld, opts: { onboarded?: boolean } = {}) {
  const user = await makeUser(db, ["ARTIST", "BUYER"], { name: `Artist ${++n}` });
  const profile = await db.artistProfile.create({
    data: { userId: user.id, displayName: `Artist ${n}`, slug: `money-artist-${n}-${user.id.slice(-6)}`, country: "FR" },
  });
  const stripe = world.payments.stripe;
  let account = await stripe.accounts.create({
    type: "express",
    country: "FR",
    email: user.email,
    capabilities: { card_payments: { requested: true }, transfers: { requested: true } },
  });
  if (opts.onboarded !== false) {
    await fetch(`${world.sandbox.url}/__sandbox/accounts/${account.id}/complete_onboarding`, { method: "POST" });
    account = await stripe.accounts.retrieve(account.id);
  }
  const connect = await db.connectAccount.create({
    data: { userId: user.id, stripeAccountId: account.id, country: "FR", ...accountSnapshot(account), syncedAt: new Date() },
  });
  return { user, profile, connect };
}

export interface ItemSpec {
  artist: { user: { id: string }; profile: { id: string } };
  kind?: "ORIGINAL" | "EDITION";
  unitAmount: number;
  quantity?: number;
  shippingAmount?: number;
  commissionBps?: number;
}

/**
 * A PAID order exactly as fulfilment (helper D) writes it: Order PAID with the charge and Stripe's fee,
 * OrderItems from splitOrder (status PAID; originals SOLD, editions' units sold), and in the same
 * transaction the ledger: per item ARTIST SALE +artistAmount and PLATFORM SALE +commission, per order
 * PLATFORM STRIPE_FEE −fee; plus `order.paid`. The charge is real: a PaymentIntent confirmed in the sandbox
 * with pm_card_visa and transfer_group = the order id, so transfers with source_transaction work.
 */
export async function makePaidOrder(db: Db, world: MoneyWorld, items: ItemSpec[], opts: { currency?: string; sendPaid?: boolean } = {}) {
  const currency = opts.currency ?? "EUR";
  const buyer = await makeUser(db, ["BUYER"], { name: "Buyer" });
  const specs = items.map((i) => ({
    ...i,
    kind: i.kind ?? "ORIGINAL",
    quantity: i.quantity ?? 1,
    shippingAmount: i.shippingAmount ?? 0,
    commissionBps: i.commissionBps ?? ((i.kind ?? "ORIGINAL") === "ORIGINAL" ? 5000 : 3000),
  }));
  const split = splitOrder(
    specs.map((s) => ({
      unitAmount: s.unitAmount,
      quantity: s.quantity,
      shippingAmount: s.shippingAmount,
      commissionBps: s.commissionBps,
      sellerId: s.artist.user.id,
    })),
  );
  const artworks: { id: string; title: string }[] = [];
  for (const s of specs) {
    const k = ++n;
    artworks.push(
      await db.artwork.create({
        data: {
          artistId: s.artist.profile.id,
          slug: `money-work-${k}-${s.artist.profile.id.slice(-6)}`,
          title: `Money Work ${k}`,
          medium: "Oil on canvas",
          widthTenths: 500,
          heightTenths: 700,
          priceAmount: s.unitAmount,
          currency,
          kind: s.kind,
          editionSize: s.kind === "EDITION" ? Math.max(10, s.quantity) : null,
          editionsSold: s.quantity,
          status: s.kind === "ORIGINAL" ? "SOLD" : "PUBLISHED",
          publishedAt: new Date(),
        },
      }),
    );
  }
  const order = await db.order.create({
    data: {
      number: `AT-T${++n}${Date.now().toString(36).slice(-4).toUpperCase()}`,
      buyerId: buyer.id,
      currency,
      itemsAmount: split.itemsAmount,
      shippingAmount: split.shippingAmount,
      totalAmount: split.totalAmount,
      commissionAmount: split.commissionAmount,
      shipTo: "FR",
      expiresAt: new Date(Date.now() + 30 * 60_000),
    },
  });
  const pi = await world.payments.stripe.paymentIntents.create({
    amount: split.totalAmount,
    currency: currency.toLowerCase(),
    payment_method: "pm_card_visa",
    confirm: true,
    transfer_group: order.id,
  });
  const charge = await world.payments.stripe.charges.retrieve(pi.latest_charge as string, { expand: ["balance_transaction"] });
  const fee = (charge.balance_transaction as Stripe.BalanceTransaction).fee;

  await db.$transaction(async (tx) => {
    await tx.order.update({
      where: { id: order.id },
      data: { status: "PAID", stripePaymentIntent: pi.id, stripeChargeId: charge.id, stripeFeeAmount: fee, paidAt: new Date() },
    });
    for (const [i, s] of specs.entries()) {
      const sp = split.items[i]!;
      const item = await tx.orderItem.create({
        data: {
          orderId: order.id,
          artworkId: artworks[i]!.id,
          sellerId: s.artist.user.id,
          title: artworks[i]!.title,
          kind: s.kind,
          quantity: s.quantity,
          unitAmount: s.unitAmount,
          subtotalAmount: sp.subtotalAmount,
          shippingAmount: sp.shippingAmount,
          commissionBps: sp.commissionBps,
          commissionAmount: sp.commissionAmount,
          artistAmount: sp.artistAmount,
          status: "PAID",
        },
      });
      await tx.ledgerEntry.createMany({
        data: [
          { payee: "ARTIST", payeeId: s.artist.user.id, currency, amount: sp.artistAmount, kind: "SALE", orderId: order.id, orderItemId: item.id },
          { payee: "PLATFORM", payeeId: null, currency, amount: sp.commissionAmount, kind: "SALE", orderId: order.id, orderItemId: item.id },
        ],
      });
    }
    await tx.ledgerEntry.create({ data: { payee: "PLATFORM", payeeId: null, currency, amount: -fee, kind: "STRIPE_FEE", orderId: order.id } });
  });
  if (opts.sendPaid !== false) await world.jobDeps.events.send({ name: orderPaid.name, data: { orderId: order.id }, id: `order-paid:${order.id}` });
  const rows = await db.orderItem.findMany({ where: { orderId: order.id }, orderBy: [{ createdAt: "asc" }, { id: "asc" }] });
  return { order: { ...order, stripeChargeId: charge.id }, items: rows, buyer, fee, artworks };
}

/** Σ of a payee's ledger lines by kind. */
export async function sumsByKind(db: Db, payeeId: string | null, currency = "EUR") {
  const g = await db.ledgerEntry.groupBy({ by: ["kind"], where: { payeeId, payee: payeeId ? "ARTIST" : "PLATFORM", currency }, _sum: { amount: true } });
  return Object.fromEntries(g.map((x) => [x.kind, x._sum.amount ?? 0])) as Record<string, number>;
}
