import type Stripe from "stripe";
import { emailEvent, type EmailRequestedEvent } from "@atelier/events";
import { refundPartsOf } from "../refunds/item-split.ts";
import { postLines } from "../ledger/post.ts";
import { TX_OPTIONS, type MoneyDeps } from "../transfers/deps.ts";
import { holdOrderTransfers, orderParkedTransferIds } from "../transfers/park.ts";
import { recoverArtistShare, type RecoveryResult } from "../transfers/recover.ts";

const chargeOf = (d: Stripe.Dispute) => (typeof d.charge === "string" ? d.charge : d.charge.id);
const feeOf = (d: Stripe.Dispute) => (d.balance_transactions ?? []).reduce((s, bt) => s + (bt.fee ?? 0), 0);

/**
 * charge.dispute.created: the Dispute row (OPEN, once per Stripe dispute), the order flagged, its money not
 * yet bound to a transfer held (transfers parked), and mails for the admins and the order's artists.
 */
export async function openDispute(
  deps: MoneyDeps & { appUrl: string },
  stripeDisputeId: string,
): Promise<{ disputeId: string | null; held: number; mails: EmailRequestedEvent[] }> {
  const d = await deps.stripe.disputes.retrieve(stripeDisputeId);
  const order = await deps.db.order.findUnique({ where: { stripeChargeId: chargeOf(d) }, include: { items: { select: { sellerId: true } } } });
  if (!order) return { disputeId: null, held: 0, mails: [] };
  const dispute = await deps.db.dispute.upsert({
    where: { stripeDisputeId: d.id },
    create: {
      orderId: order.id,
      stripeDisputeId: d.id,
      currency: d.currency.toUpperCase(),
      amount: d.amount,
      reason: d.reason ?? "general",
      openedAt: new Date(d.created * 1000),
    },
    update: {},
  });
  if (dispute.status === "OPEN") await deps.db.order.update({ where: { id: order.id }, data: { disputed: true } });
  const held = dispute.status === "OPEN" ? await holdOrderTransfers(deps.db, order.id) : 0;
  const people = await deps.db.user.findMany({
    where: { OR: [{ roles: { some: { role: "ADMIN" } } }, { id: { in: [...new Set(order.items.map((i) => i.sellerId))] } }] },
    select: { id: true, email: true, name: true, roles: { select: { role: true } }, artistProfile: { select: { displayName: true } } },
  });
  const mails = people.map((p) => {
    const forAdmin = p.roles.some((r) => r.role === "ADMIN") && !order.items.some((i) => i.sellerId === p.id);
    return emailEvent(
      {
        template: "dispute-opened",
        to: p.email,
        props: {
          displayName: p.artistProfile?.displayName ?? p.name ?? p.email,
          orderNumber: order.number,
          amount: dispute.amount,
          currency: dispute.currency,
          reason: dispute.reason.replace(/_/g, " ").slice(0, 200),
          forAdmin,
          url: forAdmin ? `${deps.appUrl}/admin/money` : `${deps.appUrl}/studio/sales`,
        },
      },
      `dispute-opened:${dispute.id}:${p.id}`,
    );
  });
  return { disputeId: dispute.id, held, mails };
}

export interface ClosedDispute {
  disputeId: string | null;
  orderId: string | null;
  currency: string | null;
  reason: string;
  status: "WON" | "LOST" | "OPEN";
  /** [artist user id, their share to take back] (lost disputes; allocated once, when the dispute moved) */
  artistShares: [string, number][];
  /** [store owner's user id, the store's share to take back] (lost disputes over a store's products) */
  storeShares?: [string, number][];
}

export interface DisputeSettled {
  /** transfers to retry (won: the hold is lifted; lost: whatever the artists' shares leave) */
  retryTransferIds: string[];
  recoveries: RecoveryResult[];
}

/**
 * charge.dispute.closed. Policy (README, "Money"): WON → the hold is lifted and the parked transfers go;
 * the platform bears any dispute fee Stripe kept (PLATFORM DISPUTE −fee). LOST → treated as a full refund
 * of what was left unrefunded, up to the disputed amount, spread over the items in order: each item's part
 * is split as a refund would be (refundPartsOf, cumulative over what was refunded before; a licensed product's lab
 * keeps its cost, borne by the platform), the platform posts DISPUTE −(its parts + Stripe's dispute fee), each
 * artist DISPUTE −(their parts) and each store owner STORE DISPUTE −(the store's parts), taken back like a
 * refund's share (pending transfer carries less / reversal / debt). The disputed amount counts as refunded
 * on the items (OrderItem.refundedAmount), so it can't be refunded again.
 */
export async function closeDispute(deps: MoneyDeps, stripeDisputeId: string): Promise<ClosedDispute> {
  const d = await deps.stripe.disputes.retrieve(stripeDisputeId);
  const row = await deps.db.dispute.findUnique({ where: { stripeDisputeId: d.id } });
  if (!row) throw new Error(`dispute ${d.id} is not known yet (charge.dispute.created not processed): retrying`);
  const status = d.status === "won" ? "WON" : d.status === "lost" ? "LOST" : "OPEN";
  if (status === "OPEN")
    return { disputeId: row.id, orderId: row.orderId, currency: row.currency, reason: row.reason, status, artistShares: [], storeShares: [] };

  const shares = await deps.db.$transaction(async (tx) => {
    const moved = await tx.dispute.updateMany({ where: { id: row.id, status: "OPEN" }, data: { status, closedAt: deps.now() } });
    const artistShares = new Map<string, number>();
    const storeShares = new Map<string, number>();
    if (moved.count === 1) {
      const stillOpen = await tx.dispute.count({ where: { orderId: row.orderId, status: "OPEN" } });
      if (stillOpen === 0) await tx.order.update({ where: { id: row.orderId }, data: { disputed: false } });
      let platform = 0;
      if (status === "LOST") {
        const items = await tx.orderItem.findMany({ where: { orderId: row.orderId }, orderBy: [{ createdAt: "asc" }, { id: "asc" }] });
        let left = row.amount;
        for (const item of items) {
          const total = item.subtotalAmount + item.shippingAmount;
          const take = Math.min(left, total - item.refundedAmount);
          if (take <= 0) continue;
          // a lost dispute is a refund after the fact: a print was made, so the lab keeps its cost and the platform bears it
          const split = refundPartsOf(item, item.refundedAmount, take, false);
          await tx.orderItem.update({ where: { id: item.id }, data: { refundedAmount: { increment: take } } });
          platform += split.platformAmount;
          artistShares.set(item.sellerId, (artistShares.get(item.sellerId) ?? 0) + split.artistAmount);
          if (split.storeAmount > 0 && item.storeOwnerId) storeShares.set(item.storeOwnerId, (storeShares.get(item.storeOwnerId) ?? 0) + split.storeAmount);
          left -= take;
        }
      }
      const fee = feeOf(d);
      await postLines(tx, [
        {
          payee: "PLATFORM",
          payeeId: null,
          currency: row.currency,
          amount: -(platform + fee),
          kind: "DISPUTE",
          orderId: row.orderId,
          disputeId: row.id,
          memo: `dispute ${status.toLowerCase()}: platform share ${platform} + Stripe's dispute fee ${fee}`,
        },
      ]);
    }
    return { artist: [...artistShares] as [string, number][], store: [...storeShares] as [string, number][] };
  }, TX_OPTIONS);

  return {
    disputeId: row.id,
    orderId: row.orderId,
    currency: row.currency,
    reason: row.reason,
    status,
    artistShares: shares.artist,
    storeShares: shares.store,
  };
}

/** After closeDispute (its result memoised by the job step, so a retry never allocates twice): the artists' shares taken back, then the transfers to retry. */
export async function settleClosedDispute(deps: MoneyDeps, closed: ClosedDispute): Promise<DisputeSettled> {
  const recoveries: RecoveryResult[] = [];
  if (!closed.disputeId || !closed.orderId) return { retryTransferIds: [], recoveries };
  const shares = [
    ...(closed.storeShares ?? []).map(([id, amount]) => ["STORE", id, amount] as const),
    ...closed.artistShares.map(([id, amount]) => ["ARTIST", id, amount] as const),
  ];
  for (const [payee, recipientId, amount] of shares) {
    if (amount <= 0) continue;
    recoveries.push(
      await recoverArtistShare(deps, {
        kind: "DISPUTE",
        payee,
        orderId: closed.orderId,
        recipientId,
        currency: closed.currency!,
        amount,
        disputeId: closed.disputeId,
        memo: `dispute lost (${closed.reason})${payee === "STORE" ? ", the store's share" : ""}`,
      }),
    );
  }
  return { retryTransferIds: closed.status === "OPEN" ? [] : await orderParkedTransferIds(deps.db, closed.orderId), recoveries };
}
