import { expect, test, type APIResponse } from "@playwright/test";
import { spawn, type ChildProcess } from "node:child_process";
import http from "node:http";
import net from "node:net";
import path from "node:path";
import { e2eDatabaseUrl } from "./support/database";
import { uniqueEmail } from "./helpers";

/** Security headers, origin checks, body limits and client addresses, over HTTP against the production build. */

function expectSecurityHeaders(res: APIResponse) {
  const h = res.headers();
  expect(h["x-frame-options"]).toBe("DENY");
  expect(h["x-content-type-options"]).toBe("nosniff");
  expect(h["referrer-policy"]).toBe("strict-origin-when-cross-origin");
  expect(h["permissions-policy"]).toContain("camera=(self)");
  expect(h["strict-transport-security"]).toMatch(/max-age=\d+/); // the e2e server is a production build
  expect(h["content-security-policy"]).toContain("frame-ancestors 'none'");
  return h;
}

test.describe("security headers", () => {
  test("a page: a nonce CSP that its own scripts carry, and the page still runs", async ({ page, request }) => {
    const res = await request.get("/gallery");
    const h = expectSecurityHeaders(res);
    const nonce = /'nonce-([^']+)'/.exec(h["content-security-policy"]!)?.[1];
    expect(nonce).toBeTruthy();
    expect(h["content-security-policy"]).toContain("'strict-dynamic'");
    expect(h["content-security-policy"]).not.toMatch(/script-src[^;]*'unsafe-inline'/);
    expect(await res.text()).toContain(`nonce="${nonce}"`);
    expect(h["x-request-id"]).toMatch(/^[0-9a-f-]{36}$/);
    // a second response gets another nonce
    const again = (await request.get("/gallery")).headers()["content-security-policy"];
    expect(again).not.toContain(nonce!);

    const violations: string[] = [];
    page.on("console", (m) => {
      if (/Content Security Policy|Refused to/i.test(m.text())) violations.push(m.text());
    });
    await page.goto("/gallery");
    // the panel opens only if the page's scripts ran under the policy
    await page.getByRole("banner").getByRole("button", { name: "Ask Atelier" }).click();
    await expect(page.getByRole("dialog", { name: "Patron assistant" })).toBeVisible();
    expect(violations).toEqual([]);
  });

  test("an API route and /media", async ({ request }) => {
    const api = await request.get("/api/trpc/health", { headers: { "x-request-id": "e2e-request-0001" } });
    expect(api.ok()).toBe(true);
    expect(expectSecurityHeaders(api)["content-security-policy"]).toContain("default-src 'none'");
    expect(api.headers()["x-request-id"]).toBe("e2e-request-0001");

    const html = await (await request.get("/gallery")).text();
    const media = /\/media\/[A-Za-z0-9/_.-]+\.(?:avif|webp|jpe?g|png)/.exec(html)?.[0];
    expect(media, "the gallery shows stored images").toBeTruthy();
    const img = await request.get(media!);
    expect(img.ok()).toBe(true);
    expect(expectSecurityHeaders(img)["content-security-policy"]).toContain("default-src 'none'");
  });
});

test.describe("cross-site writes", () => {
  const turn = { assistant: "patron", message: { id: "e2e-1", role: "user", parts: [{ type: "text", text: "prints" }] } };

  test("POST /api/chat: another site's Origin or Sec-Fetch-Site: cross-site gets 403; same origin passes", async ({ request, baseURL }) => {
    for (const headers of <Record<string, string>[]>[{ origin: "https://evil.example" }, { "sec-fetch-site": "cross-site" }]) {
      const res = await request.post("/api/chat", { data: turn, headers });
      expect(res.status(), JSON.stringify(headers)).toBe(403);
      expect(await res.json()).toMatchObject({ error: { code: "FORBIDDEN" } });
    }
    const ok = await request.post("/api/chat", { data: turn, headers: { origin: new URL(baseURL!).origin, "sec-fetch-site": "same-origin" } });
    expect(ok.status()).toBe(200);
  });

  test("POST /api/artworks/<id>/images from another site gets 403 before identity is even checked", async ({ request }) => {
    const res = await request.post("/api/artworks/any/images", {
      headers: { origin: "https://evil.example" },
      multipart: { file: { name: "a.png", mimeType: "image/png", buffer: Buffer.from("x") } },
    });
    expect(res.status()).toBe(403);
    const sameSite = await request.post("/api/artworks/any/images", {
      multipart: { file: { name: "a.png", mimeType: "image/png", buffer: Buffer.from("x") } },
    });
    expect(sameSite.status()).toBe(401);
  });

  test("tRPC mutations only take JSON, which another site cannot send without a preflight", async ({ request }) => {
    const res = await request.post("/api/trpc/account.updateProfile", { headers: { "content-type": "text/plain" }, data: '{"json":{"name":"x"}}' });
    expect(res.status()).toBe(415);
  });
});

test.describe("bounded bodies", () => {
  test("tRPC bodies over 1 MB and chat bodies over 64 KB answer 413; batches over the limit 400", async ({ request }) => {
    const big = await request.post("/api/trpc/account.signUp", { headers: { "content-type": "application/json" }, data: "x".repeat(1024 * 1024 + 10) });
    expect(big.status()).toBe(413);
    expect(await big.json()).toMatchObject({ error: { code: "PAYLOAD_TOO_LARGE" } });
    const chat = await request.post("/api/chat", { headers: { "content-type": "application/json" }, data: "x".repeat(65 * 1024) });
    expect(chat.status()).toBe(413);
    const batch = await request.get(`/api/trpc/${Array(21).fill("health").join(",")}?batch=1&input=%7B%7D`);
    expect(batch.status()).toBe(400);
  });
});

/**
 * A second server on the same build and database with a sign-up limit of 3, so the limit itself
 * is what is tested (the main e2e server raises it: every browser test signs up from 127.0.0.1).
 */
test.describe("client addresses", () => {
  let server: ChildProcess | undefined;
  let port = 0;

  test.beforeAll(async () => {
    test.setTimeout(120_000); // a second `next start` on a loaded 2-core machine
    port = await freePort();
    const webDir = path.join(process.cwd(), "apps", "web");
    server = spawn(process.execPath, [path.join(webDir, "node_modules", "next", "dist", "bin", "next"), "start", "--port", String(port)], {
      cwd: webDir,
      stdio: "ignore",
      env: {
        ...process.env,
        NODE_ENV: "production",
        // a production start refuses the demo's generated AUTH_SECRET without it (the main e2e server sets it too)
        ATELIER_DEMO: "1",
        DATABASE_URL: e2eDatabaseUrl,
        ATELIER_DATA_DIR: path.join(process.cwd(), ".data", `e2e-${process.env.E2E_PORT ?? "3100"}`),
        RATE_LIMIT_SIGN_UPS_PER_HOUR: "3",
        TRUSTED_PROXIES: "",
        INNGEST_DEV: "", // keep the in-process default, like the main server
      },
    });
    for (let i = 0; i < 120; i++) {
      if ((await signUpStatus(port, "127.0.0.1", {}, "/api/trpc/health").catch(() => 0)) === 200) return;
      await new Promise((r) => setTimeout(r, 500));
    }
    throw new Error("the second server did not start");
  });
  test.afterAll(() => {
    server?.kill("SIGTERM");
  });

  test("25 sign-ups with rotating X-Forwarded-For from one address get the limit of 3", async () => {
    // a loopback address of its own, so this test has the bucket to itself
    const from = `127.0.${10 + Math.floor(Math.random() * 200)}.${2 + Math.floor(Math.random() * 250)}`;
    const statuses: number[] = [];
    for (let i = 0; i < 25; i++) {
      statuses.push(
        await signUpStatus(port, from, {
          "x-forwarded-for": `203.0.113.${i}, 198.51.100.${i}`,
          "x-real-ip": `192.0.2.${i}`,
          "x-atelier-socket-peer": `192.0.2.${i}`,
        }),
      );
    }
    expect(statuses.filter((s) => s === 200)).toHaveLength(3);
    expect(statuses.filter((s) => s === 429)).toHaveLength(22);
  });
});

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = net.createServer().listen(0, "127.0.0.1", () => {
      const { port } = s.address() as net.AddressInfo;
      s.close(() => resolve(port));
    });
    s.on("error", reject);
  });
}

/** One request from a chosen local address (Playwright's client cannot pick one); the HTTP status. */
function signUpStatus(port: number, localAddress: string, headers: Record<string, string>, pathname = "/api/trpc/account.signUp"): Promise<number> {
  const body = JSON.stringify({ json: { name: "Rotating", email: uniqueEmail("xff"), password: "password-1" } });
  const get = pathname.endsWith("/health");
  return new Promise((resolve, reject) => {
    const req = http.request(
      {
        host: "127.0.0.1",
        port,
        localAddress,
        path: pathname,
        method: get ? "GET" : "POST",
        headers: get ? headers : { "content-type": "application/json", "content-length": Buffer.byteLength(body), ...headers },
      },
      (res) => {
        res.resume();
        res.on("end", () => resolve(res.statusCode ?? 0));
      },
    );
    req.on("error", reject);
    req.end(get ? undefined : body);
  });
}
