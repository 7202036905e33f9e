import { AppError } from "../errors.ts";
import { resolveCart } from "../cart/owner.ts";
import { shippingQuote } from "../cart/shipping.ts";
import { cartView, type CartGroup } from "../cart/view.ts";
import { reserveUnits } from "../inventory/reserve.ts";
import { convertOwnAgentHolds, releaseExpiredAgentHolds } from "../inventory/agent-holds.ts";
import { splitItem } from "../money/index.ts";
import { newOrderNumber } from "../orders/number.ts";
import { callStripe, requirePayments } from "../payments/stripe-errors.ts";
import { enforceRateLimit } from "../rate-limit/index.ts";
import { commissionBpsFor } from "../money/commission.ts";
import { checkoutRateLimit, CHECKOUT_MINUTES, EXPIRY_MARGIN_MS, type CheckoutDeps } from "./deps.ts";
import { confirmListingsUnchanged, priceLicensedLines, type LicensedOrderItem } from "./licensed-items.ts";
import { expireStripeSession, releaseCheckout } from "./release.ts";
import { createOrderSession } from "./session.ts";
import type { Tx } from "../inventory/tx.ts";

export interface OpenedCheckout {
  orderId: string;
  number: string;
  url: string;
  /** an open checkout of the same cart was handed back instead of a new one */
  resumed: boolean;
}

/** Resumable: still open for long enough to pay, same country, same works and quantities. */
const RESUME_MIN_LEFT_MS = 5 * 60_000;
const signature = (items: { artworkId: string | null; listingId: string | null; quantity: number }[]) =>
  items
    .map((i) => `${i.artworkId}/${i.listingId ?? "-"}×${i.quantity}`)
    .sort()
    .join(",");

/**
 * Opens the checkout of the signed-in buyer's cart lines in one currency: holds every unit in one
 * transaction (all or nothing), writes the order with each item's split fixed now, then opens the
 * Stripe Checkout Session. If Stripe fails, the hold is released and the order CANCELLED before the
 * error reaches the buyer. An open checkout of the same cart is resumed; any other open checkout of the
 * buyer in this currency is closed first (one open checkout per currency).
 */
export async function createCheckout(deps: CheckoutDeps, buyerId: string, input: { currency: string }): Promise<OpenedCheckout> {
  const { db, now } = deps;
  await enforceRateLimit(db, checkoutRateLimit(deps.settings), buyerId, now());
  // an agent's hold whose release job is late must not stand in the way of this checkout
  await releaseExpiredAgentHolds(db, now());
  const { cartId } = await resolveCart(db, { userId: buyerId, visitorKey: null }, { create: false });
  const view = await cartView(db, cartId, buyerId);
  const group = view.groups.find((g) => g.currency === input.currency);
  if (!group) throw AppError.field("BAD_REQUEST", "currency", `Your cart has no works priced in ${input.currency}.`);
  if (!view.shipTo) throw AppError.field("BAD_REQUEST", "shipTo", "Choose the country to ship to.");
  const shipTo = view.shipTo;
  if (!group.canCheckout) throw new AppError("CONFLICT", group.problems.join(". "), { fieldErrors: { items: group.problems } });
  const payments = requirePayments(deps.payments);

  const open = await db.order.findMany({
    where: { buyerId, currency: input.currency, status: "AWAITING_PAYMENT" },
    include: { items: { select: { artworkId: true, listingId: true, quantity: true } } },
  });
  const wanted = signature(group.lines.map((l) => ({ ...l, listingId: l.product?.listingId ?? null })));
  const resumable = open.find(
    (o) => o.shipTo === shipTo && o.checkoutUrl && o.expiresAt.getTime() - now().getTime() > RESUME_MIN_LEFT_MS && signature(o.items) === wanted,
  );
  if (resumable) return { orderId: resumable.id, number: resumable.number, url: resumable.checkoutUrl!, resumed: true };
  for (const o of open) await closeSuperseded(deps, o.id, o.stripeSessionId);

  const expiresAt = new Date(now().getTime() + CHECKOUT_MINUTES * 60_000 + EXPIRY_MARGIN_MS);
  // licensed products: the artist's terms checked again as they are now, and split four ways
  const licensed = await priceLicensedLines(
    db,
    deps.settings.COMMISSION_LICENSED_BPS,
    buyerId,
    group.lines.filter((l) => l.product),
    now(),
  );
  const order = await db.$transaction((tx) => reserveAndWriteOrder(tx, deps, buyerId, group, licensed, shipTo, expiresAt));

  let session;
  try {
    session = await callStripe("open the payment page", () =>
      createOrderSession(payments.stripe, deps.appUrl, {
        ...order,
        buyerEmail: order.buyer.email,
        // what one unit is charged: a licensed product's discount is per unit, so the subtotal divides exactly
        items: order.items.map((i) => ({ title: i.title, artistName: i.artistName, quantity: i.quantity, unitAmount: i.subtotalAmount / i.quantity })),
      }),
    );
  } catch (e) {
    await releaseCheckout(db, order.id, "CANCELLED", now());
    throw e;
  }
  await db.order.update({ where: { id: order.id }, data: { stripeSessionId: session.id, checkoutUrl: session.url } });
  await deps.events.send({
    name: "atelier/checkout.opened",
    data: { orderId: order.id, expiresAt: expiresAt.toISOString() },
    id: `checkout-opened:${order.id}`,
  });
  return { orderId: order.id, number: order.number, url: session.url!, resumed: false };
}

async function closeSuperseded(deps: CheckoutDeps, orderId: string, sessionId: string | null) {
  if (sessionId) {
    const status = await callStripe("close your earlier checkout", () => expireStripeSession(requirePayments(deps.payments).stripe, sessionId));
    if (status === "complete") throw new AppError("CONFLICT", "Your earlier checkout of these works was just paid: see your orders.");
  }
  await releaseCheckout(deps.db, orderId, "CANCELLED", deps.now());
}

async function reserveAndWriteOrder(
  tx: Tx,
  deps: CheckoutDeps,
  buyerId: string,
  group: CartGroup,
  licensed: LicensedOrderItem[],
  shipTo: string,
  expiresAt: Date,
) {
  await confirmListingsUnchanged(tx, licensed);
  const artworkLines = group.lines.filter((l) => !l.product);
  // the buyer's own agent holds become this checkout's reservation (same transaction: all or nothing)
  await convertOwnAgentHolds(
    tx,
    buyerId,
    artworkLines.map((l) => l.artworkId),
    deps.now(),
  );
  const refused = await reserveUnits(tx, artworkLines);
  if (refused.length) {
    const names = group.lines.filter((l) => refused.includes(l.artworkId)).map((l) => l.title);
    const messages = names.map((n) => `${n} is no longer available`);
    throw new AppError("CONFLICT", `${messages.join(". ")}.`, { fieldErrors: { items: messages } });
  }
  // the hold is taken: read prices and shipping as they stand now, under it
  const arts = await tx.artwork.findMany({
    where: { id: { in: artworkLines.map((l) => l.artworkId) } },
    select: {
      id: true,
      title: true,
      kind: true,
      priceAmount: true,
      currency: true,
      shippingDomestic: true,
      shippingInternational: true,
      artist: { select: { userId: true, country: true, displayName: true } },
    },
  });
  const byId = new Map(arts.map((a) => [a.id, a]));
  const artworkItems = artworkLines.map((l) => {
    const a = byId.get(l.artworkId)!;
    const shipping = shippingQuote(a, a.artist.country, shipTo).amount;
    if (a.currency !== group.currency || shipping === null || a.artist.userId === buyerId) {
      throw new AppError("CONFLICT", `${a.title} changed while you were checking out: review your cart and try again.`);
    }
    const split = splitItem({
      unitAmount: a.priceAmount,
      quantity: l.quantity,
      shippingAmount: shipping,
      commissionBps: commissionBpsFor(a.kind, deps.settings),
    });
    return {
      artworkId: a.id,
      sellerId: a.artist.userId,
      artistName: a.artist.displayName,
      title: a.title,
      kind: a.kind,
      quantity: l.quantity,
      unitAmount: a.priceAmount,
      ...split,
    };
  });
  const sum = (f: (i: { subtotalAmount: number; shippingAmount: number; commissionAmount: number }) => number) =>
    [...artworkItems, ...licensed].reduce((s, i) => s + f(i), 0);
  const order = await tx.order.create({
    data: {
      number: newOrderNumber(),
      buyerId,
      currency: group.currency,
      shipTo,
      expiresAt,
      itemsAmount: sum((i) => i.subtotalAmount),
      shippingAmount: sum((i) => i.shippingAmount),
      totalAmount: sum((i) => i.subtotalAmount + i.shippingAmount),
      commissionAmount: sum((i) => i.commissionAmount),
      items: {
        create: [
          ...artworkItems.map((i) => ({
            artworkId: i.artworkId,
            sellerId: i.sellerId,
            title: i.title,
            kind: i.kind,
            quantity: i.quantity,
            unitAmount: i.unitAmount,
            subtotalAmount: i.subtotalAmount,
            shippingAmount: i.shippingAmount,
            commissionBps: i.commissionBps,
            commissionAmount: i.commissionAmount,
            artistAmount: i.artistAmount,
          })),
          ...licensed.map(({ listingUpdatedAt: _at, artistName: _name, ...columns }) => columns),
        ],
      },
    },
    include: { buyer: { select: { email: true } } },
  });
  return { ...order, items: [...artworkItems, ...licensed] };
}
