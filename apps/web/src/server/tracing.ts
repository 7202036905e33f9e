import { OTLPTraceExporter } from "@opentelemetry/exporter-trace-otlp-http";
import { resourceFromAttributes } from "@opentelemetry/resources";
import { BatchSpanProcessor, NodeTracerProvider } from "@opentelemetry/sdk-trace-node";

/**
 * Registers the OpenTelemetry SDK when a collector is configured: Next's own request spans, and
 * ours (`trpc <path>`, `job <id>`, `stripe <method> <path>`), batched to OTLP/HTTP. Without an
 * endpoint nothing is registered: the API stays a no-op, no exporter exists, nothing goes on the
 * network. (The OpenTelemetry SDK directly rather than @vercel/otel: one provider, one exporter, and
 * no OTLP exporter aimed at localhost:4318 by default when nothing is configured.)
 */
export function startTracing(settings: { OTEL_EXPORTER_OTLP_ENDPOINT?: string; OTEL_SERVICE_NAME: string }): boolean {
  if (!settings.OTEL_EXPORTER_OTLP_ENDPOINT) return false;
  const provider = new NodeTracerProvider({
    resource: resourceFromAttributes({ "service.name": settings.OTEL_SERVICE_NAME }),
    spanProcessors: [new BatchSpanProcessor(new OTLPTraceExporter({ url: `${settings.OTEL_EXPORTER_OTLP_ENDPOINT.replace(/\/$/, "")}/v1/traces` }))],
  });
  // W3C trace context and an AsyncLocalStorage context manager, so spans nest across awaits
  provider.register();
  return true;
}
