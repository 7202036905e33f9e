import { procedureStats } from "@atelier/core/observability/procedure-stats";
import { tracer } from "@atelier/core/observability/tracing";
import { SpanStatusCode } from "@opentelemetry/api";

type MiddlewareResult = { ok: true } | { ok: false; error: { code: string; message: string } };

/**
 * One procedure call in a span `trpc <path>` (the tRPC code as `trpc.code`), and its latency in the
 * in-memory stats the admin health page shows. The body of the outermost tRPC middleware.
 */
export function observeProcedureCall<R extends MiddlewareResult>(path: string, type: string, next: () => Promise<R>): Promise<R> {
  const started = performance.now();
  return tracer().startActiveSpan(`trpc ${path}`, { attributes: { "rpc.system": "trpc", "rpc.method": path, "trpc.type": type } }, async (span) => {
    try {
      const result = await next();
      span.setAttribute("trpc.code", result.ok ? "OK" : result.error.code);
      if (!result.ok && result.error.code === "INTERNAL_SERVER_ERROR") span.setStatus({ code: SpanStatusCode.ERROR, message: result.error.message });
      return result;
    } finally {
      span.end();
      procedureStats().record(path, performance.now() - started);
    }
  });
}
