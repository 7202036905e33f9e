import { platformHealth } from "@atelier/core/admin/health";
import { ProcedureStats } from "@atelier/core/observability/procedure-stats";
import { describe, expect, it } from "vitest";
import { useTestDatabase } from "../harness.ts";

const h = useTestDatabase();
const now = new Date("2030-06-01T12:00:00Z");
const minutes = (n: number) => new Date(now.getTime() + n * 60_000);

let seq = 0;
const run = (data: { status: "QUEUED" | "RUNNING" | "SUCCEEDED" | "FAILED"; runAt?: Date; attempts?: number; finishedAt?: Date; lastError?: string }) =>
  h.db.jobRun.create({ data: { functionId: "send-email", eventName: "atelier/email.requested", eventId: `h-${++seq}`, payload: {}, ...data } });
const webhook = (status: "FAILED" | "PROCESSED", receivedAt: Date) =>
  h.db.stripeEvent.create({
    data: {
      id: `evt_h_${++seq}`,
      type: "payout.paid",
      livemode: false,
      payload: {},
      status,
      stripeCreatedAt: receivedAt,
      receivedAt,
      lastError: status === "FAILED" ? "boom" : null,
    },
  });

describe("platformHealth", () => {
  it("reports the queue, the oldest due run, parked retries, the last day's failures and the slowest procedures", async () => {
    await run({ status: "QUEUED", runAt: minutes(-12) }); // due for 12 minutes: the worker is behind
    await run({ status: "QUEUED", runAt: minutes(-1) });
    await run({ status: "QUEUED", runAt: minutes(30), attempts: 2, lastError: "smtp timeout" }); // parked until its retry
    await run({ status: "RUNNING", runAt: minutes(-1) });
    await run({ status: "FAILED", finishedAt: minutes(-60), attempts: 5, lastError: "Error: smtp refused" });
    await run({ status: "FAILED", finishedAt: minutes(-25 * 60), attempts: 5 }); // older than a day
    await webhook("FAILED", minutes(-5));
    await webhook("FAILED", minutes(-2 * 24 * 60));
    await webhook("PROCESSED", minutes(-5));
    const stats = new ProcedureStats();
    for (const ms of [1, 2, 3, 4, 100]) stats.record("artwork.search", ms, now.getTime() - 1000);
    stats.record("health", 0.5, now.getTime() - 1000);
    stats.record("artwork.list", 999, now.getTime() - 16 * 60_000); // outside the window

    const health = await platformHealth({ db: h.db, now: () => now, procedureLatency: () => stats.snapshot(now.getTime()) });
    expect(health.queue).toEqual({ queued: 3, running: 1, due: 2, oldestDueAgeSeconds: 720 });
    expect(health.parked).toEqual({ waitingForRetry: 1, nextRetryAt: minutes(30) });
    expect(health.failedJobs.last24h).toBe(1);
    expect(health.failedJobs.latest[0]).toMatchObject({ functionId: "send-email", lastError: "Error: smtp refused" });
    expect(health.failedWebhooks.last24h).toBe(1);
    expect(health.failedWebhooks.latest[0]).toMatchObject({ type: "payout.paid", lastError: "boom" });
    expect(health.slowestProcedures).toEqual([
      { path: "artwork.search", count: 5, p50Ms: 3, p95Ms: 100, maxMs: 100 },
      { path: "health", count: 1, p50Ms: 0.5, p95Ms: 0.5, maxMs: 0.5 },
    ]);
  });
});
