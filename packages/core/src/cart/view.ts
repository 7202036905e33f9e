import type { Db } from "@atelier/db";
import { loadCartLines, type CartLine } from "./lines.ts";
import type { CartOwner } from "./owner.ts";
import { resolveCart } from "./owner.ts";

/** The works of one currency: they check out together, as one order and one payment. */
export interface CartGroup {
  currency: string;
  lines: CartLine[];
  itemsAmount: number;
  /** null while any line's shipping has no price */
  shippingAmount: number | null;
  totalAmount: number | null;
  /** every line can be bought and shipped to the chosen country */
  canCheckout: boolean;
  problems: string[];
}

export interface CartView {
  shipTo: string | null;
  /** units in the cart */
  count: number;
  groups: CartGroup[];
  /** said when the cart holds more than one currency */
  note: string | null;
}

export const EMPTY_CART: CartView = { shipTo: null, count: 0, groups: [], note: null };

export function groupCartLines(lines: CartLine[], shipTo: string | null): CartGroup[] {
  const byCurrency = new Map<string, CartLine[]>();
  for (const l of lines) byCurrency.set(l.currency, [...(byCurrency.get(l.currency) ?? []), l]);
  return [...byCurrency.entries()].map(([currency, group]) => {
    const priced = group.every((l) => l.shipping.amount !== null);
    const itemsAmount = group.reduce((s, l) => s + l.subtotalAmount, 0);
    const shippingAmount = priced ? group.reduce((s, l) => s + (l.shipping.amount ?? 0), 0) : null;
    const problems = [...(shipTo ? [] : ["Choose the country to ship to"]), ...group.flatMap((l) => (l.problem ? [l.problem] : []))];
    return {
      currency,
      lines: group,
      itemsAmount,
      shippingAmount,
      totalAmount: shippingAmount === null ? null : itemsAmount + shippingAmount,
      canCheckout: problems.length === 0,
      problems,
    };
  });
}

/** The owner's cart with live availability, shipping and totals per currency. */
export async function cartView(db: Db, cartId: string | null, viewerId: string | null): Promise<CartView> {
  if (!cartId) return EMPTY_CART;
  const cart = await db.cart.findUnique({ where: { id: cartId }, select: { shipTo: true } });
  if (!cart) return EMPTY_CART;
  const lines = await loadCartLines(db, cartId, cart.shipTo, viewerId);
  const groups = groupCartLines(lines, cart.shipTo);
  return {
    shipTo: cart.shipTo,
    count: lines.reduce((s, l) => s + l.quantity, 0),
    groups,
    note:
      groups.length > 1
        ? `Your cart holds works priced in ${groups.map((g) => g.currency).join(" and ")}: each currency checks out separately, as its own order and payment.`
        : null,
  };
}

export async function getCart(db: Db, owner: CartOwner) {
  const r = await resolveCart(db, owner, { create: false });
  return { view: await cartView(db, r.cartId, owner.userId), cookie: r.cookie };
}
