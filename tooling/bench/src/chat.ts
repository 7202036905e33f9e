/**
 * `pnpm bench chat`: time to first token of POST /api/chat (the real handler: body parsing, the
 * allowance check, loading/creating the conversation, validation, tools, the UI message stream)
 * next to calling `streamText` directly with the same mock model, in the same process and run.
 * The mock model streams 40 words with no delay, so the numbers are the app's own overhead.
 */
import type { LanguageModelV4StreamPart } from "@ai-sdk/provider";
import { OfflineLanguageModel } from "@atelier/ai";
import { createContext, handleChatRequest } from "@atelier/api";
import { defaultCoreSettings } from "@atelier/core/env";

import { localStorage } from "@atelier/core/storage";
import { applyMigrations, createDb, type Db } from "@atelier/db";
import type { LanguageModelV4 } from "@ai-sdk/provider";
import { simulateReadableStream, streamText } from "ai";
import { MockLanguageModelV4 } from "ai/test";
import os from "node:os";
import path from "node:path";
import { performance } from "node:perf_hooks";

const ITERATIONS = 200;
const WARMUP = 20;
const WORDS = Array.from({ length: 40 }, (_, i) => `word${i} `);

function mockModel(): LanguageModelV4 {
  const usage = {
    inputTokens: { total: 20, noCache: 20, cacheRead: undefined, cacheWrite: undefined },
    outputTokens: { total: 40, text: 40, reasoning: undefined },
  };
  const chunks: LanguageModelV4StreamPart[] = [
    { type: "text-start", id: "t" },
    ...WORDS.map((delta): LanguageModelV4StreamPart => ({ type: "text-delta", id: "t", delta })),
    { type: "text-end", id: "t" },
    { type: "finish", finishReason: { unified: "stop", raw: "stop" }, usage },
  ];
  return new MockLanguageModelV4({ doStream: async () => ({ stream: simulateReadableStream({ chunks, initialDelayInMs: null, chunkDelayInMs: null }) }) });
}

export interface ChatRow {
  name: string;
  ttft: { p50: number; p95: number };
  total: { p50: number; p95: number };
}

const pct = (xs: number[], p: number) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor((p / 100) * xs.length))]!;

async function time(run: () => Promise<{ first: Promise<void>; done: Promise<void> }>): Promise<{ ttft: number[]; total: number[] }> {
  const ttft: number[] = [];
  const total: number[] = [];
  for (let i = 0; i < WARMUP + ITERATIONS; i++) {
    const t = performance.now();
    const { first, done } = await run();
    await first;
    const tf = performance.now() - t;
    await done;
    if (i >= WARMUP) {
      ttft.push(tf);
      total.push(performance.now() - t);
    }
  }
  return { ttft, total };
}

/** Resolves `first` at the first text delta of an SSE UI message stream, `done` at its end. */
function readSse(res: Response) {
  let resolveFirst!: () => void;
  const first = new Promise<void>((r) => (resolveFirst = r));
  const done = (async () => {
    const reader = res.body!.pipeThrough(new TextDecoderStream()).getReader();
    for (;;) {
      const { done: end, value } = await reader.read();
      if (end) break;
      if (value.includes('"type":"text-delta"')) resolveFirst();
    }
    resolveFirst();
  })();
  return { first, done };
}

export async function benchChat(url: string, log: (l: string) => void): Promise<ChatRow[]> {
  await applyMigrations(url);
  const db: Db = createDb({ connectionString: url, max: 4 });
  const user = await db.user.create({ data: { email: `bench-${Date.now()}@bench.atelier`, name: "Bench Buyer", roles: { create: [{ role: "BUYER" }] } } });
  const limits = { ASSISTANT_REQUESTS_PER_MINUTE: 1_000_000, ASSISTANT_DAILY_TOKENS: 1_000_000_000, ASSISTANT_VISITOR_REQUESTS_PER_DAY: 1_000_000 };
  const storage = localStorage(path.join(os.tmpdir(), "atelier-bench-media"));
  // the route's own path: a request context (identity from the session, settings) per request, then the chat handler
  const ctx = (userId: string | null) =>
    createContext({
      db,
      headers: new Headers(),
      getSessionUserId: async () => userId,
      storage,
      assistant: { providerLabel: "bench", offline: false, limits },
      settings: { ...defaultCoreSettings, ...limits },
    });
  const modelFor = (model: "mock" | "offline") => (d: { offlinePolicy: ConstructorParameters<typeof OfflineLanguageModel>[0] }) =>
    model === "mock" ? mockModel() : new OfflineLanguageModel(d.offlinePolicy);
  const chat = async (body: unknown, userId: string | null, model: "mock" | "offline") => handleChatRequest(request(body), await ctx(userId), modelFor(model));
  const request = (body: unknown) =>
    new Request("http://bench.atelier/api/chat", { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify(body) });
  const message = (text: string) => ({ id: `m${performance.now()}`, role: "user", parts: [{ type: "text", text }] });

  const rows: ChatRow[] = [];
  const add = (name: string, r: { ttft: number[]; total: number[] }) => {
    rows.push({ name, ttft: { p50: pct(r.ttft, 50), p95: pct(r.ttft, 95) }, total: { p50: pct(r.total, 50), p95: pct(r.total, 95) } });
    log(`chat: ${name} done`);
  };

  add(
    "streamText directly (baseline)",
    await time(async () => {
      const result = streamText({ model: mockModel(), prompt: "hello" });
      const it = result.textStream[Symbol.asyncIterator]();
      const first = it.next().then(() => undefined);
      const done = first.then(async () => {
        for (;;) if ((await it.next()).done) break;
      });
      return { first, done };
    }),
  );
  add(
    "POST /api/chat, visitor (nothing stored)",
    await time(async () => readSse(await chat({ assistant: "patron", message: message("hello") }, null, "mock"))),
  );
  add(
    "POST /api/chat, signed in (new conversation stored)",
    await time(async () => readSse(await chat({ assistant: "patron", message: message("hello") }, user.id, "mock"))),
  );
  add(
    "POST /api/chat, offline assistant + search tool",
    await time(async () => readSse(await chat({ assistant: "patron", message: message("small blue abstract paintings under 500") }, null, "offline"))),
  );
  await db.$disconnect();
  return rows;
}

export function printChatTable(target: string, rows: ChatRow[]) {
  const base = rows[0]!;
  const f = (n: number) => n.toFixed(2).padStart(8);
  const r = (a: number, b: number) => `${(a / b).toFixed(1)}×`.padStart(7);
  console.log(
    `\nChat time to first token on ${target}: ${ITERATIONS} requests after ${WARMUP} warm-up; mock model streams ${WORDS.length} words without delay; ms`,
  );
  console.log(
    `${"path".padEnd(50)} ${"TTFT p50".padStart(8)} ${"TTFT p95".padStart(8)} ${"all p50".padStart(8)} ${"all p95".padStart(8)} ${"p50 ×".padStart(7)}`,
  );
  for (const x of rows)
    console.log(`${x.name.padEnd(50)} ${f(x.ttft.p50)} ${f(x.ttft.p95)} ${f(x.total.p50)} ${f(x.total.p95)} ${r(x.ttft.p50, base.ttft.p50)}`);
  console.log(
    "× = TTFT p50 against calling streamText directly. The offline row includes a catalogue search (the demo catalogue is not seeded here, so it searches an empty one).",
  );
}
