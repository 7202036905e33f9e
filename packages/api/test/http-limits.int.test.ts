import { configureLogger, type LogLine } from "@atelier/core/observability/logger";
import { describe, expect, it } from "vitest";
import { createContext, handleTrpcRequest, MAX_BATCH_SIZE } from "../src/index.ts";
import { useTestDatabase } from "./harness.ts";

const h = useTestDatabase();
const ctxFor = (r: Request) => createContext({ db: h.db, headers: r.headers, getSessionUserId: async () => null, clientIp: "192.0.2.10" });
const trpc = (req: Request) => handleTrpcRequest(req, "/api/trpc", ctxFor);
const url = (path: string) => `http://atelier.test/api/trpc/${path}`;

function streamOf(bytes: number, chunk = 64 * 1024): ReadableStream<Uint8Array> {
  let sent = 0;
  return new ReadableStream({
    pull(c) {
      if (sent >= bytes) return c.close();
      const n = Math.min(chunk, bytes - sent);
      sent += n;
      c.enqueue(new Uint8Array(n).fill(0x20));
    },
  });
}

describe("tRPC bodies and batches are bounded", () => {
  it("a body declared over 1 MB answers 413 JSON without being read", async () => {
    let pulled = 0;
    const body = new ReadableStream({
      pull(c) {
        pulled++;
        c.enqueue(new Uint8Array(1024));
      },
    });
    const req = new Request(url("account.signUp"), {
      method: "POST",
      headers: { "content-type": "application/json", "content-length": String(2 * 1024 * 1024) },
      body,
      duplex: "half",
    } as RequestInit);
    const res = await trpc(req);
    expect(res.status).toBe(413);
    expect(await res.json()).toMatchObject({ error: { code: "PAYLOAD_TOO_LARGE", message: expect.stringMatching(/1 MB/) } });
    expect(pulled).toBeLessThanOrEqual(1);
  });

  it("a streamed body with no Content-Length is cut off once it passes 1 MB", async () => {
    let pulledBytes = 0;
    const source = streamOf(50 * 1024 * 1024);
    const counted = source.pipeThrough(
      new TransformStream({
        transform(chunk, c) {
          pulledBytes += chunk.byteLength;
          c.enqueue(chunk);
        },
      }),
    );
    const res = await trpc(
      new Request(url("account.signUp"), { method: "POST", headers: { "content-type": "application/json" }, body: counted, duplex: "half" } as RequestInit),
    );
    expect(res.status).toBe(413);
    expect(pulledBytes).toBeLessThan(2 * 1024 * 1024);
  });

  it("a body under the limit still reaches the procedure", async () => {
    const res = await trpc(
      new Request(url("account.signUp"), {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ json: { name: "x".repeat(500_000), email: "big@test.atelier", password: "password-1" } }),
      }),
    );
    expect(res.status).toBe(400); // the name field's own limit answers, not the body limit
    expect(await h.db.user.count({ where: { email: "big@test.atelier" } })).toBe(0);
  });

  it(`batches of more than ${MAX_BATCH_SIZE} calls answer 400; ${MAX_BATCH_SIZE} pass`, async () => {
    const batch = (n: number) => new Request(url(`${Array(n).fill("health").join(",")}?batch=1&input=${encodeURIComponent("{}")}`));
    const over = await trpc(batch(MAX_BATCH_SIZE + 1));
    expect(over.status).toBe(400);
    expect(JSON.stringify(await over.json())).toMatch(/Batch call exceeds maximum size/);
    const ok = await trpc(batch(MAX_BATCH_SIZE));
    expect(ok.status).toBe(200);
    expect(await ok.json()).toHaveLength(MAX_BATCH_SIZE);
  });
});

describe("tRPC mutations cannot be forged from another site", () => {
  it("POSTs a form could send (multipart, urlencoded, text/plain) answer 415 and run nothing", async () => {
    const user = await h.db.user.create({ data: { email: "csrf@test.atelier", name: "Csrf", roles: { create: [{ role: "BUYER" }] } } });
    const asUser = (r: Request) => createContext({ db: h.db, headers: r.headers, getSessionUserId: async () => user.id, clientIp: "192.0.2.11" });
    const form = new FormData();
    form.set("name", "Hacked");
    const attempts: RequestInit[] = [
      { method: "POST", body: form },
      { method: "POST", headers: { "content-type": "application/x-www-form-urlencoded" }, body: "name=Hacked" },
      { method: "POST", headers: { "content-type": "text/plain" }, body: JSON.stringify({ json: { name: "Hacked" } }) },
      { method: "POST", headers: { "content-type": "application/octet-stream" }, body: "x" },
    ];
    for (const init of attempts) {
      const res = await handleTrpcRequest(new Request(url("account.updateProfile"), init), "/api/trpc", asUser);
      expect(res.status).toBe(415);
    }
    expect((await h.db.user.findUniqueOrThrow({ where: { id: user.id } })).name).toBe("Csrf");
    const json = await handleTrpcRequest(
      new Request(url("account.updateProfile"), {
        method: "POST",
        headers: { "content-type": "application/json; charset=utf-8" },
        body: JSON.stringify({ json: { name: "Renamed" } }),
      }),
      "/api/trpc",
      asUser,
    );
    expect(json.status).toBe(200);
  });
});

describe("request ids", () => {
  it("a valid incoming x-request-id is kept and returned; anything else gets a fresh one", async () => {
    const kept = await trpc(new Request(url("health"), { headers: { "x-request-id": "edge-1234abcd" } }));
    expect(kept.headers.get("x-request-id")).toBe("edge-1234abcd");
    const replaced = await trpc(new Request(url("health"), { headers: { "x-request-id": "bad id <script>" } }));
    expect(replaced.headers.get("x-request-id")).toMatch(/^[0-9a-f-]{36}$/);
  });

  it("a failing call is logged once with its request id, a successful one not at all", async () => {
    const lines: LogLine[] = [];
    configureLogger({ format: "json", write: (line) => lines.push(line) });
    try {
      await trpc(new Request(url("health"), { headers: { "x-request-id": "req-ok-123456" } }));
      expect(lines).toEqual([]);
      const broken = (r: Request) => ctxFor(r).then((c) => ({ ...c, db: { $queryRaw: () => Promise.reject(new Error("db is down")) } as never }));
      const res = await handleTrpcRequest(new Request(url("health"), { headers: { "x-request-id": "req-broken-1234" } }), "/api/trpc", broken);
      expect(res.status).toBe(500);
      expect(lines).toHaveLength(1);
      expect(lines[0]).toMatchObject({ level: "error", requestId: "req-broken-1234", path: "health", err: { message: "db is down" } });
    } finally {
      configureLogger({ format: "pretty" });
    }
  });
});
