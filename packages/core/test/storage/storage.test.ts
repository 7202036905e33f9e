import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { createStorage, isValidKey, localStorage, s3Storage } from "../../src/storage/index.ts";

describe("storage keys", () => {
  it("refuses anything that could leave the storage root", () => {
    for (const bad of [
      "../etc/passwd",
      "a/../../b",
      "/abs/path",
      "a//b",
      "a\\..\\b",
      "..",
      ".",
      "a/./b",
      "",
      "a/b/",
      "%2e%2e/x",
      "a/..hidden/../x",
      "a/b\0c",
    ]) {
      expect(isValidKey(bad), bad).toBe(false);
    }
    for (const good of ["artworks/abc/0123/w320.avif", "avatars/x.webp", "a-b_c/d.e.png"]) expect(isValidKey(good), good).toBe(true);
  });
});

describe("local disk storage", () => {
  it("puts, gets, checks and deletes under the root, and rejects traversal keys", async () => {
    const root = fs.mkdtempSync(path.join(os.tmpdir(), "atelier-media-"));
    const s = localStorage(root);
    await s.put("artworks/a1/i1/w320.webp", new Uint8Array([1, 2, 3]), "image/webp");
    expect(fs.existsSync(path.join(root, "artworks/a1/i1/w320.webp"))).toBe(true);
    expect(await s.exists("artworks/a1/i1/w320.webp")).toBe(true);
    const got = await s.get("artworks/a1/i1/w320.webp");
    expect(got && [...got.bytes]).toEqual([1, 2, 3]);
    expect(got?.contentType).toBe("image/webp");
    expect(await s.get("artworks/a1/i1/missing.webp")).toBeNull();
    await s.delete("artworks/a1/i1/w320.webp");
    await s.delete("artworks/a1/i1/w320.webp"); // idempotent
    expect(await s.exists("artworks/a1/i1/w320.webp")).toBe(false);
    await expect(s.put("../escape.webp", new Uint8Array([1]), "image/webp")).rejects.toThrow(/Invalid storage key/);
    await expect(s.get("../../etc/passwd")).rejects.toThrow(/Invalid storage key/);
    expect(fs.existsSync(path.join(root, "..", "escape.webp"))).toBe(false);
  });

  it("treats a key that names a directory (a prefix of other keys) as no object", async () => {
    const root = fs.mkdtempSync(path.join(os.tmpdir(), "atelier-media-"));
    const s = localStorage(root);
    await s.put("artworks/a1/i1/w320.webp", new Uint8Array([1, 2, 3]), "image/webp");
    for (const dir of ["artworks", "artworks/a1", "artworks/a1/i1"]) {
      expect(await s.get(dir), dir).toBeNull();
      expect(await s.exists(dir), dir).toBe(false);
      await s.delete(dir);
    }
    // deleting "the directory" removed nothing under it
    expect(await s.exists("artworks/a1/i1/w320.webp")).toBe(true);
    // a path through a file is no object either
    expect(await s.get("artworks/a1/i1/w320.webp/deeper")).toBeNull();
  });

  it("is chosen when S3 settings are incomplete", () => {
    expect(createStorage({ dataDir: "/tmp/x", S3_ENDPOINT: "https://s3.example", S3_BUCKET: "b" }).kind).toBe("local");
  });
});

describe("S3-compatible storage (signing and request shape; no network here)", () => {
  function recorder(status = 200, body = "ok") {
    const calls: Request[] = [];
    const fetchFn = (async (req: Request) => {
      calls.push(req);
      return new Response(status === 200 && req.method === "GET" ? body : null, { status, headers: { "content-type": "image/avif" } });
    }) as typeof fetch;
    return { calls, fetchFn };
  }

  it("sends SigV4-signed path-style requests", async () => {
    const { calls, fetchFn } = recorder();
    const s = s3Storage({
      endpoint: "https://s3.eu-central-1.example.com/",
      bucket: "atelier-media",
      accessKeyId: "AKIDEXAMPLE",
      secretAccessKey: "secret",
      region: "eu-central-1",
      fetch: fetchFn,
    });
    await s.put("artworks/a/b/w320.avif", new Uint8Array([9, 9]), "image/avif");
    const put = calls[0]!;
    expect(put.method).toBe("PUT");
    expect(put.url).toBe("https://s3.eu-central-1.example.com/atelier-media/artworks/a/b/w320.avif");
    expect(put.headers.get("content-type")).toBe("image/avif");
    const auth = put.headers.get("authorization") ?? "";
    expect(auth).toMatch(/^AWS4-HMAC-SHA256 Credential=AKIDEXAMPLE\/\d{8}\/eu-central-1\/s3\/aws4_request, SignedHeaders=[a-z0-9;-]+, Signature=[0-9a-f]{64}$/);
    expect(put.headers.get("x-amz-content-sha256")).toMatch(/^([0-9a-f]{64}|UNSIGNED-PAYLOAD)$/);
    expect(put.headers.get("x-amz-date")).toMatch(/^\d{8}T\d{6}Z$/);

    const got = await s.get("artworks/a/b/w320.avif");
    expect(got?.contentType).toBe("image/avif");
    expect(await s.exists("artworks/a/b/w320.avif")).toBe(true);
    await s.delete("artworks/a/b/w320.avif");
    expect(calls.map((c) => c.method)).toEqual(["PUT", "GET", "HEAD", "DELETE"]);
  });

  it("maps 404 to null / false and refuses traversal keys before any request", async () => {
    const { calls, fetchFn } = recorder(404);
    const s = s3Storage({ endpoint: "http://minio:9000", bucket: "b", accessKeyId: "k", secretAccessKey: "s", fetch: fetchFn });
    expect(await s.get("x/y.webp")).toBeNull();
    expect(await s.exists("x/y.webp")).toBe(false);
    await s.delete("x/y.webp");
    await expect(s.put("../x", new Uint8Array([1]), "image/webp")).rejects.toThrow(/Invalid storage key/);
    expect(calls).toHaveLength(3);
  });

  it("is chosen when all S3 settings are present", () => {
    expect(createStorage({ dataDir: "/tmp/x", S3_ENDPOINT: "https://s3.example", S3_BUCKET: "b", S3_ACCESS_KEY_ID: "k", S3_SECRET_ACCESS_KEY: "s" }).kind).toBe(
      "s3",
    );
  });
});
