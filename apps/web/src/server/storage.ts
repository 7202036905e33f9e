import "server-only";
import type { Storage } from "@atelier/core/storage";
import { mediaStorage } from "./media-storage";

/** Media storage: S3-compatible when configured, `<data dir>/media` otherwise. */
export function getStorage(): Storage {
  return mediaStorage();
}
