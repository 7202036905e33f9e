/**
 * Webhook ingest throughput: the app's POST /api/webhooks/stripe handler (verify signature → store
 * once → hand to the job queue) served by node:http, loaded by autocannon in this process. Next to
 * it, in the same run and interleaved with it (ROUNDS rounds of SLICE_S seconds per handler, so the
 * machine's drift hits every row alike): the same server answering without doing anything (HTTP
 * floor), after signature verification only, and the ingest as it was before issue 11 (an
 * interactive Prisma transaction, kept here as the reference) — so the ratios show what storing and
 * enqueuing cost, and what the one-statement ingest saves.
 */
import { handleStripeWebhook } from "@atelier/api";
import { SIGNATURE_TOLERANCE_SECONDS, type WebhookDeps } from "@atelier/core/payments/webhook-ingest";
import { applyMigrations, createDb, type Db } from "@atelier/db";
import { stripeCatalogueEvent, stripeEventName } from "@atelier/events";
import { allFunctions, createInProcessSender } from "@atelier/jobs";
import autocannon from "autocannon";
import http from "node:http";
import type { AddressInfo } from "node:net";
import Stripe from "stripe";

const SECRET = "whsec_bench_secret";
const ROUNDS = 3;
const SLICE_S = 4;
const CONNECTIONS = 10;
/** the app's pool size (createDb's default, which getDb uses) */
const POOL = 10;
const DUPLICATES = 1_000;
const stripe = new Stripe("sk_test_bench_verifies_only");

export interface WebhookRow {
  target: string;
  name: string;
  perSecond: number;
  p50: number;
  p95: number;
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

/**
 * The reference: verify, then BEGIN → upsert StripeEvent → createMany JobRun → COMMIT through an
 * interactive Prisma transaction (four round trips), as the ingest did before issue 11.
 */
async function ingestAsBefore(deps: WebhookDeps, body: Buffer, signature: string) {
  const event = deps.stripe.webhooks.constructEvent(body, signature, deps.webhookSecret, SIGNATURE_TOLERANCE_SECONDS);
  const handled = deps.events.consumes(stripeEventName(event.type));
  const object = event.data.object as { id?: string };
  const handOver = handled
    ? stripeCatalogueEvent({ stripeEventId: event.id, type: event.type, account: event.account ?? null, objectId: object.id ?? null }, event.id)
    : null;
  const now = deps.now();
  return deps.db.$transaction(async (tx) => {
    const [row] = await tx.$queryRaw<{ inserted: boolean }[]>`
      INSERT INTO "StripeEvent" ("id", "type", "account", "livemode", "apiVersion", "payload", "status", "stripeCreatedAt", "receivedAt", "processedAt", "enqueuedAt")
      VALUES (${event.id}, ${event.type}, ${event.account ?? null}, ${event.livemode}, ${event.api_version ?? null}, ${JSON.stringify(event)}::jsonb,
              ${handled ? "RECEIVED" : "IGNORED"}::"StripeEventStatus", ${new Date(event.created * 1000)}, ${now}, ${handled ? null : now}, ${handOver ? now : null})
      ON CONFLICT ("id") DO UPDATE SET "deliveries" = "StripeEvent"."deliveries" + 1
      RETURNING (xmax = 0) AS "inserted"`;
    if (row?.inserted && handOver) (await deps.events.enqueueInTransaction!(tx, handOver))();
    return { id: event.id, duplicate: !row?.inserted };
  });
}

function startServer(db: Db) {
  const events = createInProcessSender(db, { functions: allFunctions });
  const deps = { db, stripe, webhookSecret: SECRET, events, now: () => new Date() };
  let inFlight = 0;
  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on("data", (c: Buffer) => chunks.push(c));
    req.on("end", () => {
      const body = Buffer.concat(chunks);
      const signature = String(req.headers["stripe-signature"] ?? "");
      const reply = (status: number, text: string) => {
        res.writeHead(status, { "content-type": "application/json" });
        res.end(text);
      };
      if (req.url === "/noop") return reply(200, '{"received":true}');
      if (req.url === "/verify") {
        try {
          stripe.webhooks.constructEvent(body, signature, SECRET, SIGNATURE_TOLERANCE_SECONDS);
          return reply(200, '{"received":true}');
        } catch {
          return reply(400, '{"error":"signature"}');
        }
      }
      const request = new Request("http://bench/api/webhooks/stripe", { method: "POST", body, headers: { "stripe-signature": signature } });
      const response =
        req.url === "/before"
          ? request
              .arrayBuffer()
              .then((raw) => ingestAsBefore(deps, Buffer.from(raw), signature))
              .then(
                (r) => Response.json({ received: true, ...r }),
                () => Response.json({ error: "failed" }, { status: 500 }),
              )
          : handleStripeWebhook(request, deps);
      inFlight++;
      void response.then(async (r) => reply(r.status, await r.text())).finally(() => inFlight--);
    });
  });
  /** resolves once no request is being handled (autocannon stops without waiting for the last answers) */
  const settled = async () => {
    while (inFlight > 0) await new Promise((r) => setTimeout(r, 10));
  };
  return new Promise<{ url: string; settled: () => Promise<void>; close: () => Promise<void> }>((resolve) =>
    server.listen(0, "127.0.0.1", () =>
      resolve({
        url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
        settled,
        close: () => new Promise((r) => server.close(() => r())),
      }),
    ),
  );
}

interface Tally {
  ok: number;
  failed: number;
  seconds: number;
  latencies: number[];
}

/** One autocannon run; every response's latency (ms, fractional) is kept so rounds can be pooled. */
async function load(url: string, tally: Tally, opts: { amount?: number; same?: { body: string; signature: string } }) {
  const started = performance.now();
  const options: autocannon.Options = {
    url,
    connections: CONNECTIONS,
    ...(opts.amount ? { amount: opts.amount } : { duration: SLICE_S }),
    requests: [
      {
        method: "POST",
        setupRequest: (req) => {
          const e = opts.same ?? signedEvent();
          return { ...req, body: e.body, headers: { ...req.headers, "content-type": "application/json", "stripe-signature": e.signature } };
        },
      },
    ],
  };
  const r = await new Promise<autocannon.Result>((resolve, reject) => {
    const instance = autocannon(options, (err, result) => (err ? reject(err) : resolve(result)));
    instance.on("response", (_client, status, _bytes, ms) => {
      if (status >= 200 && status < 300) {
        tally.ok++;
        tally.latencies.push(ms);
      } else tally.failed++;
    });
  });
  tally.failed += r.errors; // connection errors, timeouts included
  tally.seconds += (performance.now() - started) / 1000;
}

function row(target: string, name: string, t: Tally): WebhookRow {
  const s = [...t.latencies].sort((a, b) => a - b);
  const at = (p: number) => s[Math.min(s.length - 1, Math.floor(p * s.length))] ?? NaN;
  return { target, name, perSecond: t.ok / t.seconds, p50: at(0.5), p95: at(0.95), p99: at(0.99), ok: t.ok, failed: t.failed };
}

const HANDLERS = [
  ["HTTP only (floor)", "/noop"],
  ["verify signature", "/verify"],
  ["before: interactive transaction", "/before"],
  ["verify + store once + enqueue", "/ingest"],
] as const;

export async function benchWebhooks(target: string, url: string, log: (l: string) => void): Promise<WebhookRow[]> {
  await applyMigrations(url);
  const db = createDb({ connectionString: url, max: POOL });
  const server = await startServer(db);
  const tallies = HANDLERS.map((): Tally => ({ ok: 0, failed: 0, seconds: 0, latencies: [] }));
  try {
    const before = await db.stripeEvent.count();
    const runsBefore = await db.jobRun.count({ where: { functionId: "sync-payout" } });
    for (let round = 0; round < ROUNDS; round++) {
      for (const [i, [, path]] of HANDLERS.entries()) await load(`${server.url}${path}`, tallies[i]!, {});
    }
    await server.settled();
    const accepted = tallies[2]!.ok + tallies[3]!.ok;
    const stored = (await db.stripeEvent.count()) - before;
    const runs = (await db.jobRun.count({ where: { functionId: "sync-payout" } })) - runsBefore;
    const failed = tallies[2]!.failed + tallies[3]!.failed;
    log(`${target}: ${accepted} accepted deliveries (both ingests) → ${stored} StripeEvent rows, ${runs} queued sync-payout runs (failed ${failed})`);
    if (runs !== stored) throw new Error(`${target}: ${stored} events stored but ${runs} runs queued`);

    const same = signedEvent();
    const dup: Tally = { ok: 0, failed: 0, seconds: 0, latencies: [] };
    await load(`${server.url}/ingest`, dup, { amount: DUPLICATES, same });
    await server.settled();
    const id = (JSON.parse(same.body) as { id: string }).id;
    const stored1 = await db.stripeEvent.findUnique({ where: { id } });
    const runs1 = await db.jobRun.count({ where: { eventId: id } });
    log(
      `${target}: one event delivered ${DUPLICATES}× over ${CONNECTIONS} connections → ${dup.ok} × 2xx, ${await db.stripeEvent.count({ where: { id } })} row (deliveries = ${stored1?.deliveries}), ${runs1} job run`,
    );
    if (stored1?.deliveries !== DUPLICATES || runs1 !== 1) throw new Error(`${target}: duplicates were not stored once and handed over once`);
    return [...HANDLERS.map(([name], i) => row(target, name, tallies[i]!)), row(target, `same event ${DUPLICATES}× (duplicates)`, dup)];
  } finally {
    await server.close();
    await db.$disconnect();
  }
}

export function printWebhookTable(rows: WebhookRow[]) {
  console.log(
    `\nWebhook ingest: autocannon, ${CONNECTIONS} connections, pool ${POOL}, ${ROUNDS} interleaved rounds × ${SLICE_S} s per row (in this process, sharing its cores); latency in ms`,
  );
  const f = (n: number) => n.toFixed(2).padStart(7);
  console.log(
    `${"database".padEnd(11)} ${"handler".padEnd(32)} ${"events/s".padStart(9)} ${"× floor".padStart(8)} ${"p50".padStart(7)} ${"p95".padStart(7)} ${"p99".padStart(7)} ${"2xx".padStart(7)} ${"failed".padStart(7)}`,
  );
  for (const r of rows) {
    const floor = rows.find((x) => x.target === r.target && x.name.startsWith("HTTP only"))?.perSecond ?? r.perSecond;
    console.log(
      `${r.target.padEnd(11)} ${r.name.padEnd(32)} ${r.perSecond.toFixed(0).padStart(9)} ${`${(r.perSecond / floor).toFixed(3)}×`.padStart(8)} ${f(r.p50)} ${f(r.p95)} ${f(r.p99)} ${String(r.ok).padStart(7)} ${String(r.failed).padStart(7)}`,
    );
  }
  const pairs = [...new Set(rows.map((r) => r.target))].flatMap((t) => {
    const b = rows.find((r) => r.target === t && r.name.startsWith("before"));
    const a = rows.find((r) => r.target === t && r.name.startsWith("verify + store"));
    return a && b ? [`${t} ${(a.perSecond / b.perSecond).toFixed(2)}×`] : [];
  });
  console.log(`one-statement ingest vs the interactive transaction (same run): ${pairs.join(", ")}`);
}
