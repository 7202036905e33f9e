import { createEnv } from "@t3-oss/env-core";
import { z } from "zod";

/** Settings of the jobs package (composed into the web app's env). Nothing is required: with none set, jobs run in-process and mail stays in the outbox. */
export const jobsEnvSchema = {
  INNGEST_EVENT_KEY: z.string().min(1).optional(),
  INNGEST_SIGNING_KEY: z.string().min(1).optional(),
  INNGEST_DEV: z.string().min(1).optional(),
  INNGEST_BASE_URL: z.url("INNGEST_BASE_URL must be a URL").optional(),
  SMTP_URL: z
    .string()
    .regex(/^smtps?:\/\//, "SMTP_URL must start with smtp:// or smtps://")
    .optional(),
  MAIL_FROM: z.string().min(3, "MAIL_FROM must be a sender like Atelier <hello@atelier.example>").optional(),
  /** the ECB's daily reference-rate feed (https://www.ecb.europa.eu/stats/eurofxref/eurofxref-daily.xml), fetched every few hours; unset: no download, the dated snapshot in the migrations is used */
  EXCHANGE_RATES_URL: z.url("EXCHANGE_RATES_URL must be the URL of the ECB's eurofxref XML feed").optional(),
};

export function jobsEnv(runtimeEnv: Record<string, string | undefined> = process.env) {
  return createEnv({ server: jobsEnvSchema, runtimeEnv, emptyStringAsUndefined: true, isServer: true });
}
export type JobsEnv = ReturnType<typeof jobsEnv>;

/** True when an Inngest server (cloud, self-hosted or Dev Server) is configured; else jobs run in-process. */
export function usesInngest(env: Pick<JobsEnv, "INNGEST_EVENT_KEY" | "INNGEST_DEV" | "INNGEST_BASE_URL">): boolean {
  return !!(env.INNGEST_EVENT_KEY || env.INNGEST_DEV || env.INNGEST_BASE_URL);
}
