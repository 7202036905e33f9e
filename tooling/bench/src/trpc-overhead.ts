/**
 * `pnpm bench trpc`: what the tracing middleware (a span `trpc <path>` + the latency stats of
 * /admin/health) costs on a procedure that does nothing, in one run and interleaved: no middleware;
 * the middleware with no tracer registered (production without OTEL_EXPORTER_OTLP_ENDPOINT); and the
 * middleware with the SDK registered, spans batched to an exporter that drops them.
 */
import { observeProcedureCall } from "@atelier/api";
import { context, trace } from "@opentelemetry/api";
import { AsyncLocalStorageContextManager } from "@opentelemetry/context-async-hooks";
import { BasicTracerProvider, BatchSpanProcessor, type SpanExporter } from "@opentelemetry/sdk-trace-base";
import { initTRPC } from "@trpc/server";
import { performance } from "node:perf_hooks";

const ROUNDS = 20;
const PER_ROUND = 2_000;

const t = initTRPC.create();
const observed = t.procedure.use(({ path, type, next }) => observeProcedureCall(path, type, next));
const router = t.router({ plain: t.procedure.query(() => 1), observed: observed.query(() => 1) });
const caller = t.createCallerFactory(router)({});

const dropAll: SpanExporter = { export: (_spans, done) => done({ code: 0 }), shutdown: async () => {} };
const provider = new BasicTracerProvider({ spanProcessors: [new BatchSpanProcessor(dropAll, { maxQueueSize: 100_000 })] });
const contextManager = new AsyncLocalStorageContextManager();

async function time(call: () => Promise<unknown>, into: number[]) {
  for (let i = 0; i < PER_ROUND; i++) {
    const t0 = performance.now();
    await call();
    into.push((performance.now() - t0) * 1000);
  }
}

const p = (xs: number[], q: number) => [...xs].sort((a, b) => a - b)[Math.floor(q * (xs.length - 1))]!;

export async function benchTrpcOverhead() {
  const plain: number[] = [];
  const noop: number[] = [];
  const sdk: number[] = [];
  for (let warm = 0; warm < 2; warm++) await time(() => caller.observed(), []);
  for (let r = 0; r < ROUNDS; r++) {
    await time(() => caller.plain(), plain);
    await time(() => caller.observed(), noop);
    context.setGlobalContextManager(contextManager.enable());
    trace.setGlobalTracerProvider(provider);
    await time(() => caller.observed(), sdk);
    trace.disable();
    context.disable();
  }
  await provider.shutdown();
  const row = (name: string, xs: number[]) =>
    `${name.padEnd(44)} p50 ${p(xs, 0.5).toFixed(1).padStart(6)} µs   p95 ${p(xs, 0.95).toFixed(1).padStart(6)} µs   ×${(p(xs, 0.5) / p(plain, 0.5)).toFixed(2)}`;
  console.log(`\ntRPC tracing middleware on a no-op procedure (${ROUNDS * PER_ROUND} calls each, interleaved rounds)`);
  console.log(row("no middleware", plain));
  console.log(row("middleware, no tracer registered (default)", noop));
  console.log(row("middleware, SDK registered (OTLP on)", sdk));
  console.log(
    `overhead at p50: +${(p(noop, 0.5) - p(plain, 0.5)).toFixed(1)} µs without a collector, +${(p(sdk, 0.5) - p(plain, 0.5)).toFixed(1)} µs with one`,
  );
}
