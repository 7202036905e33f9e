import { createTestDatabase, type TestDatabase } from "@atelier/db/testing";
import type { Db } from "@atelier/db";
import { NonRetriableError } from "inngest";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { z } from "zod";
import { eventType } from "inngest";
import { requeueFailedJobRun as replayJob } from "@atelier/core/admin/operations";
import { backoffMs, createInProcessSender, defineJob, drainJobs, type AnyJobDefinition } from "../src/index.ts";

let database: TestDatabase;
let db: Db;
beforeAll(async () => {
  database = await createTestDatabase();
  db = database.db;
});
afterAll(() => database?.dispose());

const testEvent = eventType("test/thing.happened", { schema: z.object({ n: z.number() }) });

/** A function whose second step fails `failures` times; counts how often each step body ran. */
function flaky(state: { failures: number; calls: Record<string, number> }, opts: { retries?: number; fatal?: boolean } = {}) {
  return defineJob({
    id: "flaky",
    name: "Flaky",
    triggers: [testEvent],
    retries: opts.retries ?? 3,
    async handler({ event, step }) {
      const a = await step.run("first", () => {
        state.calls.first = (state.calls.first ?? 0) + 1;
        return { doubled: event.data.n * 2 };
      });
      return step.run("second", () => {
        state.calls.second = (state.calls.second ?? 0) + 1;
        if (state.failures > 0) {
          state.failures--;
          throw opts.fatal ? new NonRetriableError("bad data") : new Error("smtp timeout");
        }
        return a.doubled + 1;
      });
    },
  });
}

let t0: Date;
beforeEach(async () => {
  await db.jobRun.deleteMany();
  t0 = new Date("2030-01-01T00:00:00Z");
});

function setup(fn: AnyJobDefinition) {
  const functions = [fn];
  const sender = createInProcessSender(db, { functions });
  const drain = (at: Date) => drainJobs(db, { functions, now: () => at });
  return { sender, drain };
}

describe("in-process job runner", () => {
  it("runs a function once for a duplicated event id", async () => {
    const state = { failures: 0, calls: {} as Record<string, number> };
    const { sender, drain } = setup(flaky(state));
    await sender.send({ name: "test/thing.happened", data: { n: 1 }, id: "evt-1" } as never);
    await sender.send([{ name: "test/thing.happened", data: { n: 1 }, id: "evt-1" } as never]);
    expect(await db.jobRun.count()).toBe(1);
    expect(await drain(t0)).toMatchObject({ ran: 1, succeeded: 1 });
    expect(await drain(t0)).toMatchObject({ ran: 0 });
    expect(state.calls).toEqual({ first: 1, second: 1 });
  });

  it("rejects event data that does not match the catalogue schema, writing nothing", async () => {
    const { sender } = setup(flaky({ failures: 0, calls: {} }));
    await expect(sender.send({ name: "test/thing.happened", data: { n: "x" } } as never)).rejects.toThrow();
    expect(await db.jobRun.count()).toBe(0);
  });

  it("retries with exponential backoff and resumes after the completed step", async () => {
    const state = { failures: 2, calls: {} as Record<string, number> };
    const { sender, drain } = setup(flaky(state));
    await sender.send({ name: "test/thing.happened", data: { n: 20 }, id: "evt-2" } as never);

    expect(await drain(t0)).toMatchObject({ ran: 1, retried: 1 });
    let run = await db.jobRun.findFirstOrThrow();
    expect(run).toMatchObject({ status: "QUEUED", attempts: 1, lastError: "Error: smtp timeout" });
    expect(run.runAt.getTime() - t0.getTime()).toBe(backoffMs(1));
    expect(run.steps).toEqual({ first: { data: { doubled: 40 } } });

    // not due yet: nothing runs
    expect(await drain(new Date(t0.getTime() + backoffMs(1) - 1))).toMatchObject({ ran: 0 });

    const t1 = new Date(t0.getTime() + backoffMs(1));
    expect(await drain(t1)).toMatchObject({ ran: 1, retried: 1 });
    run = await db.jobRun.findFirstOrThrow();
    expect(run.runAt.getTime() - t1.getTime()).toBe(backoffMs(2));
    expect(backoffMs(2)).toBe(2 * backoffMs(1));

    expect(await drain(run.runAt)).toMatchObject({ ran: 1, succeeded: 1 });
    run = await db.jobRun.findFirstOrThrow();
    expect(run).toMatchObject({ status: "SUCCEEDED", attempts: 3, lastError: null });
    expect(run.finishedAt).not.toBeNull();
    expect(state.calls).toEqual({ first: 1, second: 3 });
  });

  it("fails after maxAttempts with lastError, and replay runs it to success", async () => {
    const state = { failures: 10, calls: {} as Record<string, number> };
    const { sender, drain } = setup(flaky(state, { retries: 1 }));
    await sender.send({ name: "test/thing.happened", data: { n: 1 }, id: "evt-3" } as never);
    await drain(t0);
    const again = await db.jobRun.findFirstOrThrow();
    await drain(again.runAt);
    let run = await db.jobRun.findFirstOrThrow();
    expect(run).toMatchObject({ status: "FAILED", attempts: 2, maxAttempts: 2, lastError: "Error: smtp timeout" });

    // a far-future drain does not pick up FAILED runs
    expect(await drain(new Date(t0.getTime() + 86_400_000))).toMatchObject({ ran: 0 });

    state.failures = 0;
    expect(await replayJob(db, run.id, t0)).toBe(true);
    expect(await replayJob(db, run.id, t0)).toBe(false); // only FAILED runs can be replayed
    expect(await drain(t0)).toMatchObject({ ran: 1, succeeded: 1 });
    run = await db.jobRun.findFirstOrThrow();
    expect(run.status).toBe("SUCCEEDED");
    expect(state.calls.first).toBe(1);
  });

  it("does not retry a NonRetriableError", async () => {
    const { sender, drain } = setup(flaky({ failures: 1, calls: {} }, { fatal: true }));
    await sender.send({ name: "test/thing.happened", data: { n: 1 } } as never);
    expect(await drain(t0)).toMatchObject({ ran: 1, failed: 1 });
    expect(await db.jobRun.findFirstOrThrow()).toMatchObject({ status: "FAILED", attempts: 1, lastError: "NonRetriableError: bad data" });
  });

  it("takes over a run whose worker died (expired lock)", async () => {
    const state = { failures: 0, calls: {} as Record<string, number> };
    const { sender, drain } = setup(flaky(state));
    await sender.send({ name: "test/thing.happened", data: { n: 1 } } as never);
    await db.jobRun.updateMany({ data: { status: "RUNNING", attempts: 1, lockedUntil: new Date(t0.getTime() + 1000) } });
    expect(await drain(t0)).toMatchObject({ ran: 0 });
    expect(await drain(new Date(t0.getTime() + 1001))).toMatchObject({ ran: 1, succeeded: 1 });
  });

  it("two workers draining at once run each job exactly once (SKIP LOCKED)", async () => {
    let runs = 0;
    const counting = defineJob({
      id: "counting",
      name: "Counting",
      triggers: [testEvent],
      retries: 0,
      async handler({ step }) {
        await step.run("count", async () => {
          runs++;
          await new Promise((r) => setTimeout(r, 5));
        });
      },
    });
    const { sender } = setup(counting);
    await sender.send(Array.from({ length: 20 }, (_, i) => ({ name: "test/thing.happened", data: { n: i }, id: `many-${i}` })) as never);
    const functions = [counting];
    const [a, b] = await Promise.all([drainJobs(db, { functions, now: () => t0 }), drainJobs(db, { functions, now: () => t0 })]);
    expect(a.ran + b.ran).toBe(20);
    expect(runs).toBe(20);
    expect(await db.jobRun.count({ where: { status: "SUCCEEDED" } })).toBe(20);
  });
});
