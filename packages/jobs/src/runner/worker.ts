import type { Db } from "@atelier/db";
import type { AnyJobDefinition, JobDeps } from "../define.ts";
import { outboxMailer } from "../email/mailer.ts";
import { allFunctions } from "../functions/index.ts";
import { missingStripe } from "@atelier/core/payments/stripe-client";
import { claimNext } from "./claim.ts";
import { createInProcessSender } from "./in-process-sender.ts";
import { executeRun, type RunOutcome } from "./execute.ts";

export interface RunnerOptions {
  functions?: AnyJobDefinition[];
  /** dependencies handed to functions; db defaults to the queue's db, mailer to the outbox */
  deps?: Partial<JobDeps>;
  now?: () => Date;
  lockMs?: number;
  backoffBaseMs?: number;
}

function resolve(db: Db, opts: RunnerOptions) {
  const now = opts.now ?? opts.deps?.now ?? (() => new Date());
  const functions = opts.functions ?? allFunctions;
  const deps: JobDeps = {
    db,
    mailer: outboxMailer,
    stripe: missingStripe,
    appUrl: "http://localhost:3000",
    // follow-up events of in-process functions go to the same queue
    events: createInProcessSender(db, { functions }),
    ...opts.deps,
    now,
  };
  const byId = new Map(functions.map((f) => [f.id, f]));
  return { deps, byId, now, lockMs: opts.lockMs ?? 5 * 60_000 };
}

/** Claims and runs one due job. Returns null when nothing is due. */
export async function runNextJob(db: Db, opts: RunnerOptions = {}): Promise<{ id: string; outcome: RunOutcome } | null> {
  const { deps, byId, now, lockMs } = resolve(db, opts);
  const run = await claimNext(db, now(), lockMs);
  if (!run) return null;
  const outcome = await executeRun(run, byId.get(run.functionId), deps, { backoffBaseMs: opts.backoffBaseMs });
  return { id: run.id, outcome };
}

export interface DrainSummary {
  ran: number;
  succeeded: number;
  retried: number;
  failed: number;
}

/**
 * Runs every job that is due now (and any they enqueue), one at a time, then returns. Retries are
 * scheduled in the future, so a failing job runs once per drain: tests advance `now` to retry.
 */
export async function drainJobs(db: Db, opts: RunnerOptions & { maxRuns?: number } = {}): Promise<DrainSummary> {
  const summary: DrainSummary = { ran: 0, succeeded: 0, retried: 0, failed: 0 };
  const max = opts.maxRuns ?? 1_000;
  while (summary.ran < max) {
    const r = await runNextJob(db, opts);
    if (!r) break;
    summary.ran++;
    if (r.outcome === "SUCCEEDED") summary.succeeded++;
    else if (r.outcome === "RETRY") summary.retried++;
    else summary.failed++;
  }
  return summary;
}

export interface Worker {
  /** run due jobs soon (called after events are queued) */
  wake(): void;
  stop(): Promise<void>;
}

/** A polling worker in this process: drains due jobs every `pollMs` and whenever woken. */
export function startWorker(db: Db, opts: RunnerOptions & { pollMs?: number; onError?: (e: unknown) => void } = {}): Worker {
  const pollMs = opts.pollMs ?? 2_000;
  let stopped = false;
  let running: Promise<void> | null = null;
  let again = false;
  let timer: ReturnType<typeof setTimeout> | null = null;

  const tick = () => {
    if (stopped) return;
    if (running) {
      again = true;
      return;
    }
    if (timer) clearTimeout(timer);
    running = drainJobs(db, opts)
      .then(() => undefined)
      .catch((e: unknown) => (opts.onError ?? ((err) => console.error("[jobs] worker error", err)))(e))
      .finally(() => {
        running = null;
        if (stopped) return;
        if (again) {
          again = false;
          setImmediate(tick);
        } else timer = setTimeout(tick, pollMs);
      });
  };
  timer = setTimeout(tick, 0);
  return {
    wake: () => setImmediate(tick),
    async stop() {
      stopped = true;
      if (timer) clearTimeout(timer);
      await running;
    },
  };
}
