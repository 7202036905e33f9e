import { AppError } from "../errors.ts";

/**
 * Storage keys are relative paths of safe segments ("artworks/<id>/<image>/w640.avif").
 * No "..", no leading slash, no backslashes, no empty or dot segments: a key can never leave the
 * storage root, whatever the adapter.
 */
const SEGMENT = /^[A-Za-z0-9_-][A-Za-z0-9._-]{0,127}$/;

export function isValidKey(key: string): boolean {
  if (key.length === 0 || key.length > 512) return false;
  return key.split("/").every((s) => SEGMENT.test(s) && s !== "." && s !== ".." && !s.includes(".."));
}

export function assertValidKey(key: string): string {
  if (!isValidKey(key)) throw new AppError("BAD_REQUEST", "Invalid storage key.");
  return key;
}

/**
 * Keys under this prefix are people's own files (buyers' room photos and their previews): the public
 * /media route never serves them; only a route that checks who is asking does.
 */
export const PRIVATE_KEY_PREFIX = "private/";

/** Whether /media may serve this key to anyone: a valid key outside the private space. */
export function isPublicMediaKey(key: string): boolean {
  return isValidKey(key) && !key.startsWith(PRIVATE_KEY_PREFIX);
}

/** Content type from a stored key's extension (keys are always written by us, with our extensions). */
export function contentTypeForKey(key: string): string {
  const ext = key.slice(key.lastIndexOf(".") + 1).toLowerCase();
  return CONTENT_TYPES[ext] ?? "application/octet-stream";
}

const CONTENT_TYPES: Record<string, string> = {
  avif: "image/avif",
  webp: "image/webp",
  jpg: "image/jpeg",
  jpeg: "image/jpeg",
  png: "image/png",
};
