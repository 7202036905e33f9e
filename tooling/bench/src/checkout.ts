/**
 * `pnpm bench checkout` (issue 11): checkout.create through the real tRPC caller against the Stripe
 * sandbox next to the same hold + order + item writes sent alone through `pg` in one transaction, with
 * the part spent in the sandbox's session creation; the 50-way race for one original (PostgreSQL only:
 * PGlite runs one session at a time); and webhook → PAID latency with the in-process worker (startWorker,
 * woken by the queue) behind the app's webhook handler served by node:http, as the sandbox delivers.
 */
import { appRouter, createContext, handleStripeWebhook } from "@atelier/api";
import { sandboxStripe, type PaymentsConfig } from "@atelier/core/payments";
import { applyMigrations, createDb, type Db } from "@atelier/db";
import { allFunctions, createInProcessSender, outboxMailer, startWorker, type Worker } from "@atelier/jobs";
import { startStripeSandbox, type StripeSandbox } from "@atelier/stripe-sandbox";
import crypto from "node:crypto";
import http from "node:http";
import type { AddressInfo } from "node:net";
import { performance } from "node:perf_hooks";
import pg from "pg";
import type { Stats } from "./measure.ts";

const ITERATIONS = 100;
const WARMUP = 10;
const RACERS = 50;
const ROUNDS = 20;
const PAID_ORDERS = 30;
const SECRET = "whsec_bench_checkout";
const PRICE = 123_457;
const SHIPPING = 2_500;

export interface CheckoutRow {
  target: string;
  name: string;
  stats: Stats;
  /** what the ratio column compares this row with */
  against?: Stats;
  note?: string;
}

const stats = (xs: number[]): Stats => {
  const s = [...xs].sort((a, b) => a - b);
  const at = (p: number) => s[Math.min(s.length - 1, Math.floor(p * s.length))]!;
  return { p50: at(0.5), p95: at(0.95) };
};

interface World {
  sandbox: StripeSandbox;
  payments: PaymentsConfig;
  events: ReturnType<typeof createInProcessSender>;
  /** arrival time (performance.now, Date.now) of each session's checkout.session.completed delivery */
  completedAt: Map<string, { perf: number; wall: number }>;
  setWorker(w: Worker | null): void;
  close(): Promise<void>;
}

/** The sandbox, delivering its signed webhooks to the app's handler served by node:http (as webhooks.ts does). */
async function startWorld(db: Db): Promise<World> {
  let worker: Worker | null = null;
  const events = createInProcessSender(db, { functions: allFunctions, onQueued: () => worker?.wake() });
  const completedAt = new Map<string, { perf: number; wall: number }>();
  let payments: PaymentsConfig | null = null;
  const receiver = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on("data", (c: Buffer) => chunks.push(c));
    req.on("end", () => {
      const at = { perf: performance.now(), wall: Date.now() };
      const body = Buffer.concat(chunks);
      const event = JSON.parse(body.toString("utf8")) as { type: string; data: { object: { id: string } } };
      if (event.type === "checkout.session.completed" && !completedAt.has(event.data.object.id)) completedAt.set(event.data.object.id, at);
      const request = new Request("http://bench/api/webhooks/stripe", {
        method: "POST",
        body,
        headers: { "stripe-signature": String(req.headers["stripe-signature"]) },
      });
      void handleStripeWebhook(request, payments && { db, stripe: payments.stripe, webhookSecret: SECRET, events, now: () => new Date() }).then(async (r) => {
        res.writeHead(r.status, { "content-type": "application/json" });
        res.end(await r.text());
      });
    });
  });
  await new Promise<void>((resolve) => receiver.listen(0, "127.0.0.1", resolve));
  const sandbox = await startStripeSandbox({
    webhooks: [{ url: `http://127.0.0.1:${(receiver.address() as AddressInfo).port}/`, secret: SECRET }],
    retryScheduleMs: [50, 100, 200, 400],
    payoutDelayMs: 3_600_000,
    log: () => {},
  });
  payments = { mode: "sandbox", stripe: sandboxStripe(sandbox.url, { maxNetworkRetries: 0 }), webhookSecret: SECRET };
  return {
    sandbox,
    payments,
    events,
    completedAt,
    setWorker: (w) => (worker = w),
    async close() {
      await sandbox.close();
      await new Promise<void>((r) => receiver.close(() => r()));
    },
  };
}

let seq = 0;
const user = (db: Db, roles: ("ARTIST" | "BUYER")[], name: string) =>
  db.user.create({ data: { email: `bench-${process.pid}-${++seq}@bench.atelier`, name, roles: { create: roles.map((role) => ({ role })) } } });

/** An approved Irish artist with a complete Connect account row (what checkout requires of a seller). */
async function makeSeller(db: Db) {
  const u = await user(db, ["ARTIST", "BUYER"], "Bench Artist");
  const k = ++seq;
  const profile = await db.artistProfile.create({
    data: { userId: u.id, displayName: `Bench Artist ${k}`, slug: `bench-artist-${k}-${u.id.slice(-8)}`, country: "IE" },
  });
  await db.connectAccount.create({
    data: {
      userId: u.id,
      stripeAccountId: `acct_bench_${k}_${u.id.slice(-8)}`,
      country: "IE",
      detailsSubmitted: true,
      chargesEnabled: true,
      payoutsEnabled: true,
    },
  });
  return { userId: u.id, profileId: profile.id };
}

function makeOriginal(db: Db, profileId: string, title = `Bench Work ${++seq}`) {
  const k = ++seq;
  return db.artwork.create({
    data: {
      artistId: profileId,
      slug: `bench-work-${k}-${profileId.slice(-6)}`,
      title,
      medium: "Oil on canvas",
      widthTenths: 500,
      heightTenths: 700,
      priceAmount: PRICE,
      currency: "EUR",
      kind: "ORIGINAL",
      status: "PUBLISHED",
      publishedAt: new Date(),
      shippingDomestic: SHIPPING,
      shippingInternational: 6_000,
    },
  });
}

/** A signed-in buyer's real tRPC caller with one work in the cart, shipping to Ireland. */
async function buyerWithCart(db: Db, world: World, artworkId: string) {
  const buyer = await user(db, ["BUYER"], "Bench Collector");
  const ctx = await createContext({
    db,
    headers: new Headers(),
    getSessionUserId: async () => buyer.id,
    clientIp: `198.51.100.${(seq % 250) + 1}`,
    events: world.events,
    appUrl: "http://atelier.bench",
    payments: world.payments,
  });
  const caller = appRouter.createCaller(ctx);
  await caller.cart.add({ artworkId });
  await caller.cart.setShipTo({ country: "IE" });
  return { id: buyer.id, caller };
}

/** The writes of checkout.create alone: the conditional hold, the order and its item, in one pg transaction. */
async function sqlAlone(pool: pg.Pool, buyerId: string, sellerId: string, artworkId: string) {
  const c = await pool.connect();
  try {
    await c.query("BEGIN");
    const held = await c.query(
      `UPDATE "Artwork" SET "unitsHeld" = "unitsHeld" + $2, "updatedAt" = now()
       WHERE id = $1 AND status = 'PUBLISHED' AND "editionsSold" + "unitsHeld" + $2 <= CASE WHEN kind = 'ORIGINAL' THEN 1 ELSE COALESCE("editionSize", 0) END`,
      [artworkId, 1],
    );
    if (held.rowCount !== 1) throw new Error("the SQL-alone hold was refused");
    const orderId = crypto.randomUUID();
    const commission = Math.floor(PRICE / 2);
    await c.query(
      `INSERT INTO "Order" (id, number, "buyerId", currency, "shipTo", "expiresAt", "itemsAmount", "shippingAmount", "totalAmount", "commissionAmount", "updatedAt")
       VALUES ($1, $2, $3, 'EUR', 'IE', now() + interval '31 minutes', $4, $5, $6, $7, now())`,
      [orderId, `BX-${crypto.randomBytes(5).toString("hex")}`, buyerId, PRICE, SHIPPING, PRICE + SHIPPING, commission],
    );
    await c.query(
      `INSERT INTO "OrderItem" (id, "orderId", "artworkId", "sellerId", title, kind, quantity, "unitAmount", "subtotalAmount", "shippingAmount", "commissionBps", "commissionAmount", "artistAmount", "updatedAt")
       VALUES ($1, $2, $3, $4, 'Bench Work', 'ORIGINAL', 1, $5, $5, $6, 5000, $7, $8, now())`,
      [crypto.randomUUID(), orderId, artworkId, sellerId, PRICE, SHIPPING, commission, PRICE - commission + SHIPPING],
    );
    await c.query("COMMIT");
  } catch (e) {
    await c.query("ROLLBACK");
    throw e;
  } finally {
    c.release();
  }
}

/** 1. checkout.create through tRPC next to the same writes alone, alternately; each with a fresh buyer and work prepared untimed. */
async function benchCreate(target: string, db: Db, url: string, world: World, log: (l: string) => void): Promise<CheckoutRow[]> {
  const pool = new pg.Pool({ connectionString: url, max: 1 });
  const seller = await makeSeller(db);
  const sessions = world.payments.stripe.checkout.sessions;
  const create = sessions.create.bind(sessions);
  let stripeMs = 0;
  sessions.create = (async (...args: Parameters<typeof create>) => {
    const t = performance.now();
    try {
      return await create(...args);
    } finally {
      stripeMs = performance.now() - t;
    }
  }) as typeof sessions.create;
  const trpc: number[] = [];
  const sql: number[] = [];
  const stripe: number[] = [];
  for (let i = 0; i < WARMUP + ITERATIONS; i++) {
    const work = await makeOriginal(db, seller.profileId);
    const buyer = await buyerWithCart(db, world, work.id);
    const sqlWork = await makeOriginal(db, seller.profileId);
    const sqlBuyer = await user(db, ["BUYER"], "Bench SQL Collector");
    let t = performance.now();
    const opened = await buyer.caller.checkout.create({ currency: "EUR" });
    const ms = performance.now() - t;
    if (opened.resumed || !opened.url) throw new Error("checkout.create did not open a new checkout");
    t = performance.now();
    await sqlAlone(pool, sqlBuyer.id, seller.userId, sqlWork.id);
    if (i < WARMUP) continue;
    trpc.push(ms);
    sql.push(performance.now() - t);
    stripe.push(stripeMs);
  }
  sessions.create = create;
  await pool.end();
  log(`${target}: ${WARMUP + ITERATIONS} checkouts opened through tRPC, as many hold+order+item transactions through pg`);
  const s = stats(sql);
  const st = stats(stripe);
  const rest = stats(trpc.map((x, i) => x - stripe[i]!));
  return [
    { target, name: "checkout.create (tRPC + sandbox)", stats: stats(trpc), against: s },
    { target, name: "  of which Stripe session create", stats: st, against: s },
    { target, name: "  of which the app (tRPC − Stripe)", stats: rest, against: s },
    { target, name: "same SQL alone (pg, 1 transaction)", stats: s, against: s },
  ];
}

/** 2. RACERS buyers check out one original at once, ROUNDS times; exactly one must win each round. */
async function benchRace(target: string, db: Db, url: string, world: World, log: (l: string) => void): Promise<CheckoutRow[]> {
  const wide = createDb({ connectionString: url, max: RACERS });
  const times: number[] = [];
  try {
    for (let round = 0; round < ROUNDS; round++) {
      const seller = await makeSeller(db);
      const work = await makeOriginal(db, seller.profileId, `Only One ${round}`);
      const buyers = await Promise.all(Array.from({ length: RACERS }, () => buyerWithCart(wide, world, work.id)));
      const t = performance.now();
      const results = await Promise.allSettled(buyers.map((b) => b.caller.checkout.create({ currency: "EUR" })));
      const ms = performance.now() - t;
      times.push(ms);
      const won = results.flatMap((r, i) => (r.status === "fulfilled" ? [{ i, number: r.value.number }] : []));
      const refused = results.filter((r) => r.status === "rejected" && String((r.reason as Error).message).includes("is no longer available")).length;
      const held = await db.artwork.findUniqueOrThrow({ where: { id: work.id }, select: { unitsHeld: true } });
      const items = await db.orderItem.count({ where: { artworkId: work.id } });
      log(
        `${target} race round ${String(round + 1).padStart(2)}: winner buyer #${won.map((w) => w.i).join(",")} (${won.map((w) => w.number).join(",")}), ${refused} refused "no longer available", unitsHeld ${held.unitsHeld}, ${items} order item, ${ms.toFixed(1)} ms`,
      );
      if (won.length !== 1 || refused !== RACERS - 1 || held.unitsHeld !== 1 || items !== 1)
        throw new Error(`${target}: race round ${round + 1} did not have exactly one winner`);
    }
  } finally {
    await wide.$disconnect();
  }
  const perSecond = ROUNDS / (times.reduce((a, b) => a + b, 0) / 1000);
  return [
    {
      target,
      name: `${RACERS}-way race, time to decide`,
      stats: stats(times),
      note: `${perSecond.toFixed(1)} rounds/s, exactly 1 winner in ${ROUNDS}/${ROUNDS} rounds`,
    },
  ];
}

/** 3. Pay in the sandbox; from the checkout.session.completed delivery to Order.status = PAID with the in-process worker. */
async function benchPaid(target: string, db: Db, world: World, log: (l: string) => void): Promise<CheckoutRow[]> {
  const worker = startWorker(db, {
    deps: { db, mailer: outboxMailer, stripe: world.payments.stripe, appUrl: "http://atelier.bench", events: world.events },
    onError: (e) => log(`worker error: ${String(e)}`),
  });
  world.setWorker(worker);
  const seller = await makeSeller(db);
  const observed: number[] = [];
  const byPaidAt: number[] = [];
  try {
    for (let i = 0; i < PAID_ORDERS; i++) {
      const work = await makeOriginal(db, seller.profileId);
      const buyer = await buyerWithCart(db, world, work.id);
      const opened = await buyer.caller.checkout.create({ currency: "EUR" });
      const sessionId = opened.url.split("/").pop()!;
      const res = await fetch(`${world.sandbox.url}/__sandbox/checkout/sessions/${sessionId}/pay`, {
        method: "POST",
        headers: { "content-type": "application/x-www-form-urlencoded" },
        body: new URLSearchParams({
          card_number: "4242424242424242",
          shipping_name: "Nora Collector",
          shipping_line1: "12 Harbour Road",
          shipping_city: "Dublin",
          shipping_postal_code: "D02 X285",
          shipping_country: "IE",
        }).toString(),
      });
      if (res.status !== 200) throw new Error(`sandbox pay answered ${res.status}: ${await res.text()}`);
      const deadline = performance.now() + 10_000;
      let paidAt: Date | null = null;
      while (!paidAt) {
        if (performance.now() > deadline) throw new Error(`${target}: order ${opened.number} not PAID within 10 s`);
        const o = await db.order.findUniqueOrThrow({ where: { id: opened.orderId }, select: { status: true, paidAt: true } });
        if (o.status === "PAID") paidAt = o.paidAt;
        else await new Promise((r) => setTimeout(r, 2));
      }
      const seen = performance.now();
      const at = world.completedAt.get(sessionId);
      if (!at) throw new Error(`${target}: PAID before checkout.session.completed arrived`);
      observed.push(seen - at.perf);
      byPaidAt.push(paidAt!.getTime() - at.wall);
      // let the order's follow-up jobs (receipts…) finish so the next order starts on an idle worker
      await world.sandbox.flushWebhooks({ timeoutMs: 10_000 });
      while (worker.active > 0) await new Promise((r) => setTimeout(r, 5));
    }
  } finally {
    await worker.stop();
    world.setWorker(null);
  }
  log(`${target}: ${PAID_ORDERS} orders paid in the sandbox and PAID through webhook → queue → worker`);
  return [
    { target, name: "webhook → PAID, seen (2 ms poll)", stats: stats(observed) },
    { target, name: "webhook → paidAt stamp (ms clock)", stats: stats(byPaidAt) },
  ];
}

/** All three on one database: the paid run first (its worker must not meet the other runs' queued jobs), then creation, then the race. */
export async function benchCheckout(target: string, url: string, race: boolean, log: (l: string) => void): Promise<CheckoutRow[]> {
  await applyMigrations(url);
  const db = createDb({ connectionString: url, max: 10 });
  const world = await startWorld(db);
  try {
    const rows = await benchPaid(target, db, world, log);
    rows.unshift(...(await benchCreate(target, db, url, world, log)));
    if (race) rows.push(...(await benchRace(target, db, url, world, log)));
    return rows;
  } finally {
    await world.close();
    await db.$disconnect();
  }
}

export function printCheckoutTable(rows: CheckoutRow[]) {
  const f = (n: number) => n.toFixed(2).padStart(8);
  const r = (a: number, b: number | undefined) => (b ? `${(a / b).toFixed(2)}×` : "").padStart(7);
  console.log(
    `\nCheckout: creation ${ITERATIONS} iterations after ${WARMUP} warm-up (fresh buyer + original each, prepared untimed); race ${RACERS} buyers × ${ROUNDS} rounds; ${PAID_ORDERS} paid orders; times in ms`,
  );
  console.log(`${"database".padEnd(11)} ${"measure".padEnd(36)} ${"p50".padStart(8)} ${"p95".padStart(8)} ${"p50 ×SQL".padStart(8)} ${"p95 ×SQL".padStart(8)}`);
  for (const x of rows) {
    console.log(
      `${x.target.padEnd(11)} ${x.name.padEnd(36)} ${f(x.stats.p50)} ${f(x.stats.p95)} ${r(x.stats.p50, x.against?.p50).padStart(8)} ${r(x.stats.p95, x.against?.p95).padStart(8)}${x.note ? `  ${x.note}` : ""}`,
    );
  }
  console.log(
    "SQL = the conditional UPDATE of the hold + INSERT Order + INSERT OrderItem through pg in one transaction; Stripe = stripe.checkout.sessions.create against the sandbox inside the same calls.",
  );
  console.log(
    "webhook → PAID: from the checkout.session.completed delivery reaching the handler to the order being PAID, in-process worker (startWorker, woken on enqueue).",
  );
}
