import { configureLogger, logger } from "@atelier/core/observability/logger";
import { env } from "~/env";
import { startTracing } from "./tracing";

/** JSON lines in production (what log collectors read), one readable line per entry in development. */
export function startObservability() {
  configureLogger({ format: env.NODE_ENV === "production" ? "json" : "pretty", minLevel: env.NODE_ENV === "production" ? "info" : "debug" });
  if (startTracing(env)) logger().info("tracing: exporting spans over OTLP", { endpoint: env.OTEL_EXPORTER_OTLP_ENDPOINT });
}
