import { createStorage, type Storage } from "@atelier/core/storage";
import { dataDir } from "@atelier/db";
import { env } from "~/env";

const globalForStorage = globalThis as unknown as { atelierStorage?: Storage };

/**
 * Media storage: S3-compatible when configured, `<data dir>/media` otherwise. One per process, shared by pages,
 * route handlers and the background jobs (no "server-only" import: instrumentation.ts loads the jobs outside the
 * React server graph).
 */
export function mediaStorage(): Storage {
  globalForStorage.atelierStorage ??= createStorage({
    dataDir: dataDir(env.ATELIER_DATA_DIR),
    S3_ENDPOINT: env.S3_ENDPOINT,
    S3_BUCKET: env.S3_BUCKET,
    S3_ACCESS_KEY_ID: env.S3_ACCESS_KEY_ID,
    S3_SECRET_ACCESS_KEY: env.S3_SECRET_ACCESS_KEY,
    S3_REGION: env.S3_REGION,
  });
  return globalForStorage.atelierStorage;
}
