/**
 * Webhook ingest throughput: the app's POST /api/webhooks/stripe handler (verify signature → store
 * once → hand to the job queue) served by node:http, loaded by autocannon in this process. Next to
 * it, in the same run: the same server answering without doing anything (HTTP floor) and answering
 * after signature verification only — so the ratios show what storing and enqueuing cost.
 */
import { handleStripeWebhook } from "@atelier/api";
import { applyMigrations, createDb, type Db } from "@atelier/db";
import { allFunctions, createInProcessSender } from "@atelier/jobs";
import autocannon from "autocannon";
import http from "node:http";
import type { AddressInfo } from "node:net";
import Stripe from "stripe";

const SECRET = "whsec_bench_secret";
const DURATION_S = 10;
const CONNECTIONS = 10;
const DUPLICATES = 1_000;
const stripe = new Stripe("sk_test_bench_verifies_only");

export interface WebhookRow {
  target: string;
  name: string;
  perSecond: number;
  p50: number;
  p99: number;
  ok: number;
  failed: number;
}

let seq = 0;
function signedEvent(id = `evt_bench_${process.pid}_${++seq}`) {
  const body = JSON.stringify({
    id,
    object: "event",
    type: "payout.paid",
    api_version: "2026-10-28.endive",
    created: Math.floor(Date.now() / 1000),
    livemode: false,
    account: "acct_bench",
    pending_webhooks: 1,
    request: { id: null, idempotency_key: null },
    data: { object: { id: `po_${seq}`, object: "payout", amount: 12_345, currency: "eur", status: "paid" } },
  });
  return { body, signature: stripe.webhooks.generateTestHeaderString({ payload: body, secret: SECRET }) };
}

function startServer(db: Db) {
  const events = createInProcessSender(db, { functions: allFunctions });
  const deps = { db, stripe, webhookSecret: SECRET, events, now: () => new Date() };
  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on("data", (c: Buffer) => chunks.push(c));
    req.on("end", () => {
      const body = Buffer.concat(chunks);
      const reply = (status: number, text: string) => {
        res.writeHead(status, { "content-type": "application/json" });
        res.end(text);
      };
      if (req.url === "/noop") return reply(200, '{"received":true}');
      if (req.url === "/verify") {
        try {
          stripe.webhooks.constructEvent(body, String(req.headers["stripe-signature"]), SECRET, 300);
          return reply(200, '{"received":true}');
        } catch {
          return reply(400, '{"error":"signature"}');
        }
      }
      const request = new Request("http://bench/api/webhooks/stripe", {
        method: "POST",
        body,
        headers: { "stripe-signature": String(req.headers["stripe-signature"] ?? "") },
      });
      void handleStripeWebhook(request, deps).then(async (r) => reply(r.status, await r.text()));
    });
  });
  return new Promise<{ url: string; close: () => Promise<void> }>((resolve) =>
    server.listen(0, "127.0.0.1", () =>
      resolve({ url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, close: () => new Promise((r) => server.close(() => r())) }),
    ),
  );
}

async function load(url: string, opts: { amount?: number; same?: { body: string; signature: string } }) {
  const result = await autocannon({
    url,
    connections: CONNECTIONS,
    ...(opts.amount ? { amount: opts.amount } : { duration: DURATION_S }),
    requests: [
      {
        method: "POST",
        setupRequest: (req) => {
          const e = opts.same ?? signedEvent();
          return { ...req, body: e.body, headers: { ...req.headers, "content-type": "application/json", "stripe-signature": e.signature } };
        },
      },
    ],
  });
  return result;
}

export async function benchWebhooks(target: string, url: string, log: (l: string) => void): Promise<WebhookRow[]> {
  await applyMigrations(url);
  const db = createDb({ connectionString: url, max: 10 });
  const server = await startServer(db);
  const rows: WebhookRow[] = [];
  try {
    for (const [name, path] of [
      ["HTTP only (floor)", "/noop"],
      ["verify signature", "/verify"],
      ["verify + store once + enqueue", "/ingest"],
    ] as const) {
      const before = await db.stripeEvent.count();
      const r = await load(`${server.url}${path}`, {});
      rows.push({ target, name, perSecond: r.requests.average, p50: r.latency.p50, p99: r.latency.p99, ok: r["2xx"], failed: r.non2xx + r.errors });
      if (path === "/ingest") {
        const stored = (await db.stripeEvent.count()) - before;
        const runs = await db.jobRun.count({ where: { functionId: "sync-payout" } });
        log(
          `${target}: ${r["2xx"]} accepted deliveries → ${stored} StripeEvent rows, ${runs} queued sync-payout runs (non-2xx ${r.non2xx}, errors ${r.errors})`,
        );
      }
    }
    const same = signedEvent();
    const dup = await load(`${server.url}/ingest`, { amount: DUPLICATES, same });
    const id = (JSON.parse(same.body) as { id: string }).id;
    const row = await db.stripeEvent.findUnique({ where: { id } });
    const runs = await db.jobRun.count({ where: { eventId: id } });
    log(
      `${target}: one event delivered ${DUPLICATES}× over ${CONNECTIONS} connections → ${dup["2xx"]} × 2xx, ${await db.stripeEvent.count({ where: { id } })} row (deliveries = ${row?.deliveries}), ${runs} job run`,
    );
    rows.push({
      target,
      name: `same event ${DUPLICATES}× (duplicates)`,
      perSecond: dup.requests.average,
      p50: dup.latency.p50,
      p99: dup.latency.p99,
      ok: dup["2xx"],
      failed: dup.non2xx + dup.errors,
    });
  } finally {
    await server.close();
    await db.$disconnect();
  }
  return rows;
}

export function printWebhookTable(rows: WebhookRow[]) {
  console.log(`\nWebhook ingest: autocannon, ${CONNECTIONS} connections, ${DURATION_S} s per row (in this process, sharing its cores); latency in ms`);
  console.log(
    `${"database".padEnd(11)} ${"handler".padEnd(32)} ${"events/s".padStart(9)} ${"× floor".padStart(8)} ${"p50".padStart(6)} ${"p99".padStart(6)} ${"2xx".padStart(7)} ${"failed".padStart(7)}`,
  );
  for (const r of rows) {
    const floor = rows.find((x) => x.target === r.target && x.name.startsWith("HTTP only"))?.perSecond ?? r.perSecond;
    console.log(
      `${r.target.padEnd(11)} ${r.name.padEnd(32)} ${r.perSecond.toFixed(0).padStart(9)} ${`${(r.perSecond / floor).toFixed(3)}×`.padStart(8)} ${String(r.p50).padStart(6)} ${String(r.p99).padStart(6)} ${String(r.ok).padStart(7)} ${String(r.failed).padStart(7)}`,
    );
  }
}
