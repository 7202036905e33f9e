import path from "node:path";
import { localStorage } from "./local.ts";
import { s3Storage } from "./s3.ts";
import type { Storage } from "./types.ts";

export type { Storage, StoredObject } from "./types.ts";
export { localStorage } from "./local.ts";
export { s3Storage, type S3Config } from "./s3.ts";
export { isValidKey, assertValidKey, contentTypeForKey, isPublicMediaKey, PRIVATE_KEY_PREFIX } from "./keys.ts";

export interface StorageSettings {
  /** the data directory (`dataDir(env.ATELIER_DATA_DIR)`); media goes to `<dataDir>/media` */
  dataDir: string;
  S3_ENDPOINT?: string;
  S3_BUCKET?: string;
  S3_ACCESS_KEY_ID?: string;
  S3_SECRET_ACCESS_KEY?: string;
  S3_REGION?: string;
}

/** S3 when all four S3 settings are present, local disk otherwise. The caller passes validated env values. */
export function createStorage(s: StorageSettings): Storage {
  if (s.S3_ENDPOINT && s.S3_BUCKET && s.S3_ACCESS_KEY_ID && s.S3_SECRET_ACCESS_KEY) {
    return s3Storage({
      endpoint: s.S3_ENDPOINT,
      bucket: s.S3_BUCKET,
      accessKeyId: s.S3_ACCESS_KEY_ID,
      secretAccessKey: s.S3_SECRET_ACCESS_KEY,
      region: s.S3_REGION,
    });
  }
  return localStorage(path.join(s.dataDir, "media"));
}
