import { only, type MatrixRow } from "../types.ts";
import type { Fixture } from "../fixture.ts";

let n = 0;

/** A PAID order of the fixture's buyer with one PAID item by `owner` (rows only: no Stripe charge behind it, the refund job is never run). */
async function paidOrder(fx: Fixture) {
  const art = await fx.newArtwork({ status: "PUBLISHED" });
  const k = ++n;
  const order = await fx.db.order.create({
    data: {
      number: `AT-MX${k}${Date.now().toString(36).slice(-5).toUpperCase()}`,
      buyerId: fx.users.buyer.id,
      currency: "EUR",
      status: "PAID",
      itemsAmount: 10_000,
      shippingAmount: 0,
      totalAmount: 10_000,
      commissionAmount: 5_000,
      shipTo: "FR",
      stripeChargeId: `ch_matrix_${k}_${Date.now()}`,
      expiresAt: new Date(),
      paidAt: new Date(),
      items: {
        create: {
          artworkId: art.id,
          sellerId: fx.users.owner.id,
          title: "Matrix Work",
          kind: "ORIGINAL",
          quantity: 1,
          unitAmount: 10_000,
          subtotalAmount: 10_000,
          shippingAmount: 0,
          commissionBps: 5000,
          commissionAmount: 5_000,
          artistAmount: 5_000,
          status: "PAID",
        },
      },
    },
    include: { items: true },
  });
  return { orderId: order.id, orderItemId: order.items[0]!.id };
}

export const rows: MatrixRow[] = [
  // admins refund any paid item, the artist their own before shipping; anyone else is told it doesn't exist
  {
    path: "refund.create",
    input: async (fx) => ({ orderItemId: (await paidOrder(fx)).orderItemId, amount: 100, reason: "matrix" }),
    expect: { anonymous: "UNAUTHORIZED", buyer: "NOT_FOUND", owner: "OK", otherArtist: "NOT_FOUND", admin: "OK" },
  },
  // the order's buyer, its artist and admins see its refunds
  {
    path: "refund.list",
    input: async (fx) => ({ orderId: (await paidOrder(fx)).orderId }),
    expect: { anonymous: "UNAUTHORIZED", buyer: "OK", owner: "OK", otherArtist: "NOT_FOUND", admin: "OK" },
  },
  { path: "admin.money.parkedTransfers", input: () => undefined, expect: only.admin },
  { path: "admin.money.debts", input: () => undefined, expect: only.admin },
  { path: "admin.money.ledger", input: () => ({ currency: "EUR" }), expect: only.admin },
  { path: "admin.money.ledger", input: (fx) => ({ payeeId: fx.users.owner.id, currency: "EUR" }), expect: only.admin },
];
