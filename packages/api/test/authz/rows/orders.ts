import { only, type MatrixRow, type Outcome } from "../types.ts";
import type { Fixture, Persona } from "../fixture.ts";
import { makeArtwork, paidOrder } from "../../orders/fixtures.ts";

/** Reporting (F): buyers see only their own orders, artists only their own sales; anyone else's id → NOT_FOUND. */

/** A fresh paid order: `buyer` bought one work of `owner`'s. */
async function buyersOrder(fx: Fixture) {
  const artwork = await makeArtwork(fx.db, { profileId: fx.artistProfiles.owner.id });
  return paidOrder(fx.db, { buyerId: fx.users.buyer.id, items: [{ artwork, sellerId: fx.users.owner.id }] });
}
async function shippedItem(fx: Fixture) {
  const order = await buyersOrder(fx);
  const item = order.items[0]!;
  await fx.db.orderItem.update({ where: { id: item.id }, data: { status: "SHIPPED", carrier: "DHL", trackingNumber: "JD0146000", shippedAt: new Date() } });
  return item.id;
}

const buyersOwn: Record<Persona, Outcome> = { anonymous: "UNAUTHORIZED", buyer: "OK", owner: "NOT_FOUND", otherArtist: "NOT_FOUND", admin: "NOT_FOUND" };
const artists = (owner: Outcome, otherArtist: Outcome): Record<Persona, Outcome> => ({
  anonymous: "UNAUTHORIZED",
  buyer: "FORBIDDEN",
  owner,
  otherArtist,
  admin: "FORBIDDEN",
});

export const rows: MatrixRow[] = [
  { path: "order.list", input: () => ({}), expect: only.signedIn },
  { path: "order.byId", input: async (fx) => ({ id: (await buyersOrder(fx)).id }), expect: buyersOwn },
  { path: "order.confirmDelivery", input: async (fx) => ({ orderItemId: await shippedItem(fx) }), expect: buyersOwn },

  { path: "sales.list", input: () => ({}), expect: artists("OK", "OK") },
  { path: "sales.byId", input: async (fx) => ({ orderItemId: (await buyersOrder(fx)).items[0]!.id }), expect: artists("OK", "NOT_FOUND") },
  {
    path: "sales.markShipped",
    input: async (fx) => ({ orderItemId: (await buyersOrder(fx)).items[0]!.id, carrier: "DHL", trackingNumber: "JD0146000" }),
    expect: artists("OK", "NOT_FOUND"),
  },
  { path: "sales.earnings", input: () => undefined, expect: artists("OK", "OK") },
  { path: "sales.statement", input: () => ({ year: 2025 }), expect: artists("OK", "OK") },

  { path: "admin.order.list", input: () => ({ q: "AT-" }), expect: only.admin },
  { path: "admin.order.byId", input: async (fx) => ({ id: (await buyersOrder(fx)).id }), expect: only.admin },
  { path: "admin.metrics.summary", input: () => ({}), expect: only.admin },
  { path: "admin.metrics.monthly", input: () => ({ months: 6 }), expect: only.admin },
  { path: "admin.metrics.topArtworks", input: () => ({}), expect: only.admin },
];
