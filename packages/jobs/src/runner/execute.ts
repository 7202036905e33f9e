import { type Prisma, type JobRunModel as JobRun } from "@atelier/db";
import { logger, withLogFields } from "@atelier/core/observability/logger";
import { withSpan } from "@atelier/core/observability/tracing";
import { NonRetriableError } from "inngest";
import { triggerFor, type AnyJobDefinition, type JobDeps, type StepApi } from "../define.ts";
import { backoffMs } from "./backoff.ts";

type StepState = Record<string, { data: Prisma.JsonValue }>;

export type RunOutcome = "SUCCEEDED" | "RETRY" | "FAILED";

export interface ExecuteOptions {
  backoffBaseMs?: number;
}

/**
 * Runs one claimed JobRun to its next state: SUCCEEDED, requeued with backoff, or FAILED; in a span
 * `job <function id>`, with the run's id on every log line inside it.
 */
export function executeRun(run: JobRun, fn: AnyJobDefinition | undefined, deps: JobDeps, opts: ExecuteOptions = {}): Promise<RunOutcome> {
  const fields = { jobRunId: run.id, functionId: run.functionId, attempt: run.attempts };
  return withLogFields(fields, () =>
    withSpan(
      `job ${run.functionId}`,
      { "job.run_id": run.id, "job.function": run.functionId, "job.event": run.eventName, "job.attempt": run.attempts },
      async (span) => {
        const outcome = await runToNextState(run, fn, deps, opts);
        span.setAttribute("job.outcome", outcome);
        return outcome;
      },
    ),
  );
}

async function runToNextState(run: JobRun, fn: AnyJobDefinition | undefined, deps: JobDeps, opts: ExecuteOptions): Promise<RunOutcome> {
  const { db } = deps;
  if (!fn) {
    await db.jobRun.update({
      where: { id: run.id },
      data: { status: "FAILED", lastError: `No function "${run.functionId}" is registered`, lockedUntil: null, finishedAt: deps.now() },
    });
    logger().error("jobs: no such function", { eventName: run.eventName });
    return "FAILED";
  }
  const steps: StepState = { ...((run.steps ?? {}) as StepState) };
  const step: StepApi = {
    async run<T>(id: string, body: () => Promise<T> | T): Promise<T> {
      if (Object.hasOwn(steps, id)) return steps[id]!.data as T;
      const result = await body();
      // Store JSON as Inngest would (undefined → null), so a retry resumes after this step.
      const data = (result === undefined ? null : JSON.parse(JSON.stringify(result))) as Prisma.JsonValue;
      steps[id] = { data };
      await db.jobRun.update({ where: { id: run.id }, data: { steps: steps as Prisma.InputJsonValue } });
      return data as T;
    },
    async sendEvent(id, events) {
      await step.run(id, async () => {
        await deps.events.send(events);
        return null;
      });
    },
  };
  try {
    const trigger = triggerFor(fn, run.eventName) ?? fn.triggers[0];
    const data: unknown = trigger.schema.parse(run.payload);
    await fn.handler({ event: { id: run.eventId, name: run.eventName, data }, step, attempt: run.attempts - 1, deps });
    await db.jobRun.update({
      where: { id: run.id },
      data: { status: "SUCCEEDED", lockedUntil: null, finishedAt: deps.now(), lastError: null },
    });
    return "SUCCEEDED";
  } catch (e) {
    const lastError = (e instanceof Error ? `${e.name}: ${e.message}` : String(e)).slice(0, 4000);
    const final = e instanceof NonRetriableError || run.attempts >= run.maxAttempts;
    const now = deps.now();
    await db.jobRun.update({
      where: { id: run.id },
      data: final
        ? { status: "FAILED", lastError, lockedUntil: null, finishedAt: now }
        : { status: "QUEUED", lastError, lockedUntil: null, runAt: new Date(now.getTime() + backoffMs(run.attempts, opts.backoffBaseMs)) },
    });
    if (final) logger().error("jobs: run failed", { error: lastError, attempts: run.attempts });
    else logger().warn("jobs: run will be retried", { error: lastError, attempts: run.attempts });
    return final ? "FAILED" : "RETRY";
  }
}
