import { createEnv } from "@t3-oss/env-core";
import { z } from "zod";
import { parseTrustedProxies, TrustedProxiesError } from "./http/client-address.ts";

/** Settings of the API's HTTP edge (composed into the web app's env). Nothing is required. */
export const apiEnvSchema = {
  /**
   * Proxies whose X-Forwarded-For entries we believe: IPs and CIDR ranges, and the presets `loopback`
   * (a proxy on this host), `private` (private networks) and `vercel` (Vercel's own client-address
   * headers). Empty: no proxy is trusted and the client is the TCP peer.
   */
  TRUSTED_PROXIES: z
    .string()
    .default("")
    .superRefine((spec, ctx) => {
      try {
        parseTrustedProxies(spec);
      } catch (e) {
        if (!(e instanceof TrustedProxiesError)) throw e;
        ctx.addIssue({ code: "custom", message: `TRUSTED_PROXIES: ${e.message}` });
      }
    }),
  /** OTLP/HTTP collector (e.g. http://localhost:4318); without it no trace leaves the process */
  OTEL_EXPORTER_OTLP_ENDPOINT: z.url("OTEL_EXPORTER_OTLP_ENDPOINT must be the collector's URL, like http://localhost:4318").optional(),
  OTEL_SERVICE_NAME: z.string().min(1).default("atelier"),
};

export function apiEnv(runtimeEnv: Record<string, string | undefined> = process.env) {
  return createEnv({ server: apiEnvSchema, runtimeEnv, emptyStringAsUndefined: true, isServer: true });
}
export type ApiEnv = ReturnType<typeof apiEnv>;
