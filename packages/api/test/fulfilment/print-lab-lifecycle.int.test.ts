import http from "node:http";
import type { AddressInfo } from "node:net";
import {
  cancelFulfilment,
  localLabAdapter,
  PrintLabRefused,
  recordPrintFulfilment,
  submitOrderItemToLab,
  syncOpenFulfilments,
  type PrintLabAdapter,
} from "@atelier/core/fulfilment";
import { printLabSubmitRequestedEvent } from "@atelier/events";
import { allFunctions, createInProcessSender } from "@atelier/jobs";
import { startPrintLab, type PrintLab } from "@atelier/print-lab";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { handlePrintLabWebhook } from "../../src/http/print-lab-webhook.ts";
import { callerAs, useTestDatabase } from "../harness.ts";
import { drainWith, fulfilmentDeps, paidItem, PRINT } from "./world.ts";

const h = useTestDatabase();
const SECRET = "plsec_lifecycle_test_secret";
const closers: (() => Promise<void>)[] = [];
let lab: PrintLab;
let adapter: PrintLabAdapter;
let printFileUrl: string;

/** Serves `handle` on a free local port; returns its URL. */
async function serve(handle: (req: http.IncomingMessage, body: Buffer) => Promise<Response>): Promise<string> {
  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on("data", (c: Buffer) => chunks.push(c));
    req.on("end", () => {
      void handle(req, Buffer.concat(chunks)).then(async (r) => {
        res.writeHead(r.status, Object.fromEntries(r.headers.entries()));
        res.end(Buffer.from(await r.arrayBuffer()));
      });
    });
  });
  await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
  closers.push(() => new Promise<void>((r) => server.close(() => r())));
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
}

beforeAll(async () => {
  // the app's webhook route, through the real handler and the in-process queue
  const app = await serve((req, body) =>
    handlePrintLabWebhook(
      new Request(`http://atelier.test${req.url}`, { method: "POST", headers: req.headers as Record<string, string>, body: new Uint8Array(body) }),
      {
        db: h.db,
        lab: adapter,
        events: createInProcessSender(h.db, { functions: allFunctions }),
        now: () => new Date(),
      },
    ),
  );
  // a print-ready file the lab downloads when production starts
  printFileUrl = `${await serve(async (req) => (req.url === "/print.png" ? new Response(new Uint8Array(Buffer.from("\x89PNG fake")), { headers: { "content-type": "image/png" } }) : new Response("gone", { status: 404 })))}/print.png`;
  lab = await startPrintLab({
    stepMs: 3_600_000,
    retryScheduleMs: [50, 200],
    webhooks: [{ url: `${app}/api/webhooks/print-lab`, secret: SECRET }],
    log: () => {},
  });
  closers.push(() => lab.close());
  adapter = localLabAdapter({ url: lab.url, webhookSecret: SECRET });
});
afterAll(async () => {
  for (const close of closers.reverse()) await close();
});

const step = async (externalId: string) => {
  await lab.advance(`@${externalId}`);
  await lab.flushWebhooks();
  await drainWith(h.db, adapter);
};
const state = async (itemId: string) => ({
  fulfilment: (await h.db.fulfilment.findUniqueOrThrow({ where: { orderItemId: itemId }, select: { status: true } })).status,
  item: (await h.db.orderItem.findUniqueOrThrow({ where: { id: itemId }, select: { status: true } })).status,
});

describe("a print order's whole life at the local lab", () => {
  it("created → in production → shipped (the buyer sees tracking on /orders and gets the mail) → delivered, every webhook verified and applied once", async () => {
    const w = await paidItem(h.db);
    const r = await submitOrderItemToLab(fulfilmentDeps(h.db, adapter), w.item.id, { ...PRINT, printFileUrl });
    expect(r).toMatchObject({ outcome: "submitted", status: "CREATED", externalId: `atl-${w.item.id}` });
    expect(lab.order(`@atl-${w.item.id}`)).toMatchObject({
      status: "created",
      recipient: { name: "Ada Buyer", address1: "1 Quay Street", address2: "Flat 2", country_code: "IE", zip: "H91 X2Y3" },
    });
    await lab.flushWebhooks();
    await drainWith(h.db, adapter);
    expect(await state(w.item.id)).toEqual({ fulfilment: "CREATED", item: "PAID" });

    await step(r.externalId);
    expect(await state(w.item.id)).toEqual({ fulfilment: "IN_PRODUCTION", item: "PAID" });

    await step(r.externalId);
    const tracking = lab.order(`@${r.externalId}`)!.shipment!.tracking_number;
    expect(await state(w.item.id)).toEqual({ fulfilment: "SHIPPED", item: "SHIPPED" });
    const seen = await (await callerAs(h.db, w.buyer.id)).order.byId({ id: w.order.id });
    expect(seen.items[0]).toMatchObject({ status: "SHIPPED", carrier: "Simulated Post", trackingNumber: tracking });
    const mail = await h.db.emailOutbox.findFirstOrThrow({ where: { toEmail: w.buyer.email, template: "item-shipped" } });
    expect(mail.text).toContain(tracking);

    await step(r.externalId);
    expect(await state(w.item.id)).toEqual({ fulfilment: "DELIVERED", item: "DELIVERED" });
    // the lab stamps events in whole seconds, so ties go by arrival
    const events = await h.db.printLabEvent.findMany({ where: { externalOrderId: r.externalId }, orderBy: [{ occurredAt: "asc" }, { receivedAt: "asc" }] });
    expect(events.map((e) => [e.type, e.status, e.deliveries])).toEqual([
      ["order.created", "PROCESSED", 1],
      ["order.in_production", "PROCESSED", 1],
      ["order.shipped", "PROCESSED", 1],
      ["order.delivered", "PROCESSED", 1],
    ]);
    expect(lab.deliveries().filter((d) => d.state !== "delivered")).toEqual([]);
  });

  it("moves on by itself on the lab's timer and ends delivered", async () => {
    const fast = await startPrintLab({ stepMs: 60, webhooks: [], fetchPrintFiles: false, log: () => {} });
    closers.push(() => fast.close());
    const fastAdapter = localLabAdapter({ url: fast.url, webhookSecret: SECRET });
    const w = await paidItem(h.db);
    await submitOrderItemToLab(fulfilmentDeps(h.db, fastAdapter), w.item.id, PRINT);
    const end = Date.now() + 5_000;
    while (fast.order(`@atl-${w.item.id}`)?.status !== "delivered" && Date.now() < end) await new Promise((r) => setTimeout(r, 20));
    // no webhook reached the app (none configured): the hourly sync asks the lab and catches up
    const sync = await syncOpenFulfilments(fulfilmentDeps(h.db, fastAdapter, () => new Date(Date.now() + 2 * 3_600_000)));
    expect(sync).toMatchObject({ asked: 1, moved: 1 });
    expect(await state(w.item.id)).toEqual({ fulfilment: "DELIVERED", item: "DELIVERED" });
  });

  it("creates one lab order however often it is submitted: twice at once, again later, and after a lost answer", async () => {
    const w = await paidItem(h.db);
    const deps = fulfilmentDeps(h.db, adapter);
    const [a, b] = await Promise.all([
      submitOrderItemToLab(deps, w.item.id, { ...PRINT, printFileUrl }),
      submitOrderItemToLab(deps, w.item.id, { ...PRINT, printFileUrl }),
    ]);
    expect(a.externalId).toBe(b.externalId);
    expect((await submitOrderItemToLab(deps, w.item.id)).outcome).toBe("already-submitted");
    expect(lab.events().filter((e) => e.type === "order.created" && e.data.order.external_id === a.externalId)).toHaveLength(1);

    // the lab made the order but its answer never arrived: the retry finds that order
    const v = await paidItem(h.db);
    let dropped = false;
    const lossy = localLabAdapter({
      url: lab.url,
      webhookSecret: SECRET,
      fetch: (async (input: string | URL | Request, init?: RequestInit) => {
        const res = await fetch(input, init);
        if (!dropped && init?.method === "POST") {
          dropped = true;
          throw new Error("socket hang up");
        }
        return res;
      }) as typeof fetch,
    });
    await expect(submitOrderItemToLab(fulfilmentDeps(h.db, lossy), v.item.id, { ...PRINT, printFileUrl })).rejects.toThrow(/socket hang up/);
    expect((await h.db.fulfilment.findUniqueOrThrow({ where: { orderItemId: v.item.id } })).status).toBe("PENDING");
    expect(await submitOrderItemToLab(fulfilmentDeps(h.db, lossy), v.item.id)).toMatchObject({ outcome: "submitted", status: "CREATED" });
    expect(lab.events().filter((e) => e.type === "order.created" && e.data.order.external_id === `atl-${v.item.id}`)).toHaveLength(1);
  });

  it("fails a print whose file the lab cannot download, with the lab's reason; the item stays paid for a refund", async () => {
    const w = await paidItem(h.db);
    const r = await submitOrderItemToLab(fulfilmentDeps(h.db, adapter), w.item.id, { ...PRINT, printFileUrl: printFileUrl.replace("/print.png", "/gone.png") });
    await step(r.externalId);
    expect(await h.db.fulfilment.findUniqueOrThrow({ where: { orderItemId: w.item.id } })).toMatchObject({
      status: "FAILED",
      failureReason: expect.stringMatching(/could not be downloaded \(HTTP 404\)/),
    });
    expect((await state(w.item.id)).item).toBe("PAID");
  });

  it("marks a print FAILED without calling the lab when the order has no address, and refuses an unpaid item", async () => {
    const w = await paidItem(h.db);
    await h.db.$executeRaw`UPDATE "Order" SET "shippingAddress" = NULL WHERE "id" = ${w.order.id}`;
    expect(await submitOrderItemToLab(fulfilmentDeps(h.db, adapter), w.item.id, PRINT)).toMatchObject({
      outcome: "failed",
      failureReason: /no shipping address/,
    });
    expect(lab.order(`@atl-${w.item.id}`)).toBeUndefined();

    const v = await paidItem(h.db);
    await h.db.orderItem.update({ where: { id: v.item.id }, data: { status: "REFUNDED" } });
    await expect(submitOrderItemToLab(fulfilmentDeps(h.db, adapter), v.item.id, PRINT)).rejects.toMatchObject({ code: "PRECONDITION_FAILED" });
  });

  it("records the lab's refusal as FAILED with its words; an outage is thrown for the job to retry", async () => {
    const refusing: PrintLabAdapter = { ...adapter, createOrder: () => Promise.reject(new PrintLabRefused("Unknown variant giclee-a9", 400, "variantCode")) };
    const w = await paidItem(h.db);
    expect(await submitOrderItemToLab(fulfilmentDeps(h.db, refusing), w.item.id, PRINT)).toMatchObject({
      outcome: "failed",
      status: "FAILED",
      failureReason: "Unknown variant giclee-a9",
    });
    const down: PrintLabAdapter = { ...adapter, createOrder: () => Promise.reject(new Error("connect ECONNREFUSED")) };
    const v = await paidItem(h.db);
    await expect(submitOrderItemToLab(fulfilmentDeps(h.db, down), v.item.id, PRINT)).rejects.toThrow(/ECONNREFUSED/);
    expect((await h.db.fulfilment.findUniqueOrThrow({ where: { orderItemId: v.item.id } })).status).toBe("PENDING");
  });

  it("is sent by the submit-print-order job on print-lab.submit-requested (once per item)", async () => {
    const w = await paidItem(h.db);
    await recordPrintFulfilment(h.db, w.item.id, { ...PRINT, printFileUrl }, "local");
    const sender = createInProcessSender(h.db, { functions: allFunctions });
    await sender.send([printLabSubmitRequestedEvent(w.item.id), printLabSubmitRequestedEvent(w.item.id)]);
    await drainWith(h.db, adapter);
    expect(await h.db.jobRun.count({ where: { functionId: "submit-print-order", eventId: `print-lab-submit:${w.item.id}` } })).toBe(1);
    expect(lab.order(`@atl-${w.item.id}`)?.status).toBe("created");
    expect((await state(w.item.id)).fulfilment).toBe("CREATED");
  });

  it("cancels before production; once printing has started the lab refuses and keeps its cost", async () => {
    const w = await paidItem(h.db);
    const deps = fulfilmentDeps(h.db, adapter);
    await submitOrderItemToLab(deps, w.item.id, { ...PRINT, printFileUrl });
    expect(await cancelFulfilment(deps, w.item.id)).toEqual({ cancelled: true, productionStarted: false, status: "CANCELLED", reason: null });
    expect(lab.order(`@atl-${w.item.id}`)?.status).toBe("cancelled");

    const v = await paidItem(h.db);
    const r = await submitOrderItemToLab(deps, v.item.id, { ...PRINT, printFileUrl });
    // the lab starts printing before our status knows it (its webhook not yet applied)
    await lab.advance(`@${r.externalId}`);
    expect(await cancelFulfilment(deps, v.item.id)).toMatchObject({
      cancelled: false,
      productionStarted: true,
      status: "IN_PRODUCTION",
      reason: expect.stringMatching(/production has started/),
    });
    expect(await cancelFulfilment(deps, v.item.id)).toMatchObject({ cancelled: false, productionStarted: true });
  });
});
