import { createEnv } from "@t3-oss/env-core";
import { z } from "zod";

/** The auth package's settings (composed into the web app's env). */
export const authEnvSchema = {
  /** signs session cookies; without it a random secret is generated once into the data directory (development only) */
  AUTH_SECRET: z.string().min(32, "AUTH_SECRET must be at least 32 characters (openssl rand -base64 32)").optional(),
};

export function authEnv(runtimeEnv: Record<string, string | undefined> = process.env) {
  return createEnv({ server: authEnvSchema, runtimeEnv, emptyStringAsUndefined: true, isServer: true });
}
