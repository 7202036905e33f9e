import { createTestDatabase, type TestDatabase } from "@atelier/db/testing";
import { createDb, type Db } from "@atelier/db";
import { eventType } from "inngest";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { z } from "zod";
import { claimNext } from "../src/runner/claim.ts";
import { sendEmail } from "../src/functions/send-email.ts";
import { backoffMs, createInProcessSender, DEFAULT_LOCK_MS, defineJob, drainJobs, runNextJob, startWorker, type AnyJobDefinition } from "../src/index.ts";

/**
 * The in-process worker under slow, hung and crashed jobs: bounded concurrency, a time limit per
 * attempt, and a lock that a live worker renews (so the lock can be short and a dead worker's runs
 * come back quickly) while a worker that lost a run writes nothing more to it.
 */
let database: TestDatabase;
let db: Db;
beforeAll(async () => {
  database = await createTestDatabase();
  db = database.db;
});
afterAll(() => database?.dispose());
beforeEach(async () => {
  await db.jobRun.deleteMany();
  await db.emailOutbox.deleteMany();
});

const testEvent = eventType("test/thing.happened", { schema: z.object({ n: z.number() }) });
const t0 = new Date("2030-01-01T00:00:00Z");
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

async function waitFor(what: string, check: () => Promise<boolean> | boolean, timeoutMs = 10_000) {
  const until = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > until) throw new Error(`timed out waiting for: ${what}`);
    await sleep(20);
  }
}

const send = (functions: AnyJobDefinition[], events: unknown) => createInProcessSender(db, { functions }).send(events as never);

describe("a slow job does not hold up the queue", () => {
  it("an email queued behind a hung payment call is sent while the call hangs", async () => {
    let release!: () => void;
    const hanging = new Promise<void>((r) => (release = r));
    const stuckPayment = defineJob({
      id: "stuck-payment",
      name: "A Stripe call that never answers",
      triggers: [testEvent],
      retries: 0,
      timeoutMs: 60_000,
      handler: ({ step }) => step.run("call stripe", () => hanging),
    });
    const functions = [stuckPayment, sendEmail];
    const worker = startWorker(db, { functions, pollMs: 20 });
    try {
      await send(functions, { name: "test/thing.happened", data: { n: 1 } });
      await waitFor("the payment job to start", async () => (await db.jobRun.count({ where: { functionId: "stuck-payment", status: "RUNNING" } })) === 1);
      await send(functions, {
        name: "atelier/email.requested",
        data: { template: "application-submitted", to: "ana@example.org", props: { displayName: "Ana" } },
      });
      await waitFor("the email to be sent", async () => (await db.emailOutbox.count({ where: { toEmail: "ana@example.org", status: "SENT" } })) === 1);
      expect(await db.jobRun.findFirstOrThrow({ where: { functionId: "stuck-payment" } })).toMatchObject({ status: "RUNNING" });
    } finally {
      release();
      await worker.stop();
    }
    expect(await db.jobRun.findFirstOrThrow({ where: { functionId: "stuck-payment" } })).toMatchObject({ status: "SUCCEEDED" });
  });

  it("runs at most `concurrency` jobs at once", async () => {
    let running = 0;
    let most = 0;
    let release!: () => void;
    const gate = new Promise<void>((r) => (release = r));
    const busy = defineJob({
      id: "busy",
      name: "Busy",
      triggers: [testEvent],
      retries: 0,
      async handler() {
        most = Math.max(most, ++running);
        await gate;
        running--;
      },
    });
    await send(
      [busy],
      Array.from({ length: 8 }, (_, n) => ({ name: "test/thing.happened", data: { n }, id: `busy-${n}` })),
    );
    const worker = startWorker(db, { functions: [busy], pollMs: 20, concurrency: 3 });
    await waitFor("three runs to start", () => running === 3);
    await sleep(200); // polls and wake-ups meanwhile claim nothing more
    expect(await db.jobRun.count({ where: { status: "RUNNING" } })).toBe(3);
    release();
    await waitFor("all runs to finish", async () => (await db.jobRun.count({ where: { status: "SUCCEEDED" } })) === 8);
    await worker.stop();
    expect(most).toBe(3);
  });
});

describe("an attempt that runs past its time limit", () => {
  it("is failed with 'Timed out after N s', its signal aborted, and retried with backoff", async () => {
    let aborted = 0;
    const slow = defineJob({
      id: "slow",
      name: "Slow",
      triggers: [testEvent],
      retries: 1,
      timeoutMs: 100,
      handler: ({ signal }) =>
        new Promise((_, reject) =>
          signal.addEventListener("abort", () => {
            aborted++;
            reject(signal.reason as Error);
          }),
        ),
    });
    await send([slow], { name: "test/thing.happened", data: { n: 1 } });
    expect(await drainJobs(db, { functions: [slow], now: () => t0 })).toMatchObject({ ran: 1, retried: 1 });
    const run = await db.jobRun.findFirstOrThrow();
    expect(run).toMatchObject({ status: "QUEUED", attempts: 1, lockedUntil: null, lastError: "JobTimeoutError: Timed out after 0.1 s" });
    expect(run.runAt.getTime() - t0.getTime()).toBe(backoffMs(1));
    expect(aborted).toBe(1);
    // the last attempt times out too: FAILED, visible to admins
    expect(await drainJobs(db, { functions: [slow], now: () => run.runAt })).toMatchObject({ ran: 1, failed: 1 });
    expect(await db.jobRun.findFirstOrThrow()).toMatchObject({ status: "FAILED", attempts: 2, lastError: "JobTimeoutError: Timed out after 0.1 s" });
  });

  it("is given up on even when the handler ignores its signal, and records no later step", async () => {
    const deaf = defineJob({
      id: "deaf",
      name: "Ignores its signal",
      triggers: [testEvent],
      retries: 3,
      async handler({ step }) {
        await step.run("slow call", () => sleep(300));
        await step.run("after", () => "should not be recorded");
      },
    });
    await send([deaf], { name: "test/thing.happened", data: { n: 1 } });
    expect(await drainJobs(db, { functions: [deaf], now: () => t0, timeoutMs: 50 })).toMatchObject({ ran: 1, retried: 1 });
    await sleep(400); // the abandoned handler finishes its step in the background
    expect(await db.jobRun.findFirstOrThrow()).toMatchObject({ status: "QUEUED", steps: {}, lastError: "JobTimeoutError: Timed out after 0.05 s" });
  });
});

describe("locks", () => {
  const quick = (calls: { n: number }) =>
    defineJob({
      id: "quick",
      name: "Quick",
      triggers: [testEvent],
      retries: 2,
      async handler() {
        calls.n++;
      },
    });

  it("a run whose worker died is claimed again once the (one-minute) lock lapses", async () => {
    const calls = { n: 0 };
    await send([quick(calls)], { name: "test/thing.happened", data: { n: 1 } });
    expect(DEFAULT_LOCK_MS).toBeLessThanOrEqual(60_000);
    // a worker claims it with the default lock, then its process dies
    expect(await claimNext(db, t0, DEFAULT_LOCK_MS)).not.toBeNull();
    expect(await drainJobs(db, { functions: [quick(calls)], now: () => new Date(t0.getTime() + DEFAULT_LOCK_MS - 1) })).toMatchObject({ ran: 0 });
    expect(await drainJobs(db, { functions: [quick(calls)], now: () => new Date(t0.getTime() + DEFAULT_LOCK_MS + 1) })).toMatchObject({
      ran: 1,
      succeeded: 1,
    });
    expect(await db.jobRun.findFirstOrThrow()).toMatchObject({ status: "SUCCEEDED", attempts: 2 });
    expect(calls.n).toBe(1);
  });

  it("a long job whose worker keeps renewing its lock is not taken by a second worker", async () => {
    let bodies = 0;
    const long = defineJob({
      id: "long",
      name: "Longer than the lock",
      triggers: [testEvent],
      retries: 3,
      timeoutMs: 10_000,
      async handler({ step }) {
        await step.run("work", async () => {
          bodies++;
          await sleep(2_500);
        });
      },
    });
    await send([long], { name: "test/thing.happened", data: { n: 1 } });
    // the lock is short next to the job, with room for a busy test machine to be late with a renewal
    const options = { functions: [long], lockMs: 1_000, heartbeatMs: 100, pollMs: 20 };
    const a = startWorker(db, options);
    await waitFor("the first worker to start it", () => a.active === 1);
    const b = startWorker(db, options);
    const firstLock = (await db.jobRun.findFirstOrThrow()).lockedUntil!.getTime();
    await sleep(2_000); // twice the lock: without renewals the second worker would have claimed it by now
    expect((await db.jobRun.findFirstOrThrow()).lockedUntil!.getTime()).toBeGreaterThan(firstLock);
    await waitFor("the run to finish", async () => (await db.jobRun.findFirstOrThrow()).status === "SUCCEEDED");
    await Promise.all([a.stop(), b.stop()]);
    expect(bodies).toBe(1);
    expect(await db.jobRun.findFirstOrThrow()).toMatchObject({ status: "SUCCEEDED", attempts: 1 });
  });

  it("a worker whose run was taken over records nothing more for it", async () => {
    const takenOver = defineJob({
      id: "taken-over",
      name: "Taken over mid-run",
      triggers: [testEvent],
      retries: 3,
      async handler({ step, event }) {
        // meanwhile, another worker claimed it (the lock had lapsed): attempts moves on
        await db.jobRun.updateMany({ where: { eventId: event.id }, data: { attempts: { increment: 1 }, lockedUntil: new Date(t0.getTime() + 60_000) } });
        await step.run("side effect", () => "done twice?");
      },
    });
    await send([takenOver], { name: "test/thing.happened", data: { n: 1 } });
    const r = await runNextJob(db, { functions: [takenOver], now: () => t0 });
    expect(r?.outcome).toBe("LOST");
    expect(await db.jobRun.findFirstOrThrow()).toMatchObject({ status: "RUNNING", attempts: 2, steps: {}, lastError: null });
  });
});

describe("two workers on PostgreSQL", () => {
  it("never run the same run twice", async (ctx) => {
    if (database.kind === "pglite") {
      ctx.skip("PGlite serves one session at a time, so two workers cannot race on it; this runs on PostgreSQL (TEST_DATABASE_URL)");
      return;
    }
    const ran: string[] = [];
    const recording = defineJob({
      id: "recording",
      name: "Recording",
      triggers: [testEvent],
      retries: 0,
      async handler({ event, step }) {
        await step.run("record", async () => {
          ran.push(event.id);
          await sleep(5 + (event.data.n % 4) * 5);
        });
      },
    });
    const other = createDb({ connectionString: database.url, max: 10 });
    try {
      await send(
        [recording],
        Array.from({ length: 60 }, (_, n) => ({ name: "test/thing.happened", data: { n }, id: `race-${n}` })),
      );
      const options = { functions: [recording], pollMs: 10, concurrency: 4, lockMs: 2_000, heartbeatMs: 200 };
      const workers = [startWorker(db, options), startWorker(other, options)];
      await waitFor("every run to finish", async () => (await db.jobRun.count({ where: { status: "SUCCEEDED" } })) === 60, 30_000);
      await Promise.all(workers.map((w) => w.stop()));
      expect(ran).toHaveLength(60);
      expect(new Set(ran).size).toBe(60);
    } finally {
      await other.$disconnect();
    }
  });
});
