import {
  LAB_SIGNATURE_HEADER,
  localLabAdapter,
  PRINTFUL_SIGNATURE_HEADER,
  printfulAdapter,
  recordPrintFulfilment,
  signLabPayload,
  signPrintfulPayload,
  type PrintLabWebhookDeps,
} from "@atelier/core/fulfilment";
import { allFunctions, createInProcessSender } from "@atelier/jobs";
import { beforeEach, describe, expect, it } from "vitest";
import { handlePrintLabWebhook } from "../../src/http/print-lab-webhook.ts";
import { useTestDatabase } from "../harness.ts";
import { drainWith, paidItem, PRINT } from "./world.ts";

const h = useTestDatabase();
const SECRET = "plsec_webhook_test_secret";
const lab = localLabAdapter({ url: "http://127.0.0.1:9", webhookSecret: SECRET });
let seq = 0;
const nowS = () => Math.floor(Date.now() / 1000);

/** An event exactly as the local lab sends it, about the order of `externalId`. */
function labEvent(externalId: string, status: string, opts: { created?: number; id?: string } = {}) {
  const created = opts.created ?? nowS();
  const shipped = ["shipped", "delivered"].includes(status);
  return {
    id: opts.id ?? `plev_test_${Date.now()}_${++seq}`,
    object: "event",
    type: `order.${status}`,
    created,
    data: {
      order: {
        id: `plo_${externalId}`,
        object: "print_order",
        external_id: externalId,
        status,
        shipment: shipped
          ? { carrier: "Simulated Post", tracking_number: "SIM-1234-5678-9012", tracking_url: "http://lab/track/SIM-1234-5678-9012", shipped_at: created }
          : null,
        delivered_at: status === "delivered" ? created : null,
        failure_reason: status === "failed" ? "The print file could not be downloaded" : null,
        cancelled_at: null,
        created,
        updated: created,
      },
    },
  };
}

function post(body: string, headers: Record<string, string> = {}) {
  return new Request("http://atelier.test/api/webhooks/print-lab", { method: "POST", body, headers: { "content-type": "application/json", ...headers } });
}
const signed = (body: string, opts: { secret?: string; t?: number } = {}) => ({
  [LAB_SIGNATURE_HEADER]: signLabPayload(body, opts.secret ?? SECRET, opts.t ?? nowS()),
});

let deps: PrintLabWebhookDeps;
beforeEach(() => {
  deps = { db: h.db, lab, events: createInProcessSender(h.db, { functions: allFunctions }), now: () => new Date() };
});

/** A paid item with its print order at the lab (CREATED), as after submission. */
async function atTheLab() {
  const w = await paidItem(h.db);
  const f = await recordPrintFulfilment(h.db, w.item.id, PRINT, "local");
  await h.db.fulfilment.update({ where: { id: f.id }, data: { status: "CREATED", submittedAt: new Date(), attempts: 1 } });
  return { ...w, fulfilment: f };
}

async function deliver(event: object, headers?: (body: string) => Record<string, string>) {
  const body = JSON.stringify(event);
  return handlePrintLabWebhook(post(body, (headers ?? signed)(body)), deps);
}

describe("POST /api/webhooks/print-lab: signatures", () => {
  const cases: [string, (body: string) => Record<string, string>, (body: string) => string][] = [
    ["an unsigned delivery", () => ({}), (b) => b],
    ["a malformed signature header", () => ({ [LAB_SIGNATURE_HEADER]: "not a signature" }), (b) => b],
    ["a signature made with another secret", (b) => signed(b, { secret: "plsec_someone_else_entirely" }), (b) => b],
    ["a body changed after signing", (b) => signed(b), (b) => b.replace('"shipped"', '"delivered"')],
    ["an old signature (6 minutes)", (b) => signed(b, { t: nowS() - 360 }), (b) => b],
    ["a signature from the future (6 minutes)", (b) => signed(b, { t: nowS() + 360 }), (b) => b],
  ];
  for (const [name, sign, tamper] of cases) {
    it(`answers 400 and stores nothing for ${name}`, async () => {
      const w = await atTheLab();
      const event = labEvent(w.fulfilment.externalId, "shipped");
      const body = JSON.stringify(event);
      const res = await handlePrintLabWebhook(post(tamper(body), sign(body)), deps);
      expect(res.status).toBe(400);
      expect(await h.db.printLabEvent.count({ where: { id: `local:${event.id}` } })).toBe(0);
      expect(await h.db.jobRun.count({ where: { eventId: `print-lab-event:local:${event.id}` } })).toBe(0);
    });
  }

  it("answers 400 for a signed body that is not a lab event, and 503 when no print lab is configured", async () => {
    const body = JSON.stringify({ hello: "world" });
    expect((await handlePrintLabWebhook(post(body, signed(body)), deps)).status).toBe(400);
    expect((await handlePrintLabWebhook(post(body, signed(body)), null)).status).toBe(503);
  });

  it("verifies Printful's own scheme when Printful is the lab (hex key, no timestamp header)", async () => {
    const secretHex = "0f".repeat(32);
    const printful = printfulAdapter({
      apiKey: "pf-private-token-for-tests-0000",
      webhookSecret: secretHex,
      fetch: (() => Promise.reject(new Error("offline"))) as typeof fetch,
    });
    const body = JSON.stringify({
      type: "order_put_hold",
      occurred_at: new Date().toISOString(),
      retries: 0,
      store_id: 12,
      data: { reason: "Check the address", order: { id: 1, external_id: "atl-x", status: "onhold" } },
    });
    const pdeps = { ...deps, lab: printful };
    expect((await handlePrintLabWebhook(post(body, { [PRINTFUL_SIGNATURE_HEADER]: signPrintfulPayload(body, secretHex) }), pdeps)).status).toBe(200);
    expect((await handlePrintLabWebhook(post(body, { [PRINTFUL_SIGNATURE_HEADER]: signPrintfulPayload(body, "1e".repeat(32)) }), pdeps)).status).toBe(400);
    expect((await handlePrintLabWebhook(post(body), pdeps)).status).toBe(400);
    // a hold says nothing for our lifecycle: stored as IGNORED, no job
    const stored = await h.db.printLabEvent.findFirstOrThrow({ where: { provider: "printful", type: "order_put_hold" } });
    expect(stored).toMatchObject({ status: "IGNORED", externalOrderId: "atl-x" });
    expect(await h.db.jobRun.count({ where: { eventId: `print-lab-event:${stored.id}` } })).toBe(0);
  });
});

describe("POST /api/webhooks/print-lab: stored once, applied once, forward only", () => {
  it("stores a signed event with one job run; the job ships the order item with the lab's carrier and tracking and mails the buyer", async () => {
    const w = await atTheLab();
    const event = labEvent(w.fulfilment.externalId, "shipped");
    const res = await deliver(event);
    expect(res.status).toBe(200);
    expect(await res.json()).toMatchObject({ received: true, duplicate: false, handled: true });
    expect(await h.db.jobRun.count({ where: { functionId: "apply-print-lab-event", eventId: `print-lab-event:local:${event.id}` } })).toBe(1);
    await drainWith(h.db, lab);
    expect(await h.db.fulfilment.findUniqueOrThrow({ where: { id: w.fulfilment.id } })).toMatchObject({
      status: "SHIPPED",
      carrier: "Simulated Post",
      trackingNumber: "SIM-1234-5678-9012",
    });
    expect(await h.db.orderItem.findUniqueOrThrow({ where: { id: w.item.id } })).toMatchObject({
      status: "SHIPPED",
      carrier: "Simulated Post",
      trackingNumber: "SIM-1234-5678-9012",
    });
    expect(await h.db.emailOutbox.count({ where: { toEmail: w.buyer.email, template: "item-shipped" } })).toBe(1);
    expect(await h.db.printLabEvent.findUniqueOrThrow({ where: { id: `local:${event.id}` } })).toMatchObject({ status: "PROCESSED", outcome: "SHIPPED" });
  });

  it("a replay (the same event delivered again, even after it was applied) counts a delivery and does nothing else", async () => {
    const w = await atTheLab();
    const event = labEvent(w.fulfilment.externalId, "shipped");
    await deliver(event);
    await drainWith(h.db, lab);
    const again = await deliver(event);
    expect(await again.json()).toMatchObject({ duplicate: true });
    const racing = await Promise.all([deliver(event), deliver(event), deliver(event)]);
    expect(racing.map((r) => r.status)).toEqual([200, 200, 200]);
    await drainWith(h.db, lab);
    expect(await h.db.printLabEvent.findUniqueOrThrow({ where: { id: `local:${event.id}` } })).toMatchObject({ deliveries: 5, status: "PROCESSED" });
    expect(await h.db.jobRun.count({ where: { eventId: `print-lab-event:local:${event.id}` } })).toBe(1);
    expect(await h.db.emailOutbox.count({ where: { toEmail: w.buyer.email, template: "item-shipped" } })).toBe(1);
  });

  it("out of order: delivered, then a late in-production and shipped, stays delivered (the item too)", async () => {
    const w = await atTheLab();
    const t = nowS() - 120;
    const [inProduction, shipped, delivered] = [
      labEvent(w.fulfilment.externalId, "in_production", { created: t }),
      labEvent(w.fulfilment.externalId, "shipped", { created: t + 30 }),
      labEvent(w.fulfilment.externalId, "delivered", { created: t + 60 }),
    ];
    await deliver(delivered);
    await drainWith(h.db, lab);
    await deliver(shipped);
    await deliver(inProduction);
    await drainWith(h.db, lab);
    const f = await h.db.fulfilment.findUniqueOrThrow({ where: { id: w.fulfilment.id } });
    expect(f).toMatchObject({ status: "DELIVERED", carrier: "Simulated Post", trackingNumber: "SIM-1234-5678-9012" });
    expect(f.deliveredAt?.getTime()).toBe((t + 60) * 1000);
    expect(await h.db.orderItem.findUniqueOrThrow({ where: { id: w.item.id }, select: { status: true, trackingNumber: true } })).toEqual({
      status: "DELIVERED",
      trackingNumber: "SIM-1234-5678-9012",
    });
    const outcomes = await h.db.printLabEvent.findMany({
      where: { externalOrderId: w.fulfilment.externalId },
      orderBy: { occurredAt: "asc" },
      select: { outcome: true },
    });
    expect(outcomes.map((o) => o.outcome)).toEqual(["stale: already DELIVERED", "stale: already DELIVERED", "DELIVERED"]);
  });

  it("a late failure never undoes a shipment, and news older than a failure does not undo the failure", async () => {
    const w = await atTheLab();
    const t = nowS() - 100;
    await deliver(labEvent(w.fulfilment.externalId, "shipped", { created: t + 10 }));
    await deliver(labEvent(w.fulfilment.externalId, "failed", { created: t }));
    await drainWith(h.db, lab);
    expect((await h.db.fulfilment.findUniqueOrThrow({ where: { id: w.fulfilment.id } })).status).toBe("SHIPPED");

    const v = await atTheLab();
    await deliver(labEvent(v.fulfilment.externalId, "failed", { created: t + 10 }));
    await drainWith(h.db, lab);
    await deliver(labEvent(v.fulfilment.externalId, "in_production", { created: t }));
    await drainWith(h.db, lab);
    expect(await h.db.fulfilment.findUniqueOrThrow({ where: { id: v.fulfilment.id } })).toMatchObject({
      status: "FAILED",
      failureReason: "The print file could not be downloaded",
    });
    expect((await h.db.orderItem.findUniqueOrThrow({ where: { id: v.item.id } })).status).toBe("PAID");
  });

  it("stores an event about an order that is not ours, applies nothing and says so", async () => {
    const res = await deliver(labEvent("atl-someone-elses-order", "shipped"));
    expect(res.status).toBe(200);
    await drainWith(h.db, lab);
    expect(await h.db.printLabEvent.findFirstOrThrow({ where: { externalOrderId: "atl-someone-elses-order" } })).toMatchObject({
      status: "IGNORED",
      outcome: "not one of our orders",
    });
  });
});
