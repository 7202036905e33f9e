import { type Db, type Prisma, type JobRunModel as JobRun } from "@atelier/db";
import { logger, withLogFields } from "@atelier/core/observability/logger";
import { withSpan } from "@atelier/core/observability/tracing";
import { NonRetriableError } from "inngest";
import { triggerFor, type AnyJobDefinition, type JobDeps, type StepApi } from "../define.ts";
import { backoffMs } from "./backoff.ts";
import { ownedRun } from "./claim.ts";

type StepState = Record<string, { data: Prisma.JsonValue }>;

/** LOST: another worker took the run over (this one's lock lapsed), so this one wrote nothing. */
export type RunOutcome = "SUCCEEDED" | "RETRY" | "FAILED" | "LOST";

export const DEFAULT_TIMEOUT_MS = 30_000;

interface ExecuteOptions {
  backoffBaseMs?: number;
  /** the attempt's time limit when the function sets none */
  timeoutMs?: number;
  /** aborted by the worker when it loses the run (its lock was taken over) */
  lease?: AbortSignal;
}

/** The attempt ran past its time limit. */
export class JobTimeoutError extends Error {
  constructor(ms: number) {
    super(`Timed out after ${Number((ms / 1000).toFixed(3))} s`);
    this.name = "JobTimeoutError";
  }
}

/** The worker no longer owns the run: its lock expired and another worker claimed it. */
export class LockLostError extends Error {
  constructor() {
    super("The run was taken over by another worker");
    this.name = "LockLostError";
  }
}

/** Writes to a run only while this attempt still owns it (see ownedRun); false when it no longer does. */
async function writeOwned(db: Db, run: JobRun, data: Prisma.JobRunUpdateManyMutationInput): Promise<boolean> {
  return (await db.jobRun.updateMany({ where: ownedRun(run), data })).count === 1;
}

/** Resolves (never rejects) with the abort reason once `signal` aborts. */
function aborted(signal: AbortSignal): Promise<unknown> {
  return new Promise((resolve) => {
    if (signal.aborted) resolve(signal.reason);
    else signal.addEventListener("abort", () => resolve(signal.reason), { once: true });
  });
}

/**
 * Runs one claimed JobRun to its next state: SUCCEEDED, requeued with backoff, or FAILED; in a span
 * `job <function id>`, with the run's id on every log line inside it. An attempt that outlives its
 * time limit is failed with "Timed out after N s" (and retried like any failure) without waiting for
 * the handler, whose `signal` is aborted so it can stop what it is doing.
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
    const owned = await writeOwned(db, run, {
      status: "FAILED",
      lastError: `No function "${run.functionId}" is registered`,
      lockedUntil: null,
      finishedAt: deps.now(),
    });
    logger().error("jobs: no such function", { eventName: run.eventName });
    return owned ? "FAILED" : "LOST";
  }
  const timeoutMs = fn.timeoutMs ?? opts.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  const attempt = new AbortController();
  const timer = setTimeout(() => attempt.abort(new JobTimeoutError(timeoutMs)), timeoutMs);
  const onLeaseLost = () => attempt.abort(opts.lease?.reason ?? new LockLostError());
  if (opts.lease?.aborted) onLeaseLost();
  opts.lease?.addEventListener("abort", onLeaseLost, { once: true });
  const signal = attempt.signal;

  const steps: StepState = { ...((run.steps ?? {}) as StepState) };
  const step: StepApi = {
    async run<T>(id: string, body: () => Promise<T> | T): Promise<T> {
      if (Object.hasOwn(steps, id)) return steps[id]!.data as T;
      signal.throwIfAborted();
      const result = await body();
      // an attempt that was given up on records nothing more
      signal.throwIfAborted();
      // Store JSON as Inngest would (undefined → null), so a retry resumes after this step.
      const data = (result === undefined ? null : JSON.parse(JSON.stringify(result))) as Prisma.JsonValue;
      steps[id] = { data };
      if (!(await writeOwned(db, run, { steps: steps as Prisma.InputJsonValue }))) throw new LockLostError();
      return data as T;
    },
    async sendEvent(id, events) {
      await step.run(id, async () => {
        await deps.events.send(events);
        return null;
      });
    },
  };

  const handled = (async () => {
    const trigger = triggerFor(fn, run.eventName) ?? fn.triggers[0];
    const data: unknown = trigger.schema.parse(run.payload);
    await fn.handler({ event: { id: run.eventId, name: run.eventName, data }, step, attempt: run.attempts - 1, deps, signal });
  })();
  // if the attempt is given up on, the handler may still settle later: nobody awaits it then
  handled.catch(() => {});
  try {
    const outcome = await Promise.race([
      handled.then(() => ({ ok: true as const })),
      aborted(signal).then((reason) => ({ ok: false as const, error: reason })),
    ]);
    if (outcome.ok && !signal.aborted) {
      return (await writeOwned(db, run, { status: "SUCCEEDED", lockedUntil: null, finishedAt: deps.now(), lastError: null })) ? "SUCCEEDED" : "LOST";
    }
    throw outcome.ok ? signal.reason : outcome.error;
  } catch (e) {
    if (e instanceof LockLostError) return "LOST";
    const lastError = (e instanceof Error ? `${e.name}: ${e.message}` : String(e)).slice(0, 4000);
    const final = e instanceof NonRetriableError || run.attempts >= run.maxAttempts;
    const now = deps.now();
    const owned = await writeOwned(
      db,
      run,
      final
        ? { status: "FAILED", lastError, lockedUntil: null, finishedAt: now }
        : { status: "QUEUED", lastError, lockedUntil: null, runAt: new Date(now.getTime() + backoffMs(run.attempts, opts.backoffBaseMs)) },
    );
    if (!owned) return "LOST";
    if (final) logger().error("jobs: run failed", { error: lastError, attempts: run.attempts });
    else logger().warn("jobs: run will be retried", { error: lastError, attempts: run.attempts });
    return final ? "FAILED" : "RETRY";
  } finally {
    clearTimeout(timer);
    opts.lease?.removeEventListener("abort", onLeaseLost);
  }
}
