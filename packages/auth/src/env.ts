import { z } from "zod";

const schema = z.object({
  AUTH_SECRET: z.string().min(32, "AUTH_SECRET must be at least 32 characters (openssl rand -base64 32)").optional(),
  ADMIN_EMAIL: z.string().email("ADMIN_EMAIL must be an email address").optional(),
  /** Sign-ups allowed per client address per hour. */
  RATE_LIMIT_SIGN_UPS_PER_HOUR: z.coerce.number().int().min(1).default(20),
  /** Sign-in attempts allowed per email per 15 minutes. */
  RATE_LIMIT_SIGN_INS_PER_15_MIN: z.coerce.number().int().min(1).default(10),
  NODE_ENV: z.enum(["development", "test", "production"]).default("development"),
});

export type AuthEnv = z.infer<typeof schema>;

export function readAuthEnv(source: Record<string, string | undefined> = process.env): AuthEnv {
  const parsed = schema.safeParse(source);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  ${i.path.join(".")}: ${i.message}`);
    throw new Error(`Invalid auth settings:\n${lines.join("\n")}`);
  }
  return parsed.data;
}
