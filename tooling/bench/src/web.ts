/**
 * `pnpm bench web`: what a visitor's browser downloads and how soon it paints, on a production build.
 * Builds (unless BENCH_WEB_SKIP_BUILD=1 and a build exists) and serves Atelier the way the end-to-end
 * tests do (tooling/dev/e2e-server.mjs: fresh data directory, embedded database, demo catalogue), then
 * loads `/`, `/gallery` and an artwork page in Chromium, each ROUNDS times in a fresh context (cold cache):
 * - first-load JS: every script the page fetches until the network is idle, gzipped (what `next build`
 *   calls First Load JS), with the largest chunks named;
 * - LCP: the last largest-contentful-paint entry (PerformanceObserver, buffered), median over the rounds;
 * - how the HTML was served (Cache-Control, x-nextjs-cache) — static/cached or rendered per request.
 */
import { ensureChromium } from "@atelier/dev/chromium";
import { chromium, type Page } from "@playwright/test";
import { spawn } from "node:child_process";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { gzipSync } from "node:zlib";
import { benchEnv } from "./env.ts";

const ROUNDS = 5;
const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..", "..", "..");
const port = benchEnv.web.port;
const base = `http://localhost:${port}`;
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;

async function waitForServer(url: string, timeoutMs: number) {
  const until = Date.now() + timeoutMs;
  while (Date.now() < until) {
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      /* not up yet */
    }
    await new Promise((r) => setTimeout(r, 1000));
  }
  throw new Error(`${url} did not answer within ${timeoutMs / 1000} s`);
}

interface PageLoad {
  /** the scripts the HTML names (<script src>): what the page needs before it is interactive */
  firstLoad: { url: string; gzip: number }[];
  /** every script fetched by network idle, including chunks of routes <Link> prefetches */
  scripts: { url: string; gzip: number }[];
  lcpMs: number;
  cacheControl: string;
  nextCache: string;
}

async function load(page: Page, url: string): Promise<PageLoad> {
  const scripts: { url: string; gzip: number }[] = [];
  const pending: Promise<void>[] = [];
  page.on("response", (res) => {
    if (res.request().resourceType() !== "script") return;
    pending.push(
      res
        .body()
        .then((body) => void scripts.push({ url: new URL(res.url()).pathname, gzip: gzipSync(body).length }))
        .catch(() => undefined),
    );
  });
  const response = await page.goto(url, { waitUntil: "networkidle" });
  await Promise.all(pending);
  const html = (await response?.text()) ?? "";
  const named = new Set([...html.matchAll(/<script(?![^>]*nomodule)[^>]*\ssrc="([^"]+)"/gi)].map((m) => new URL(m[1]!.replace(/&amp;/g, "&"), url).pathname));
  const firstLoad = scripts.filter((s) => named.has(s.url));
  // a script the browser took from its memory cache or whose body it dropped: fetch it ourselves
  for (const missing of [...named].filter((n) => !firstLoad.some((s) => s.url === n))) {
    const body = Buffer.from(await (await fetch(new URL(missing, url))).arrayBuffer());
    firstLoad.push({ url: missing, gzip: gzipSync(body).length });
  }
  const lcpMs = await page.evaluate(
    () =>
      new Promise<number>((resolve) => {
        let last = 0;
        new PerformanceObserver((list) => {
          for (const e of list.getEntries()) last = e.startTime;
        }).observe({ type: "largest-contentful-paint", buffered: true });
        setTimeout(() => resolve(last), 300);
      }),
  );
  const headers = response?.headers() ?? {};
  return { firstLoad, scripts, lcpMs, cacheControl: headers["cache-control"] ?? "-", nextCache: headers["x-nextjs-cache"] ?? "-" };
}

export async function benchWeb() {
  const env = {
    ...benchEnv.process,
    E2E_PORT: port,
    E2E_DB_PORT: benchEnv.web.dbPort,
    E2E_SANDBOX_PORT: benchEnv.web.sandboxPort,
    E2E_SKIP_BUILD: benchEnv.web.skipBuild ? "1" : "0",
  };
  const server = spawn(process.execPath, [path.join(root, "tooling", "dev", "e2e-server.mjs")], { cwd: root, env, stdio: ["ignore", "ignore", "inherit"] });
  try {
    await waitForServer(`${base}/api/trpc/health`, 900_000);
    const browser = await chromium.launch({ executablePath: ensureChromium((l) => console.log(`[bench] ${l}`)), args: ["--no-sandbox", "--disable-gpu"] });
    try {
      const probe = await browser.newPage();
      await probe.goto(`${base}/gallery`);
      const artwork = await probe.locator('a[href^="/artworks/"]').first().getAttribute("href");
      await probe.close();
      const pages = ["/", "/gallery", artwork ?? "/gallery"];
      console.log(`\nProduction build on localhost, Chromium, ${ROUNDS} cold loads per page (fresh context each), desktop viewport`);
      console.log(
        `${"page".padEnd(34)} ${"first-load JS (gzip)".padStart(20)} ${"scripts".padStart(7)} ${"LCP p50".padStart(9)} ${"LCP max".padStart(9)}  HTML served`,
      );
      for (const p of pages) {
        const runs: PageLoad[] = [];
        for (let i = 0; i < ROUNDS + 1; i++) {
          const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
          const run = await load(await context.newPage(), `${base}${p}`);
          await context.close();
          if (i > 0) runs.push(run); // the first load warms the server (route compilation caches), not the browser
        }
        const last = runs.at(-1)!;
        const sum = (xs: { gzip: number }[]) => xs.reduce((s, x) => s + x.gzip, 0);
        const total = sum(last.firstLoad);
        const lcps = runs.map((r) => r.lcpMs);
        console.log(
          `${p.padEnd(34)} ${kb(total).padStart(20)} ${String(last.firstLoad.length).padStart(7)} ${`${median(lcps).toFixed(0)} ms`.padStart(9)} ${`${Math.max(...lcps).toFixed(0)} ms`.padStart(9)}  ${last.cacheControl}; x-nextjs-cache ${last.nextCache}`,
        );
        console.log(`${"".padEnd(34)}   all JS by network idle (with <Link> prefetches): ${kb(sum(last.scripts))} in ${last.scripts.length} scripts`);
        const biggest = [...last.firstLoad].sort((a, b) => b.gzip - a.gzip).slice(0, benchEnv.web.allScripts ? undefined : 3);
        console.log(`${"".padEnd(34)}   largest: ${biggest.map((s) => `${path.basename(s.url)} ${kb(s.gzip)}`).join(", ")}`);
      }
      console.log("Targets (issue 12): first-load JS ≤ 150 KB gzipped, LCP ≤ 1.0 s.");
    } finally {
      await browser.close();
    }
  } finally {
    server.kill("SIGTERM");
  }
}
