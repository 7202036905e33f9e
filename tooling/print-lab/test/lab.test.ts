import crypto from "node:crypto";
import fs from "node:fs";
import http from "node:http";
import type { AddressInfo } from "node:net";
import os from "node:os";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { DEFAULT_API_KEY, SIGNATURE_HEADER, startPrintLab, type LabEvent, type PrintLab, type PrintLabOptions } from "../src/index.ts";

const SECRET = "plsec_lab_test_secret";
const open: { close(): Promise<void> }[] = [];
afterEach(async () => {
  for (const c of open.splice(0)) await c.close();
});

/** A webhook receiver that checks every signature (t + body, HMAC-SHA256) and can fail the first deliveries. */
async function receiver(opts: { failFirst?: number } = {}) {
  const events: LabEvent[] = [];
  let failures = opts.failFirst ?? 0;
  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on("data", (c: Buffer) => chunks.push(c));
    req.on("end", () => {
      const body = Buffer.concat(chunks).toString("utf8");
      const [t, v1] = String(req.headers[SIGNATURE_HEADER])
        .split(",")
        .map((p) => p.split("=")[1]!);
      const expected = crypto.createHmac("sha256", SECRET).update(`${t}.${body}`).digest("hex");
      if (v1 !== expected || Math.abs(Date.now() / 1000 - Number(t)) > 300) return res.writeHead(400).end("bad signature");
      if (failures-- > 0) return res.writeHead(500).end();
      events.push(JSON.parse(body) as LabEvent);
      res.writeHead(200).end();
    });
  });
  await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
  open.push({ close: () => new Promise<void>((r) => server.close(() => r())) });
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/hook`, events };
}

async function lab(opts: PrintLabOptions = {}) {
  const l = await startPrintLab({ stepMs: 3_600_000, fetchPrintFiles: false, retryScheduleMs: [30], log: () => {}, ...opts });
  open.push(l);
  return l;
}

async function api(l: PrintLab, method: string, p: string, body?: unknown, key = DEFAULT_API_KEY) {
  const res = await fetch(`${l.url}${p}`, {
    method,
    headers: { authorization: `Bearer ${key}`, "content-type": "application/json" },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  return { status: res.status, headers: res.headers, body: (await res.json()) as Record<string, unknown> };
}

const order = (externalId: string, printFileUrl = "https://atelier.example/print.png") => ({
  external_id: externalId,
  recipient: { name: "Ada Buyer", address1: "1 Quay Street", city: "Galway", country_code: "IE", zip: "H91 X2Y3" },
  items: [{ variant_code: "giclee-a3", quantity: 1, print_file_url: printFileUrl, name: "Sea at Dusk, A3" }],
});

const until = async (check: () => boolean, ms = 5_000) => {
  const end = Date.now() + ms;
  while (!check()) {
    if (Date.now() > end) throw new Error("timed out");
    await new Promise((r) => setTimeout(r, 10));
  }
};

describe("local print lab: the API", () => {
  it("creates an order once per external id (a repeat answers the first), refuses other contents, a bad key and bad fields", async () => {
    const l = await lab();
    const first = await api(l, "POST", "/v1/orders", order("atl-1"));
    expect(first.status).toBe(201);
    expect(first.body).toMatchObject({ object: "print_order", external_id: "atl-1", status: "created", shipment: null });
    const again = await api(l, "POST", "/v1/orders", order("atl-1"));
    expect(again.status).toBe(200);
    expect(again.headers.get("idempotent-replayed")).toBe("true");
    expect(again.body.id).toBe(first.body.id);
    expect((await api(l, "POST", "/v1/orders", { ...order("atl-1"), items: [{ ...order("atl-1").items[0]!, quantity: 2 }] })).status).toBe(409);
    expect((await api(l, "GET", `/v1/orders/${encodeURIComponent("@atl-1")}`)).body.id).toBe(first.body.id);
    expect((await api(l, "GET", "/v1/orders/plo_nope")).status).toBe(404);
    expect((await api(l, "GET", `/v1/orders/${String(first.body.id)}`, undefined, "wrong")).status).toBe(401);
    const bad = await api(l, "POST", "/v1/orders", { ...order("atl-2"), recipient: { ...order("atl-2").recipient, country_code: "Ireland" } });
    expect(bad).toMatchObject({ status: 400, body: { error: { code: "parameter_invalid", field: "recipient.country_code" } } });
    expect((await api(l, "POST", "/v1/orders", { ...order("atl-3"), items: [] })).body).toMatchObject({ error: { field: "items" } });
  });

  it("cancels only before production starts", async () => {
    const l = await lab();
    await api(l, "POST", "/v1/orders", order("atl-c1"));
    expect((await api(l, "POST", `/v1/orders/${encodeURIComponent("@atl-c1")}/cancel`)).body).toMatchObject({ status: "cancelled" });
    await api(l, "POST", "/v1/orders", order("atl-c2"));
    await l.advance("@atl-c2");
    const refused = await api(l, "POST", `/v1/orders/${encodeURIComponent("@atl-c2")}/cancel`);
    expect(refused).toMatchObject({ status: 409, body: { error: { code: "not_cancellable" } } });
    expect(l.order("@atl-c2")?.status).toBe("in_production");
  });
});

describe("local print lab: the timer and the webhooks", () => {
  it("moves an order created → in production → shipped → delivered on its own, with a carrier and tracking, each step a signed webhook", async () => {
    const hook = await receiver();
    const l = await lab({ stepMs: 40, webhooks: [{ url: hook.url, secret: SECRET }] });
    await api(l, "POST", "/v1/orders", order("atl-t1"));
    await until(() => hook.events.length === 4);
    // deliveries run concurrently (a busy machine may reorder them; the app applies them only forward): every step once
    expect(hook.events.map((e) => e.type).sort()).toEqual(["order.created", "order.delivered", "order.in_production", "order.shipped"]);
    const delivered = hook.events.find((e) => e.type === "order.delivered")!.data.order;
    expect(delivered).toMatchObject({
      status: "delivered",
      shipment: { carrier: "Simulated Post", tracking_number: expect.stringMatching(/^SIM-\d{4}-\d{4}-\d{4}$/) },
    });
    const page = await fetch(delivered.shipment!.tracking_url);
    expect(page.status).toBe(200);
    expect(await page.text()).toContain("Status: delivered");
  });

  it("retries a delivery the receiver failed, and a resend is the same event again", async () => {
    const hook = await receiver({ failFirst: 1 });
    const l = await lab({ webhooks: [{ url: hook.url, secret: SECRET }] });
    await api(l, "POST", "/v1/orders", order("atl-r1"));
    await l.flushWebhooks();
    expect(hook.events.map((e) => e.type)).toEqual(["order.created"]);
    expect(l.deliveries()[0]).toMatchObject({ attempts: 2, state: "delivered" });
    l.resend(hook.events[0]!.id);
    await l.flushWebhooks();
    expect(hook.events.map((e) => e.id)).toEqual([hook.events[0]!.id, hook.events[0]!.id]);
  });

  it("fails an order whose print file cannot be downloaded when production starts", async () => {
    const hook = await receiver();
    const l = await lab({ fetchPrintFiles: true, webhooks: [{ url: hook.url, secret: SECRET }] });
    await api(l, "POST", "/v1/orders", order("atl-f1", "http://127.0.0.1:9/missing.png"));
    const failed = await l.advance("@atl-f1");
    expect(failed).toMatchObject({ status: "failed", failure_reason: expect.stringMatching(/print file for giclee-a3 could not be downloaded/) });
    await l.flushWebhooks();
    expect(hook.events.map((e) => e.type)).toEqual(["order.created", "order.failed"]);
  });

  it("keeps orders, timers and pending deliveries in its state file across a restart", async () => {
    const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), "print-lab-")), "state.json");
    const first = await startPrintLab({ stateFile: file, stepMs: 300, fetchPrintFiles: false, log: () => {} });
    await api(first, "POST", "/v1/orders", order("atl-p1"));
    await first.close();
    const second = await lab({ stateFile: file, stepMs: 300 });
    expect(second.order("@atl-p1")?.status).toBe("created");
    await until(() => second.order("@atl-p1")?.status === "in_production", 3_000);
  });
});
