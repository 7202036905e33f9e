import { z } from "zod";

const schema = z.object({
  AUTH_SECRET: z.string().min(32, "AUTH_SECRET must be at least 32 characters (openssl rand -base64 32)").optional(),
  ADMIN_EMAIL: z.string().email("ADMIN_EMAIL must be an email address").optional(),
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
