import { z } from "zod";

const optional = <T extends z.ZodType>(s: T) => z.preprocess((v) => (v === "" ? undefined : v), s.optional());

/** Settings of the jobs package. Nothing is required: with none set, jobs run in-process and mail stays in the outbox. */
const schema = z.object({
  INNGEST_EVENT_KEY: optional(z.string()),
  INNGEST_SIGNING_KEY: optional(z.string()),
  INNGEST_DEV: optional(z.string()),
  INNGEST_BASE_URL: optional(z.url("INNGEST_BASE_URL must be a URL")),
  SMTP_URL: optional(z.string().regex(/^smtps?:\/\//, "SMTP_URL must start with smtp:// or smtps://")),
  MAIL_FROM: optional(z.string().min(3)),
});

export type JobsEnv = z.infer<typeof schema>;

export function readJobsEnv(source?: Record<string, string | undefined>): JobsEnv {
  const parsed = schema.safeParse(source ?? process.env);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  ${i.path.join(".")}: ${i.message}`);
    throw new Error(`Invalid jobs settings:\n${lines.join("\n")}`);
  }
  return parsed.data;
}

/** True when an Inngest server (cloud, self-hosted or Dev Server) is configured; else jobs run in-process. */
export function usesInngest(env: JobsEnv): boolean {
  return !!(env.INNGEST_EVENT_KEY || env.INNGEST_DEV || env.INNGEST_BASE_URL);
}
