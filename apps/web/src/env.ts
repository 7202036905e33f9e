import { aiEnv } from "@atelier/ai";
import { authEnv } from "@atelier/auth";
import { coreEnv } from "@atelier/core/env";
import { dbEnv } from "@atelier/db";
import { jobsEnv } from "@atelier/jobs";
import { createEnv } from "@t3-oss/env-nextjs";
import { z } from "zod";

/**
 * Every setting the web app reads, validated once at start-up (next.config imports this file). Each
 * package owns its schema (db, auth, core, jobs, ai, api: create-t3-turbo's way) and this file composes
 * them with the app's own. Nothing is required: with nothing set, Atelier runs on its embedded
 * defaults. A bad value stops the server with a message naming the variable.
 */
export const env = createEnv({
  extends: [dbEnv(), authEnv(), coreEnv(), jobsEnv(), aiEnv()],
  server: {
    NODE_ENV: z.enum(["development", "test", "production"]).default("development"),
    APP_URL: z.url("APP_URL must be the public URL, like https://atelier.example").optional(),
    PORT: z.coerce.number().int().min(1).max(65535).optional(),
    /** OTLP/HTTP collector (e.g. http://localhost:4318); without it no trace leaves the process */
    OTEL_EXPORTER_OTLP_ENDPOINT: z.url("OTEL_EXPORTER_OTLP_ENDPOINT must be the collector's URL, like http://localhost:4318").optional(),
    OTEL_SERVICE_NAME: z.string().min(1).default("atelier"),
  },
  client: {},
  experimental__runtimeEnv: {},
  emptyStringAsUndefined: true,
  skipValidation: !!process.env.SKIP_ENV_VALIDATION,
});
