import { SpanStatusCode, trace, type Attributes, type Span } from "@opentelemetry/api";

/**
 * Spans through the OpenTelemetry API. Without a registered provider (no OTEL_EXPORTER_OTLP_ENDPOINT)
 * the API's no-op tracer answers, so this costs next to nothing and sends nothing.
 */
export const tracer = () => trace.getTracer("atelier");

/** Runs `fn` inside an active span; a throw marks the span as an error and is rethrown. */
export async function withSpan<T>(name: string, attributes: Attributes, fn: (span: Span) => Promise<T>): Promise<T> {
  return tracer().startActiveSpan(name, { attributes }, async (span) => {
    try {
      return await fn(span);
    } catch (e) {
      span.recordException(e instanceof Error ? e : String(e));
      span.setStatus({ code: SpanStatusCode.ERROR, message: e instanceof Error ? e.message : String(e) });
      throw e;
    } finally {
      span.end();
    }
  });
}
