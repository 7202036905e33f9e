import { allFunctions, createInProcessSender, deliveriesSweepEvent, drainJobs, outboxMailer } from "@atelier/jobs";
import { missingStripe } from "@atelier/core/payments";
import { describe, expect, it } from "vitest";
import { callerAs, makeUser, useTestDatabase } from "../harness.ts";
import { makeArtist, makeArtwork, paidOrder, succeededRefund } from "./fixtures.ts";
import { outcomeOf } from "./helpers.ts";

const h = useTestDatabase();
const DAY = 86_400_000;

async function sold() {
  const artist = await makeArtist(h.db, "Mira Lenz");
  const buyer = await makeUser(h.db, ["BUYER"], { name: "Ada Buyer" });
  const order = await paidOrder(h.db, {
    buyerId: buyer.id,
    items: [{ artwork: await makeArtwork(h.db, artist, { title: "Sea at Dusk" }), sellerId: artist.id }],
  });
  return { artist, buyer, order, item: order.items[0]! };
}

const drain = (now = () => new Date()) =>
  drainJobs(h.db, {
    deps: {
      db: h.db,
      mailer: outboxMailer,
      stripe: missingStripe,
      appUrl: "http://atelier.test",
      events: createInProcessSender(h.db, { functions: allFunctions }),
      deliveryAutoConfirmDays: 21,
    },
    now,
  });

describe("sales.markShipped", () => {
  it("moves PAID → SHIPPED with the carrier and tracking number and mails the buyer once", async () => {
    const w = await sold();
    const api = await callerAs(h.db, w.artist.id);
    const r = await api.sales.markShipped({ orderItemId: w.item.id, carrier: "  An Post ", trackingNumber: "CP123456789IE" });
    expect(r).toMatchObject({ status: "SHIPPED", carrier: "An Post", trackingNumber: "CP123456789IE" });
    await drain();
    const mails = await h.db.emailOutbox.findMany({ where: { toEmail: w.buyer.email, template: "item-shipped" } });
    expect(mails).toHaveLength(1);
    expect(mails[0]!.subject).toContain("Sea at Dusk");
    expect(mails[0]!.text).toContain("CP123456789IE");
    expect(mails[0]!.text).toContain(`http://atelier.test/orders/${w.order.id}`);

    const seen = await (await callerAs(h.db, w.buyer.id)).order.byId({ id: w.order.id });
    expect(seen.items[0]).toMatchObject({ status: "SHIPPED", carrier: "An Post", trackingNumber: "CP123456789IE", canConfirmDelivery: true });
  });

  it("refuses a second shipment (CONFLICT), another artist (NOT_FOUND) and a refunded item, changing nothing", async () => {
    const w = await sold();
    const api = await callerAs(h.db, w.artist.id);
    await api.sales.markShipped({ orderItemId: w.item.id, carrier: "DHL", trackingNumber: "JD014600003" });
    const again = await outcomeOf(api.sales.markShipped({ orderItemId: w.item.id, carrier: "UPS", trackingNumber: "1Z999AA10123456784" }));
    expect(again.code).toBe("CONFLICT");
    const other = await makeArtist(h.db, "Other");
    const w2 = await sold();
    expect(
      (await outcomeOf((await callerAs(h.db, other.id)).sales.markShipped({ orderItemId: w2.item.id, carrier: "DHL", trackingNumber: "JD014600004" }))).code,
    ).toBe("NOT_FOUND");
    expect(await h.db.orderItem.findUnique({ where: { id: w2.item.id }, select: { status: true, carrier: true } })).toEqual({ status: "PAID", carrier: null });
    expect(await h.db.orderItem.findUnique({ where: { id: w.item.id }, select: { carrier: true } })).toEqual({ carrier: "DHL" });

    const w3 = await sold();
    await succeededRefund(h.db, w3.item.id, w3.item.subtotalAmount + w3.item.shippingAmount);
    expect(
      (await outcomeOf((await callerAs(h.db, w3.artist.id)).sales.markShipped({ orderItemId: w3.item.id, carrier: "DHL", trackingNumber: "JD014600005" })))
        .code,
    ).toBe("PRECONDITION_FAILED");
    // one mail-run queued in all: the first shipment's
    expect(
      await h.db.jobRun.count({
        where: { functionId: "notify-item-shipped", eventId: { in: [w.item.id, w2.item.id, w3.item.id].map((i) => `order-item-shipped:${i}`) } },
      }),
    ).toBe(1);
  });

  it("ships once when two calls race", async () => {
    const w = await sold();
    const api = await callerAs(h.db, w.artist.id);
    const results = await Promise.all([
      outcomeOf(api.sales.markShipped({ orderItemId: w.item.id, carrier: "DHL", trackingNumber: "JD1" + "0000001" })),
      outcomeOf(api.sales.markShipped({ orderItemId: w.item.id, carrier: "UPS", trackingNumber: "1Z0000002" })),
    ]);
    expect(results.map((r) => r.code).sort()).toEqual(["CONFLICT", "OK"]);
  });

  it("answers bad text with field errors and writes nothing", async () => {
    const w = await sold();
    const api = await callerAs(h.db, w.artist.id);
    const cases = [
      { carrier: "DHL", trackingNumber: "JD01\u0000460" },
      { carrier: "DHL", trackingNumber: "<script>" },
      { carrier: "D\nHL", trackingNumber: "JD0146000" },
      { carrier: "", trackingNumber: "" },
      { carrier: "DHL", trackingNumber: "x".repeat(65) },
    ];
    for (const c of cases) {
      const r = await outcomeOf(api.sales.markShipped({ orderItemId: w.item.id, ...c }));
      expect(r.code).toBe("BAD_REQUEST");
      expect(Object.keys(r.fields).length).toBeGreaterThan(0);
    }
    const r = await outcomeOf(api.sales.markShipped({ orderItemId: w.item.id, carrier: "", trackingNumber: "ab" }));
    expect(Object.keys(r.fields).sort()).toEqual(["carrier", "trackingNumber"]);
    expect(await h.db.orderItem.findUnique({ where: { id: w.item.id }, select: { status: true, trackingNumber: true } })).toEqual({
      status: "PAID",
      trackingNumber: null,
    });
    expect(await h.db.jobRun.count({ where: { eventId: `order-item-shipped:${w.item.id}` } })).toBe(0);
  });
});

describe("order.confirmDelivery", () => {
  it("lets the buyer confirm a shipped item once; not before it ships, and not someone else", async () => {
    const w = await sold();
    const buyer = await callerAs(h.db, w.buyer.id);
    const early = await outcomeOf(buyer.order.confirmDelivery({ orderItemId: w.item.id }));
    expect(early.code).toBe("PRECONDITION_FAILED");
    await (await callerAs(h.db, w.artist.id)).sales.markShipped({ orderItemId: w.item.id, carrier: "DHL", trackingNumber: "JD014600006" });
    const stranger = await callerAs(h.db, (await makeUser(h.db)).id);
    expect((await outcomeOf(stranger.order.confirmDelivery({ orderItemId: w.item.id }))).code).toBe("NOT_FOUND");
    expect((await outcomeOf((await callerAs(h.db, w.artist.id)).order.confirmDelivery({ orderItemId: w.item.id }))).code).toBe("NOT_FOUND");
    const ok = await buyer.order.confirmDelivery({ orderItemId: w.item.id });
    expect(ok.status).toBe("DELIVERED");
    expect((await outcomeOf(buyer.order.confirmDelivery({ orderItemId: w.item.id }))).code).toBe("CONFLICT");
  });
});

describe("confirm-delivery (auto-confirm sweep)", () => {
  it("confirms items shipped DELIVERY_AUTO_CONFIRM_DAYS ago and leaves newer ones", async () => {
    const old = await sold();
    const fresh = await sold();
    const now = new Date();
    await h.db.orderItem.update({
      where: { id: old.item.id },
      data: { status: "SHIPPED", carrier: "DHL", trackingNumber: "JD1", shippedAt: new Date(now.getTime() - 21 * DAY - 1000) },
    });
    await h.db.orderItem.update({
      where: { id: fresh.item.id },
      data: { status: "SHIPPED", carrier: "DHL", trackingNumber: "JD2", shippedAt: new Date(now.getTime() - 20 * DAY) },
    });
    const sender = createInProcessSender(h.db, { functions: allFunctions });
    // the same hour's sweep sent twice (two servers) runs once
    await sender.send(deliveriesSweepEvent(21, now));
    await sender.send(deliveriesSweepEvent(21, now));
    const summary = await drain(() => new Date(now.getTime() + 60_000));
    expect(summary.succeeded).toBeGreaterThanOrEqual(1);
    expect(summary.failed).toBe(0);
    expect(await h.db.jobRun.count({ where: { functionId: "confirm-delivery", eventId: deliveriesSweepEvent(21, now).id } })).toBe(1);
    expect((await h.db.orderItem.findUniqueOrThrow({ where: { id: old.item.id } })).status).toBe("DELIVERED");
    expect((await h.db.orderItem.findUniqueOrThrow({ where: { id: fresh.item.id } })).status).toBe("SHIPPED");
  });
});
