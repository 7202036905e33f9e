import type { Db, JobRunModel as JobRun } from "@atelier/db";
import type { AnyJobDefinition, JobDeps } from "../define.ts";
import { outboxMailer } from "../email/mailer.ts";
import { allFunctions } from "../functions/index.ts";
import { missingStripe } from "@atelier/core/payments/stripe-client";
import { claimNext, extendLock } from "./claim.ts";
import { createInProcessSender } from "./in-process-sender.ts";
import { executeRun, LockLostError, type RunOutcome } from "./execute.ts";

/**
 * How long a claim holds a run. A worker renews the locks of the runs it is executing every
 * `heartbeatMs` (a third of this by default), so a live worker keeps a long run however long it takes
 * and a dead one's runs are claimed again within this time.
 */
export const DEFAULT_LOCK_MS = 60_000;
/** Runs one worker executes at once: a slow call (a hung Stripe request) holds one slot, not the queue. */
export const DEFAULT_CONCURRENCY = 4;

export interface RunnerOptions {
  functions?: AnyJobDefinition[];
  /** dependencies handed to functions; db defaults to the queue's db, mailer to the outbox */
  deps?: Partial<JobDeps>;
  now?: () => Date;
  lockMs?: number;
  /** how often the locks of running runs are renewed (default lockMs / 3) */
  heartbeatMs?: number;
  /** an attempt's time limit when its function sets none (default 30 s) */
  timeoutMs?: number;
  backoffBaseMs?: number;
  onError?: (e: unknown) => void;
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
  const lockMs = opts.lockMs ?? DEFAULT_LOCK_MS;
  const onError = opts.onError ?? ((err: unknown) => console.error("[jobs] worker error", err));
  return { deps, byId, now, lockMs, heartbeatMs: opts.heartbeatMs ?? Math.max(10, Math.floor(lockMs / 3)), onError };
}
type Resolved = ReturnType<typeof resolve>;

/** Executes a claimed run while renewing its lock; a renewal that finds the run taken over aborts the attempt. */
async function runClaimed(db: Db, run: JobRun, r: Resolved, opts: RunnerOptions): Promise<RunOutcome> {
  const lease = new AbortController();
  const beat = setInterval(() => {
    extendLock(db, run, r.now(), r.lockMs)
      .then((owned) => {
        if (!owned) lease.abort(new LockLostError());
      })
      // a failed renewal (the database is briefly away) is retried on the next beat; the lock still holds until it lapses
      .catch(r.onError);
  }, r.heartbeatMs);
  try {
    return await executeRun(run, r.byId.get(run.functionId), r.deps, { backoffBaseMs: opts.backoffBaseMs, timeoutMs: opts.timeoutMs, lease: lease.signal });
  } finally {
    clearInterval(beat);
  }
}

/** Claims and runs one due job. Returns null when nothing is due. */
export async function runNextJob(db: Db, opts: RunnerOptions = {}): Promise<{ id: string; outcome: RunOutcome } | null> {
  const r = resolve(db, opts);
  const run = await claimNext(db, r.now(), r.lockMs);
  if (!run) return null;
  return { id: run.id, outcome: await runClaimed(db, run, r, opts) };
}

export interface DrainSummary {
  ran: number;
  succeeded: number;
  retried: number;
  failed: number;
  /** runs another worker took over while this one had them (nothing was recorded for them here) */
  lost: number;
  /** runs that went to sleep (step.sleepUntil) until a later time */
  sleeping: number;
}

/**
 * Runs every job that is due now (and any they enqueue), one at a time, then returns. Retries are
 * scheduled in the future, so a failing job runs once per drain: tests advance `now` to retry.
 * (The worker below runs several at once; this stays sequential so tests read in order.)
 */
export async function drainJobs(db: Db, opts: RunnerOptions & { maxRuns?: number } = {}): Promise<DrainSummary> {
  const summary: DrainSummary = { ran: 0, succeeded: 0, retried: 0, failed: 0, lost: 0, sleeping: 0 };
  const max = opts.maxRuns ?? 1_000;
  while (summary.ran < max) {
    const r = await runNextJob(db, opts);
    if (!r) break;
    summary.ran++;
    if (r.outcome === "SUCCEEDED") summary.succeeded++;
    else if (r.outcome === "RETRY") summary.retried++;
    else if (r.outcome === "LOST") summary.lost++;
    else if (r.outcome === "SLEEPING") summary.sleeping++;
    else summary.failed++;
  }
  return summary;
}

export interface Worker {
  /** run due jobs soon (called after events are queued) */
  wake(): void;
  /** stops claiming; resolves when the runs under way have finished (or hit their time limit) */
  stop(): Promise<void>;
  /** runs this worker is executing now */
  readonly active: number;
}

/**
 * A polling worker in this process: up to `concurrency` runs at once, each under its time limit and
 * with its lock renewed while it runs. It claims whenever a slot frees up, every `pollMs`, and when woken.
 */
export function startWorker(db: Db, opts: RunnerOptions & { pollMs?: number; concurrency?: number } = {}): Worker {
  const r = resolve(db, opts);
  const pollMs = opts.pollMs ?? 2_000;
  const concurrency = Math.max(1, opts.concurrency ?? DEFAULT_CONCURRENCY);
  const active = new Map<string, Promise<void>>();
  let stopped = false;
  let filling: Promise<void> | null = null;
  let again = false;
  let timer: ReturnType<typeof setTimeout> | null = null;

  const schedule = (ms: number) => {
    if (stopped) return;
    if (timer) clearTimeout(timer);
    timer = setTimeout(fill, ms);
  };

  /** Claims due runs into the free slots. One fill at a time; a wake-up during one asks for another. */
  function fill() {
    if (stopped) return;
    if (filling) {
      again = true;
      return;
    }
    filling = (async () => {
      while (!stopped && active.size < concurrency) {
        const run = await claimNext(db, r.now(), r.lockMs);
        if (!run) break;
        const done = runClaimed(db, run, r, opts)
          .then(() => undefined, r.onError)
          .finally(() => {
            active.delete(run.id);
            schedule(0);
          });
        active.set(run.id, done);
      }
    })()
      .catch(r.onError)
      .finally(() => {
        filling = null;
        if (again) {
          again = false;
          schedule(0);
        } else schedule(pollMs);
      });
  }

  schedule(0);
  return {
    wake: () => schedule(0),
    get active() {
      return active.size;
    },
    async stop() {
      stopped = true;
      if (timer) clearTimeout(timer);
      await filling;
      await Promise.allSettled([...active.values()]);
    },
  };
}
