import { AwsClient } from "aws4fetch";
import { assertValidKey } from "./keys.ts";
import type { Storage } from "./types.ts";

export interface S3Config {
  endpoint: string;
  bucket: string;
  accessKeyId: string;
  secretAccessKey: string;
  region?: string;
  /** injectable for tests; defaults to global fetch */
  fetch?: typeof fetch;
}

/**
 * Any S3-compatible store (AWS S3, R2, MinIO, Backblaze B2...) through SigV4-signed requests,
 * path-style URLs: `<endpoint>/<bucket>/<key>`.
 */
export function s3Storage(cfg: S3Config): Storage {
  const client = new AwsClient({ accessKeyId: cfg.accessKeyId, secretAccessKey: cfg.secretAccessKey, service: "s3", region: cfg.region ?? "auto" });
  const doFetch = cfg.fetch ?? fetch;
  const urlOf = (key: string) => `${cfg.endpoint.replace(/\/+$/, "")}/${encodeURIComponent(cfg.bucket)}/${assertValidKey(key)}`;
  async function send(method: string, key: string, init: { body?: Uint8Array; headers?: Record<string, string> } = {}) {
    const signed = await client.sign(urlOf(key), { method, body: init.body as BodyInit | undefined, headers: init.headers });
    return doFetch(signed);
  }
  return {
    kind: "s3",
    async put(key, bytes, contentType) {
      const res = await send("PUT", key, { body: bytes, headers: { "content-type": contentType } });
      if (!res.ok) throw new Error(`S3 PUT ${key} failed: ${res.status} ${await res.text()}`);
    },
    async get(key) {
      const res = await send("GET", key);
      if (res.status === 404) return null;
      if (!res.ok) throw new Error(`S3 GET ${key} failed: ${res.status}`);
      return { bytes: new Uint8Array(await res.arrayBuffer()), contentType: res.headers.get("content-type") ?? "application/octet-stream" };
    },
    async delete(key) {
      const res = await send("DELETE", key);
      if (!res.ok && res.status !== 404) throw new Error(`S3 DELETE ${key} failed: ${res.status}`);
    },
    async exists(key) {
      const res = await send("HEAD", key);
      if (res.status === 404) return false;
      if (!res.ok) throw new Error(`S3 HEAD ${key} failed: ${res.status}`);
      return true;
    },
  };
}
