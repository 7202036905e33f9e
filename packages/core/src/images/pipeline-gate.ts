import os from "node:os";
import pLimit from "p-limit";
import { AppError } from "../errors.ts";

/**
 * Decoding and encoding a large image takes every core for seconds and hundreds of MB. Uploads
 * therefore queue for the process's image pipeline: one or two images at a time (half the cores), so
 * requests that do not touch images (health checks, pages, the database) keep cores of their own,
 * and memory stays bounded.
 * A queue that is already long is refused rather than letting uploads pile up their bytes in memory.
 */
export interface PipelineGate {
  run<T>(work: () => Promise<T>): Promise<T>;
  stats(): PipelineStats;
}

export interface PipelineStats {
  /** pipelines running now */
  active: number;
  /** the most that ever ran at once */
  mostActive: number;
  /** waiting for a slot */
  waiting: number;
  /** how many were let through so far */
  started: number;
}

/** Half the cores, between 1 and 2: one pipeline on a 2-core machine, two from 4 cores up. */
export const MAX_CONCURRENT_PIPELINES = Math.min(2, Math.max(1, Math.floor(os.availableParallelism() / 2)));
export const MAX_WAITING_PIPELINES = 12;

export function createPipelineGate(opts: { concurrency: number; maxWaiting: number }): PipelineGate {
  const limit = pLimit(opts.concurrency);
  const counts = { active: 0, mostActive: 0, started: 0 };
  return {
    run(work) {
      if (limit.pendingCount + limit.activeCount >= opts.concurrency + opts.maxWaiting) {
        return Promise.reject(
          new AppError("SERVICE_UNAVAILABLE", "Many images are being processed right now. Try this one again in a minute.", {
            retryAfterSeconds: 30,
            fieldErrors: { file: ["Many images are being processed right now. Try this one again in a minute."] },
          }),
        );
      }
      return limit(async () => {
        counts.active++;
        counts.started++;
        counts.mostActive = Math.max(counts.mostActive, counts.active);
        try {
          return await work();
        } finally {
          counts.active--;
        }
      });
    },
    stats: () => ({ ...counts, waiting: limit.pendingCount }),
  };
}

/** The process's image pipeline. */
export const imagePipeline = createPipelineGate({ concurrency: MAX_CONCURRENT_PIPELINES, maxWaiting: MAX_WAITING_PIPELINES });
