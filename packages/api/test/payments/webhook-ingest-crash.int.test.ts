import type { EventSender } from "@atelier/events";
import { allFunctions, createInProcessSender } from "@atelier/jobs";
import Stripe from "stripe";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { handleStripeWebhook } from "../../src/http/stripe-webhook.ts";
import type { WebhookDeps } from "@atelier/core/payments/webhook-ingest";
import { useTestDatabase } from "../harness.ts";

/**
 * Store-once and hand-over-in-the-same-transaction under failure: whatever breaks between storing
 * the StripeEvent and writing its JobRun rows (a failing insert, the connection dying mid-statement)
 * leaves neither behind, the handler answers 500, and Stripe's next delivery stores it and hands it
 * over exactly once. Also: the rows' times are the handler's clock to the millisecond.
 */
const h = useTestDatabase();
const SECRET = "whsec_test_crash_secret";
const stripe = new Stripe("sk_test_crash_only_verifies_signatures");
let seq = 0;

function delivery(type = "payout.paid", created = Math.floor(Date.now() / 1000)) {
  const id = `evt_crash_${Date.now()}_${++seq}`;
  const body = JSON.stringify({
    id,
    object: "event",
    type,
    api_version: "2026-10-28.endive",
    created,
    livemode: false,
    account: "acct_test_crash",
    data: { object: { id: `po_crash_${seq}`, object: "payout" } },
    pending_webhooks: 1,
    request: { id: null, idempotency_key: null },
  });
  const post = () =>
    new Request("http://atelier.test/api/webhooks/stripe", {
      method: "POST",
      body,
      headers: { "content-type": "application/json", "stripe-signature": stripe.webhooks.generateTestHeaderString({ payload: body, secret: SECRET }) },
    });
  return { id, post };
}

let deps: WebhookDeps;
let woken = 0;
beforeEach(() => {
  woken = 0;
  deps = {
    db: h.db,
    stripe,
    webhookSecret: SECRET,
    events: createInProcessSender(h.db, { functions: allFunctions, onQueued: () => woken++ }),
    now: () => new Date(),
  };
});

const rows = (id: string) => h.db.stripeEvent.count({ where: { id } });
const runs = (eventId: string) => h.db.jobRun.findMany({ where: { eventId } });

async function failInserts(table: "JobRun" | "StripeEvent", body: string) {
  await h.db.$executeRawUnsafe(`CREATE OR REPLACE FUNCTION crash_test_trigger() RETURNS trigger AS $$ BEGIN ${body}; RETURN NEW; END $$ LANGUAGE plpgsql`);
  await h.db.$executeRawUnsafe(`CREATE TRIGGER crash_test_trigger AFTER INSERT ON "${table}" FOR EACH ROW EXECUTE FUNCTION crash_test_trigger()`);
  return () => h.db.$executeRawUnsafe(`DROP TRIGGER IF EXISTS crash_test_trigger ON "${table}"`);
}
let cleanup: (() => Promise<unknown>) | null = null;
afterEach(async () => {
  await cleanup?.();
  cleanup = null;
});

describe("POST /api/webhooks/stripe: nothing is half-written", () => {
  it("a JobRun insert that fails takes the StripeEvent row with it (500); the redelivery stores it and hands it over once", async () => {
    const e = delivery();
    cleanup = await failInserts("JobRun", "RAISE EXCEPTION 'simulated crash while queueing'");
    const first = await handleStripeWebhook(e.post(), deps);
    expect(first.status).toBe(500);
    expect(await rows(e.id)).toBe(0);
    expect(await runs(e.id)).toHaveLength(0);
    expect(woken).toBe(0);

    await cleanup();
    const second = await handleStripeWebhook(e.post(), deps);
    expect(second.status).toBe(200);
    expect(await second.json()).toMatchObject({ duplicate: false, handled: true });
    const row = await h.db.stripeEvent.findUniqueOrThrow({ where: { id: e.id } });
    expect(row.deliveries).toBe(1);
    expect(row.enqueuedAt).toBeInstanceOf(Date);
    expect((await runs(e.id)).map((r) => r.functionId)).toEqual(["sync-payout"]);
    expect(woken).toBe(1);
    // Stripe delivering it again changes the count only
    expect((await handleStripeWebhook(e.post(), deps)).status).toBe(200);
    expect(await runs(e.id)).toHaveLength(1);
    expect(woken).toBe(1);
  });

  it("a StripeEvent insert that fails leaves no JobRun rows", async () => {
    const e = delivery();
    cleanup = await failInserts("StripeEvent", "RAISE EXCEPTION 'simulated crash while storing'");
    expect((await handleStripeWebhook(e.post(), deps)).status).toBe(500);
    expect(await rows(e.id)).toBe(0);
    expect(await runs(e.id)).toHaveLength(0);
  });

  it("the connection dying while the JobRun rows are written loses nothing: no row, 500, the redelivery hands it over once", async (ctx) => {
    if (h.database.kind !== "postgres") ctx.skip(); // PGlite is one in-process session: there is no backend to kill
    const e = delivery();
    cleanup = await failInserts("JobRun", "PERFORM pg_sleep(30)");
    const answer = handleStripeWebhook(e.post(), deps);
    let killed = 0;
    for (let i = 0; i < 200 && !killed; i++) {
      await new Promise((r) => setTimeout(r, 25));
      // from another connection of the pool: end the backend that is inside the JobRun insert
      const r = await h.db.$queryRawUnsafe<{ ok: boolean }[]>(
        `SELECT pg_terminate_backend(pid) AS ok FROM pg_stat_activity WHERE datname = current_database() AND state = 'active' AND query LIKE '%INSERT INTO "JobRun"%' AND pid <> pg_backend_pid()`,
      );
      killed = r.filter((x) => x.ok).length;
    }
    expect(killed).toBe(1);
    expect((await answer).status).toBe(500);
    await cleanup();
    expect(await rows(e.id)).toBe(0);
    expect(await runs(e.id)).toHaveLength(0);
    expect((await handleStripeWebhook(e.post(), deps)).status).toBe(200);
    expect(await runs(e.id)).toHaveLength(1);
  });
});

describe("POST /api/webhooks/stripe: hand-over of an event stored without one", () => {
  it("stored while Inngest was unreachable, then delivered 8× concurrently with the in-process queue → one run, enqueued once", async () => {
    const e = delivery();
    const unreachable: EventSender = {
      consumes: (name) => name === "stripe/payout.paid",
      async send() {
        throw new Error("inngest unreachable");
      },
    };
    expect((await handleStripeWebhook(e.post(), { ...deps, events: unreachable })).status).toBe(500);
    expect((await h.db.stripeEvent.findUniqueOrThrow({ where: { id: e.id } })).enqueuedAt).toBeNull();
    expect(await runs(e.id)).toHaveLength(0);

    const answers = await Promise.all(Array.from({ length: 8 }, () => handleStripeWebhook(e.post(), deps)));
    expect(answers.map((r) => r.status)).toEqual(Array(8).fill(200));
    const row = await h.db.stripeEvent.findUniqueOrThrow({ where: { id: e.id } });
    expect(row.deliveries).toBe(9);
    expect(row.enqueuedAt).toBeInstanceOf(Date);
    expect((await runs(e.id)).map((r) => r.functionId)).toEqual(["sync-payout"]);
    expect(woken).toBe(1);
  });
});

describe("POST /api/webhooks/stripe: many deliveries at once (stored together)", () => {
  it("40 events, each delivered twice, all at once → 40 rows with 2 deliveries each, one run each, 40 answered as stored", async () => {
    const es = Array.from({ length: 40 }, () => delivery());
    const answers = await Promise.all([...es, ...es].map((e) => handleStripeWebhook(e.post(), deps)));
    expect(answers.map((r) => r.status)).toEqual(Array(80).fill(200));
    const bodies = (await Promise.all(answers.map((r) => r.json()))) as { id: string; duplicate: boolean }[];
    expect(bodies.filter((b) => !b.duplicate).map((b) => b.id)).toHaveLength(40);
    expect(new Set(bodies.filter((b) => !b.duplicate).map((b) => b.id)).size).toBe(40);
    const ids = es.map((e) => e.id);
    const stored = await h.db.stripeEvent.findMany({ where: { id: { in: ids } }, select: { deliveries: true, enqueuedAt: true } });
    expect(stored).toHaveLength(40);
    expect(stored.every((r) => r.deliveries === 2 && r.enqueuedAt instanceof Date)).toBe(true);
    const queued = await h.db.jobRun.groupBy({ by: ["eventId"], where: { eventId: { in: ids } }, _count: { _all: true } });
    expect(queued).toHaveLength(40);
    expect(queued.every((g) => g._count._all === 1)).toBe(true);
    expect(woken).toBe(40);
  });

  it("one event that cannot be stored fails alone: its deliveries answer 500, the 24 others arriving with it are stored with their runs", async () => {
    const es = Array.from({ length: 25 }, () => delivery());
    const bad = es[12]!;
    cleanup = await failInserts("StripeEvent", `IF NEW."id" = '${bad.id}' THEN RAISE EXCEPTION 'simulated bad event'; END IF`);
    const answers = await Promise.all(es.map((e) => handleStripeWebhook(e.post(), deps)));
    expect(answers.map((r, i) => [es[i]!.id, r.status])).toEqual(es.map((e) => [e.id, e === bad ? 500 : 200]));
    const good = es.filter((e) => e !== bad).map((e) => e.id);
    expect(await h.db.stripeEvent.count({ where: { id: { in: good } } })).toBe(24);
    expect(await h.db.jobRun.count({ where: { eventId: { in: good } } })).toBe(24);
    expect(await rows(bad.id)).toBe(0);
    expect(await runs(bad.id)).toHaveLength(0);
  });
});

describe("POST /api/webhooks/stripe: times", () => {
  it("receivedAt, enqueuedAt and the run's runAt/createdAt are the handler's clock; stripeCreatedAt is Stripe's created, to the millisecond", async () => {
    const clock = new Date("2031-03-04T05:06:07.891Z");
    const created = 1_900_000_000;
    const e = delivery("payout.paid", created);
    // the signature's own timestamp must stay fresh, so only the handler's clock is fixed
    expect((await handleStripeWebhook(e.post(), { ...deps, now: () => clock })).status).toBe(200);
    const row = await h.db.stripeEvent.findUniqueOrThrow({ where: { id: e.id } });
    expect(row.receivedAt.toISOString()).toBe(clock.toISOString());
    expect(row.enqueuedAt?.toISOString()).toBe(clock.toISOString());
    expect(row.processedAt).toBeNull();
    expect(row.stripeCreatedAt.toISOString()).toBe(new Date(created * 1000).toISOString());
    const [run] = await runs(e.id);
    expect([run!.runAt, run!.createdAt, run!.updatedAt].map((d) => d.toISOString())).toEqual(Array(3).fill(clock.toISOString()));
    expect(run).toMatchObject({ status: "QUEUED", attempts: 0, eventName: "stripe/payout.paid" });
    expect(run!.maxAttempts).toBeGreaterThan(0);
  });

  it("an ignored type is stored with processedAt = receivedAt and no enqueuedAt", async () => {
    const clock = new Date("2031-03-04T05:06:07.123Z");
    const e = delivery("customer.created");
    expect((await handleStripeWebhook(e.post(), { ...deps, now: () => clock })).status).toBe(200);
    const row = await h.db.stripeEvent.findUniqueOrThrow({ where: { id: e.id } });
    expect(row).toMatchObject({ status: "IGNORED", enqueuedAt: null });
    expect(row.processedAt?.toISOString()).toBe(clock.toISOString());
  });
});
