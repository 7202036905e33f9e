import type { Db } from "@atelier/db";
import { refundSplit, splitOrder } from "@atelier/core/money";
import crypto from "node:crypto";
import { makeUser } from "../harness.ts";

/**
 * Orders written exactly as checkout fulfilment (helper D) writes them, so reporting can be tested
 * before that code lands: Order PAID with the totals of splitOrder, one OrderItem per artwork with its
 * split, the artwork's units sold (an original → SOLD), and in the same transaction per item an ARTIST
 * SALE (+artistAmount) and a PLATFORM SALE (+commission) line, and per order a PLATFORM STRIPE_FEE line
 * (−fee). Transfers and refunds follow the ledger conventions of the money helper (E).
 */

let n = 0;
const COMMISSION_BPS = { ORIGINAL: 5000, EDITION: 3000 } as const;

export async function makeArtist(db: Db, name = "Reporting Artist") {
  const user = await makeUser(db, ["ARTIST", "BUYER"], { name });
  const profile = await db.artistProfile.create({
    data: { userId: user.id, displayName: name, slug: `${name.toLowerCase().replace(/\W+/g, "-")}-${++n}-${user.id.slice(-6)}` },
  });
  return { ...user, profileId: profile.id, displayName: name };
}

export interface ArtworkOpts {
  title?: string;
  priceAmount?: number;
  currency?: string;
  kind?: "ORIGINAL" | "EDITION";
  editionSize?: number;
  tags?: string[];
  medium?: string;
}

export async function makeArtwork(db: Db, artist: { profileId: string }, opts: ArtworkOpts = {}) {
  const i = ++n;
  const kind = opts.kind ?? "ORIGINAL";
  return db.artwork.create({
    data: {
      artistId: artist.profileId,
      slug: `report-work-${i}-${crypto.randomBytes(3).toString("hex")}`,
      title: opts.title ?? `Report Work ${i}`,
      medium: opts.medium ?? "Oil on canvas",
      tags: opts.tags ?? [],
      widthTenths: 400,
      heightTenths: 500,
      priceAmount: opts.priceAmount ?? 100_00,
      currency: opts.currency ?? "EUR",
      kind,
      editionSize: kind === "EDITION" ? (opts.editionSize ?? 50) : null,
      status: "PUBLISHED",
      publishedAt: new Date(),
    },
  });
}

type ArtworkRow = Awaited<ReturnType<typeof makeArtwork>>;

export interface PaidOrderInput {
  buyerId: string;
  items: { artwork: ArtworkRow; sellerId: string; quantity?: number; shippingAmount?: number }[];
  paidAt?: Date;
  /** Stripe's fee; default 1.5% + 25 minor units, as the sandbox charges */
  feeAmount?: number;
  shippingAddress?: Record<string, string>;
}

export const DEFAULT_ADDRESS = { name: "Ada Buyer", line1: "1 Quay Street", city: "Galway", postalCode: "H91 X2Y3", country: "IE" };

/** A paid order as fulfilment leaves it. All items share one currency (the first artwork's). */
export async function paidOrder(db: Db, input: PaidOrderInput) {
  const currency = input.items[0]!.artwork.currency;
  const paidAt = input.paidAt ?? new Date();
  const lines = input.items.map((i) => ({
    unitAmount: i.artwork.priceAmount,
    quantity: i.quantity ?? 1,
    shippingAmount: i.shippingAmount ?? 0,
    commissionBps: COMMISSION_BPS[i.artwork.kind],
    sellerId: i.sellerId,
  }));
  const split = splitOrder(lines);
  const fee = input.feeAmount ?? Math.floor((split.totalAmount * 150) / 10_000) + 25;
  return db.$transaction(async (tx) => {
    const order = await tx.order.create({
      data: {
        number: `AT-${crypto.randomBytes(4).toString("hex").toUpperCase()}`,
        buyerId: input.buyerId,
        currency,
        status: "PAID",
        itemsAmount: split.itemsAmount,
        shippingAmount: split.shippingAmount,
        totalAmount: split.totalAmount,
        commissionAmount: split.commissionAmount,
        stripeFeeAmount: fee,
        shipTo: "IE",
        shippingAddress: input.shippingAddress ?? DEFAULT_ADDRESS,
        stripeSessionId: `cs_test_${crypto.randomBytes(8).toString("hex")}`,
        stripePaymentIntent: `pi_test_${crypto.randomBytes(8).toString("hex")}`,
        stripeChargeId: `ch_test_${crypto.randomBytes(8).toString("hex")}`,
        expiresAt: new Date(paidAt.getTime() + 30 * 60_000),
        paidAt,
        createdAt: new Date(paidAt.getTime() - 60_000),
      },
    });
    const items = [];
    for (const [k, i] of input.items.entries()) {
      const s = split.items[k]!;
      const item = await tx.orderItem.create({
        data: {
          orderId: order.id,
          artworkId: i.artwork.id,
          sellerId: i.sellerId,
          title: i.artwork.title,
          kind: i.artwork.kind,
          quantity: lines[k]!.quantity,
          unitAmount: lines[k]!.unitAmount,
          subtotalAmount: s.subtotalAmount,
          shippingAmount: s.shippingAmount,
          commissionBps: s.commissionBps,
          commissionAmount: s.commissionAmount,
          artistAmount: s.artistAmount,
          status: "PAID",
          createdAt: paidAt,
        },
      });
      items.push(item);
      await tx.artwork.update({
        where: { id: i.artwork.id },
        data: { editionsSold: { increment: lines[k]!.quantity }, ...(i.artwork.kind === "ORIGINAL" ? { status: "SOLD" } : {}) },
      });
      await tx.ledgerEntry.createMany({
        data: [
          { payee: "ARTIST", payeeId: i.sellerId, currency, amount: s.artistAmount, kind: "SALE", orderId: order.id, orderItemId: item.id, createdAt: paidAt },
          { payee: "PLATFORM", currency, amount: s.commissionAmount, kind: "SALE", orderId: order.id, orderItemId: item.id, createdAt: paidAt },
        ],
      });
    }
    await tx.ledgerEntry.create({ data: { payee: "PLATFORM", currency, amount: -fee, kind: "STRIPE_FEE", orderId: order.id, createdAt: paidAt } });
    return { ...order, items };
  });
}

/** An order the buyer opened and never paid (counts in "orders created" only). */
export async function abandonedOrder(db: Db, buyerId: string, artwork: ArtworkRow, createdAt = new Date()) {
  return db.order.create({
    data: {
      number: `AT-${crypto.randomBytes(4).toString("hex").toUpperCase()}`,
      buyerId,
      currency: artwork.currency,
      status: "EXPIRED",
      itemsAmount: artwork.priceAmount,
      shippingAmount: 0,
      totalAmount: artwork.priceAmount,
      commissionAmount: 0,
      shipTo: "IE",
      expiresAt: new Date(createdAt.getTime() + 30 * 60_000),
      closedAt: new Date(createdAt.getTime() + 30 * 60_000),
      createdAt,
    },
  });
}

/** The transfer of an artist's share of one order (PAID), with its ARTIST TRANSFER line settling their SALE lines. */
export async function paidTransfer(db: Db, orderId: string, recipientId: string, at = new Date()) {
  const sales = await db.ledgerEntry.findMany({ where: { orderId, payee: "ARTIST", payeeId: recipientId, kind: "SALE" } });
  const amount = sales.reduce((s, l) => s + l.amount, 0);
  const currency = sales[0]!.currency;
  return db.$transaction(async (tx) => {
    const transfer = await tx.transfer.create({
      data: {
        orderId,
        recipientId,
        currency,
        amount,
        status: "PAID",
        stripeTransferId: `tr_test_${crypto.randomBytes(8).toString("hex")}`,
        idempotencyKey: `transfer-${orderId}-${recipientId}`,
        attempts: 1,
        paidAt: at,
        createdAt: at,
      },
    });
    const line = await tx.ledgerEntry.create({
      data: { payee: "ARTIST", payeeId: recipientId, currency, amount: -amount, kind: "TRANSFER", orderId, transferId: transfer.id, createdAt: at },
    });
    for (const s of sales) await tx.ledgerSettlement.create({ data: { entryId: s.id, settlingId: line.id, amount: s.amount } });
    return transfer;
  });
}

/**
 * A refund that succeeded, split by refundSplit: ARTIST REFUND −artistPart, PLATFORM REFUND −platformPart,
 * the item's refundedAmount raised (→ REFUNDED in full; the order → REFUNDED when every item is). When the
 * artist's share was transferred, `reversed` of it comes back as a REVERSAL line (+) and the rest is debt.
 */
export async function succeededRefund(db: Db, orderItemId: string, amount: number, opts: { at?: Date; reversed?: number } = {}) {
  const at = opts.at ?? new Date();
  return db.$transaction(async (tx) => {
    const item = await tx.orderItem.findUniqueOrThrow({ where: { id: orderItemId }, include: { order: true } });
    const parts = refundSplit({ totalAmount: item.subtotalAmount + item.shippingAmount, artistAmount: item.artistAmount }, item.refundedAmount, amount);
    const transferred = await tx.transfer.findFirst({ where: { orderId: item.orderId, recipientId: item.sellerId, status: "PAID" } });
    const reversed = transferred ? Math.min(opts.reversed ?? parts.artistAmount, parts.artistAmount) : 0;
    const refund = await tx.refund.create({
      data: {
        orderId: item.orderId,
        orderItemId,
        currency: item.order.currency,
        amount,
        artistAmount: parts.artistAmount,
        platformAmount: parts.platformAmount,
        reversedAmount: reversed,
        debtAmount: transferred ? parts.artistAmount - reversed : 0,
        reason: "Damaged in transit",
        source: "ADMIN",
        status: "SUCCEEDED",
        stripeRefundId: `re_test_${crypto.randomBytes(8).toString("hex")}`,
        processedAt: at,
        createdAt: at,
      },
    });
    const c = item.order.currency;
    await tx.ledgerEntry.createMany({
      data: [
        {
          payee: "ARTIST",
          payeeId: item.sellerId,
          currency: c,
          amount: -parts.artistAmount,
          kind: "REFUND",
          orderId: item.orderId,
          orderItemId,
          refundId: refund.id,
          createdAt: at,
        },
        {
          payee: "PLATFORM",
          currency: c,
          amount: -parts.platformAmount,
          kind: "REFUND",
          orderId: item.orderId,
          orderItemId,
          refundId: refund.id,
          createdAt: at,
        },
        ...(reversed > 0
          ? [
              {
                payee: "ARTIST" as const,
                payeeId: item.sellerId,
                currency: c,
                amount: reversed,
                kind: "REVERSAL" as const,
                orderId: item.orderId,
                refundId: refund.id,
                transferId: transferred!.id,
                createdAt: at,
              },
            ]
          : []),
      ],
    });
    if (reversed > 0) await tx.transfer.update({ where: { id: transferred!.id }, data: { reversedAmount: { increment: reversed } } });
    const refundedAmount = item.refundedAmount + amount;
    const full = refundedAmount === item.subtotalAmount + item.shippingAmount;
    await tx.orderItem.update({ where: { id: orderItemId }, data: { refundedAmount, ...(full ? { status: "REFUNDED" } : {}) } });
    if (full && (await tx.orderItem.count({ where: { orderId: item.orderId, status: { not: "REFUNDED" } } })) === 0)
      await tx.order.updateMany({ where: { id: item.orderId, status: "PAID" }, data: { status: "REFUNDED" } });
    return refund;
  });
}

/** A payout from the artist's connected account to their bank, as sync-payout stores it. */
export async function payoutFor(db: Db, userId: string, amount: number, currency = "eur", status: "PAID" | "IN_TRANSIT" | "FAILED" = "PAID") {
  const account =
    (await db.connectAccount.findUnique({ where: { userId } })) ??
    (await db.connectAccount.create({
      data: { userId, stripeAccountId: `acct_test_${crypto.randomBytes(6).toString("hex")}`, country: "IE", payoutsEnabled: true },
    }));
  return db.payout.create({
    data: {
      stripePayoutId: `po_test_${crypto.randomBytes(8).toString("hex")}`,
      connectAccountId: account.id,
      amount,
      currency,
      status,
      stripeCreatedAt: new Date(),
    },
  });
}
