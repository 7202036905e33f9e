import { createTestDatabase, type TestDatabase } from "@atelier/db/testing";
import type { Db } from "@atelier/db";
import { configureLogger, type LogLine } from "@atelier/core/observability/logger";
import { context, trace } from "@opentelemetry/api";
import { AsyncLocalStorageContextManager } from "@opentelemetry/context-async-hooks";
import { BasicTracerProvider, InMemorySpanExporter, SimpleSpanProcessor } from "@opentelemetry/sdk-trace-base";
import { eventType } from "inngest";
import { afterAll, beforeAll, expect, it } from "vitest";
import { z } from "zod";
import { createInProcessSender, defineJob, drainJobs } from "../src/index.ts";

let database: TestDatabase;
let db: Db;
const exporter = new InMemorySpanExporter();
const provider = new BasicTracerProvider({ spanProcessors: [new SimpleSpanProcessor(exporter)] });
beforeAll(async () => {
  database = await createTestDatabase();
  db = database.db;
  context.setGlobalContextManager(new AsyncLocalStorageContextManager().enable());
  trace.setGlobalTracerProvider(provider);
});
afterAll(async () => {
  await provider.shutdown();
  trace.disable();
  context.disable();
  await database?.dispose();
});

const pinged = eventType("test/pinged", { schema: z.object({ fail: z.boolean() }) });

it("each job run is a span `job <function id>` with its outcome, and its log lines carry the run id", async () => {
  const fn = defineJob({
    id: "ping",
    name: "Ping",
    triggers: [pinged],
    retries: 0,
    async handler({ event, step }) {
      await step.run("answer", () => {
        if (event.data.fail) throw new Error("no pong");
        return "pong";
      });
    },
  });
  const lines: LogLine[] = [];
  configureLogger({ format: "json", write: (l) => lines.push(l) });
  try {
    const sender = createInProcessSender(db, { functions: [fn] });
    await sender.send({ name: "test/pinged", data: { fail: false }, id: "e-ok" } as never);
    await sender.send({ name: "test/pinged", data: { fail: true }, id: "e-fail" } as never);
    await drainJobs(db, { functions: [fn], now: () => new Date() });
  } finally {
    configureLogger({ format: "pretty" });
  }
  const spans = exporter.getFinishedSpans().filter((s) => s.name === "job ping");
  expect(spans.map((s) => s.attributes["job.outcome"]).sort()).toEqual(["FAILED", "SUCCEEDED"]);
  const failed = spans.find((s) => s.attributes["job.outcome"] === "FAILED")!;
  const run = await db.jobRun.findFirstOrThrow({ where: { eventId: "e-fail" } });
  expect(failed.attributes["job.run_id"]).toBe(run.id);
  expect(lines).toEqual([expect.objectContaining({ level: "error", msg: "jobs: run failed", jobRunId: run.id, functionId: "ping", error: "Error: no pong" })]);
});
