/**
 * Not a test: puts a few orders (written as fulfilment writes them) into a running dev database, to look at
 * the order, sales, earnings and metrics pages before checkout lands. `tsx packages/api/test/orders/demo-orders.ts`
 * with DATABASE_URL pointing at the dev database.
 */
import { createDb } from "@atelier/db";
import { paidOrder, paidTransfer, succeededRefund } from "./fixtures.ts";

const db = createDb({ connectionString: process.env.DATABASE_URL! });
const buyer = await db.user.findFirstOrThrow({ where: { email: "buyer@atelier.local" } });
const works = await db.artwork.findMany({ where: { status: "PUBLISHED" }, include: { artist: true }, orderBy: { createdAt: "asc" }, take: 12 });
const day = 86_400_000;
for (const [k, w] of works.entries()) {
  const paidAt = new Date(Date.now() - (k * 23 + 2) * day);
  const order = await paidOrder(db, { buyerId: buyer.id, paidAt, items: [{ artwork: w, sellerId: w.artist.userId, shippingAmount: 15_00 }] });
  const item = order.items[0]!;
  if (k % 3 === 1) {
    await db.orderItem.update({
      where: { id: item.id },
      data: { status: "SHIPPED", carrier: "An Post", trackingNumber: `CP${100000 + k}IE`, shippedAt: new Date(paidAt.getTime() + day) },
    });
    await paidTransfer(db, order.id, w.artist.userId, new Date(paidAt.getTime() + 1000));
  }
  if (k % 3 === 2) {
    await db.orderItem.update({
      where: { id: item.id },
      data: {
        status: "DELIVERED",
        carrier: "DHL",
        trackingNumber: `JD0146${k}`,
        shippedAt: new Date(paidAt.getTime() + day),
        deliveredAt: new Date(paidAt.getTime() + 4 * day),
      },
    });
    await paidTransfer(db, order.id, w.artist.userId, new Date(paidAt.getTime() + 1000));
  }
  if (k === 4) await succeededRefund(db, item.id, 40_00, { at: new Date(paidAt.getTime() + 2 * day) });
}
console.log(`${works.length} demo orders for ${buyer.email}`);
await db.$disconnect();
