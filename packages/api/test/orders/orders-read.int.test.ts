import { describe, expect, it } from "vitest";
import { callerAs, makeUser, useTestDatabase } from "../harness.ts";
import { abandonedOrder, DEFAULT_ADDRESS, makeArtist, makeArtwork, paidOrder, succeededRefund } from "./fixtures.ts";
import { outcomeOf } from "./helpers.ts";

const h = useTestDatabase();

/** Two artists sold in one order to one buyer; another buyer has an order of their own. */
async function world() {
  const mira = await makeArtist(h.db, "Mira Lenz");
  const tomas = await makeArtist(h.db, "Tomas Reyes");
  const buyer = await makeUser(h.db, ["BUYER"], { name: "Ada Buyer" });
  const other = await makeUser(h.db, ["BUYER"]);
  const sea = await makeArtwork(h.db, mira, { title: "Sea at Dusk", priceAmount: 1200_00 });
  const print = await makeArtwork(h.db, tomas, { title: "Harbour Print", priceAmount: 80_00, kind: "EDITION" });
  const order = await paidOrder(h.db, {
    buyerId: buyer.id,
    items: [
      { artwork: sea, sellerId: mira.id, shippingAmount: 40_00 },
      { artwork: print, sellerId: tomas.id, quantity: 2, shippingAmount: 10_00 },
    ],
  });
  const otherOrder = await paidOrder(h.db, { buyerId: other.id, items: [{ artwork: await makeArtwork(h.db, mira, { title: "Fog" }), sellerId: mira.id }] });
  return { mira, tomas, buyer, other, order, otherOrder, sea, print };
}

describe("order (buyer)", () => {
  it("lists the buyer's paid orders with their items, and shows one with totals, items and shipping status", async () => {
    const w = await world();
    await abandonedOrder(h.db, w.buyer.id, w.print);
    const api = await callerAs(h.db, w.buyer.id);
    const list = await api.order.list({});
    expect(list.items.map((o) => o.id)).toEqual([w.order.id]);
    expect(list.items[0]!.items.map((i) => i.title).sort()).toEqual(["Harbour Print", "Sea at Dusk"]);

    const one = await api.order.byId({ id: w.order.id });
    expect(one.number).toBe(w.order.number);
    expect(one.totalAmount).toBe(1200_00 + 40_00 + 2 * 80_00 + 10_00);
    expect(one.items.map((i) => [i.title, i.status, i.totalAmount, i.canConfirmDelivery])).toEqual([
      ["Sea at Dusk", "PAID", 1240_00, false],
      ["Harbour Print", "PAID", 170_00, false],
    ]);
    expect(one.items[0]!.artist).toMatchObject({ displayName: "Mira Lenz" });
    expect(one.shippingAddress).toEqual(DEFAULT_ADDRESS);
    expect(one.refunds).toEqual([]);
  });

  it("shows refunds on the order", async () => {
    const w = await world();
    await succeededRefund(h.db, w.order.items[1]!.id, 50_00);
    const one = await (await callerAs(h.db, w.buyer.id)).order.byId({ id: w.order.id });
    expect(one.refunds.map((r) => [r.amount, r.status])).toEqual([[50_00, "SUCCEEDED"]]);
    expect(one.refundedAmount).toBe(50_00);
    expect(one.items[1]!.refundedAmount).toBe(50_00);
  });

  it("pages with a cursor, newest first", async () => {
    const artist = await makeArtist(h.db);
    const buyer = await makeUser(h.db, ["BUYER"]);
    const ids: string[] = [];
    for (let d = 1; d <= 5; d++) {
      const o = await paidOrder(h.db, {
        buyerId: buyer.id,
        items: [{ artwork: await makeArtwork(h.db, artist), sellerId: artist.id }],
        paidAt: new Date(Date.UTC(2026, 0, d)),
      });
      ids.unshift(o.id);
    }
    const api = await callerAs(h.db, buyer.id);
    const first = await api.order.list({ limit: 2 });
    const second = await api.order.list({ limit: 2, cursor: first.nextCursor! });
    const third = await api.order.list({ limit: 2, cursor: second.nextCursor! });
    expect([...first.items, ...second.items, ...third.items].map((o) => o.id)).toEqual(ids);
    expect(third.nextCursor).toBeNull();
    // another buyer's order id is not a cursor into this buyer's list
    const stranger = await paidOrder(h.db, { buyerId: (await makeUser(h.db)).id, items: [{ artwork: await makeArtwork(h.db, artist), sellerId: artist.id }] });
    expect((await outcomeOf(api.order.list({ cursor: stranger.id }))).code).toBe("BAD_REQUEST");
  });

  it("answers NOT_FOUND for someone else's order, and for an unpaid one", async () => {
    const w = await world();
    const api = await callerAs(h.db, w.buyer.id);
    expect((await outcomeOf(api.order.byId({ id: w.otherOrder.id }))).code).toBe("NOT_FOUND");
    const unpaid = await abandonedOrder(h.db, w.buyer.id, w.print);
    expect((await outcomeOf(api.order.byId({ id: unpaid.id }))).code).toBe("NOT_FOUND");
    // the artist who sold in it is not its buyer either
    expect((await outcomeOf((await callerAs(h.db, w.mira.id)).order.byId({ id: w.order.id }))).code).toBe("NOT_FOUND");
  });
});

describe("sales (artist)", () => {
  it("lists only the artist's own items of a shared order, with the shipping address on the detail", async () => {
    const w = await world();
    const mira = await callerAs(h.db, w.mira.id);
    const list = await mira.sales.list({});
    expect(list.items.map((s) => s.title).sort()).toEqual(["Fog", "Sea at Dusk"]);
    expect(list.toShip).toBe(2);
    const sale = list.items.find((s) => s.title === "Sea at Dusk")!;
    expect(sale).toMatchObject({
      orderNumber: w.order.number,
      currency: "EUR",
      artistAmount: 600_00 + 40_00,
      commissionAmount: 600_00,
      canMarkShipped: true,
      buyerName: "Ada Buyer",
    });

    const detail = await mira.sales.byId({ orderItemId: sale.id });
    expect(detail.shippingAddress).toEqual(DEFAULT_ADDRESS);

    // Tomas sees his item of the same order, never Mira's
    const tomas = await callerAs(h.db, w.tomas.id);
    expect((await tomas.sales.list({})).items.map((s) => s.title)).toEqual(["Harbour Print"]);
    expect((await outcomeOf(tomas.sales.byId({ orderItemId: sale.id }))).code).toBe("NOT_FOUND");
  });

  it("filters by status", async () => {
    const w = await world();
    await h.db.orderItem.update({
      where: { id: w.order.items[0]!.id },
      data: { status: "SHIPPED", carrier: "DHL", trackingNumber: "JD0001", shippedAt: new Date() },
    });
    const mira = await callerAs(h.db, w.mira.id);
    expect((await mira.sales.list({ status: "SHIPPED" })).items.map((s) => s.title)).toEqual(["Sea at Dusk"]);
    expect((await mira.sales.list({ status: "PAID" })).items.map((s) => s.title)).toEqual(["Fog"]);
  });
});

describe("admin.order", () => {
  it("searches by order number, buyer email and artwork title, filters by status, and shows everything behind one", async () => {
    const w = await world();
    const admin = (await callerAs(h.db, (await makeUser(h.db, ["ADMIN"])).id)).admin;
    expect((await admin.order.list({ q: w.order.number.toLowerCase() })).items.map((o) => o.id)).toEqual([w.order.id]);
    expect((await admin.order.list({ q: w.buyer.email.slice(0, 14).toUpperCase() })).items.map((o) => o.id)).toContain(w.order.id);
    expect((await admin.order.list({ q: "harbour pri" })).items.map((o) => o.id)).toContain(w.order.id);
    expect((await admin.order.list({ q: "ada buy" })).items.map((o) => o.id)).toContain(w.order.id);
    expect((await admin.order.list({ q: "harbour pri", status: "REFUNDED" })).items).toEqual([]);
    expect((await admin.order.list({ q: "no such thing anywhere" })).items).toEqual([]);

    const detail = await admin.order.byId({ id: w.order.id });
    expect(detail.buyer.email).toBe(w.buyer.email);
    expect(detail.items).toHaveLength(2);
    const ledgerSum = detail.ledgerEntries.reduce((s, l) => s + (l.kind === "SALE" ? l.amount : 0), 0);
    expect(ledgerSum).toBe(detail.totalAmount);
    expect((await outcomeOf(admin.order.byId({ id: "c_no_such_order" }))).code).toBe("NOT_FOUND");
  });

  it("pages admin orders by cursor", async () => {
    const artist = await makeArtist(h.db);
    const buyer = await makeUser(h.db, ["BUYER"]);
    for (let i = 0; i < 3; i++)
      await paidOrder(h.db, { buyerId: buyer.id, items: [{ artwork: await makeArtwork(h.db, artist, { title: `Pager ${i}` }), sellerId: artist.id }] });
    const admin = (await callerAs(h.db, (await makeUser(h.db, ["ADMIN"])).id)).admin;
    const a = await admin.order.list({ q: buyer.email, limit: 2 });
    const b = await admin.order.list({ q: buyer.email, limit: 2, cursor: a.nextCursor! });
    expect(a.items.length + b.items.length).toBe(3);
    expect(b.nextCursor).toBeNull();
  });
});
