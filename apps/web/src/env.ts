import { createEnv } from "@t3-oss/env-nextjs";
import { z } from "zod";

/**
 * Every setting the web app reads, validated once at start-up (next.config imports this file).
 * Nothing is required: with nothing set, Atelier runs on its embedded defaults. A bad value stops
 * the server with a message naming the variable.
 */
export const env = createEnv({
  server: {
    NODE_ENV: z.enum(["development", "test", "production"]).default("development"),
    DATABASE_URL: z.string().url("DATABASE_URL must be a postgresql:// URL").optional(),
    EMBEDDED_DB_PORT: z.coerce.number().int().min(1).max(65535).optional(),
    AUTH_SECRET: z.string().min(32, "AUTH_SECRET must be at least 32 characters (openssl rand -base64 32)").optional(),
    ADMIN_EMAIL: z.string().email("ADMIN_EMAIL must be an email address").optional(),
    ATELIER_DATA_DIR: z.string().min(1).optional(),
    APP_URL: z.string().url("APP_URL must be the public URL, like https://atelier.example").optional(),
    SMTP_URL: z
      .string()
      .regex(/^smtps?:\/\//, "SMTP_URL must start with smtp:// or smtps://")
      .optional(),
    MAIL_FROM: z.string().min(3, "MAIL_FROM must be a sender like Atelier <hello@atelier.example>").optional(),
    INNGEST_EVENT_KEY: z.string().min(1).optional(),
    INNGEST_SIGNING_KEY: z.string().min(1).optional(),
    INNGEST_DEV: z.string().min(1).optional(),
    INNGEST_BASE_URL: z.string().url("INNGEST_BASE_URL must be a URL").optional(),
    PORT: z.coerce.number().int().min(1).max(65535).optional(),
    // payments: Stripe when STRIPE_SECRET_KEY is set, else the local sandbox `pnpm dev` starts (STRIPE_SANDBOX_URL)
    STRIPE_SECRET_KEY: z
      .string()
      .regex(/^(sk|rk)_(test|live)_/, "STRIPE_SECRET_KEY must be a Stripe secret key (sk_test_… or sk_live_…)")
      .optional(),
    STRIPE_WEBHOOK_SECRET: z
      .string()
      .regex(/^whsec_/, "STRIPE_WEBHOOK_SECRET must be a webhook signing secret (whsec_…)")
      .optional(),
    STRIPE_SANDBOX_URL: z.string().url("STRIPE_SANDBOX_URL must be the local sandbox's URL, like http://localhost:12111").optional(),
    // assistants: Gemini when GOOGLE_GENERATIVE_AI_API_KEY is set, an OpenAI-compatible endpoint when AI_BASE_URL + AI_MODEL are, else the offline assistant
    GOOGLE_GENERATIVE_AI_API_KEY: z.string().min(1).optional(),
    AI_BASE_URL: z.string().url("AI_BASE_URL must be the endpoint's URL, like http://localhost:11434/v1").optional(),
    AI_MODEL: z.string().min(1).optional(),
    AI_API_KEY: z.string().min(1).optional(),
    AI_EMBEDDING_MODEL: z.string().min(1).optional(),
    ASSISTANT_REQUESTS_PER_MINUTE: z.coerce.number().int().min(1, "ASSISTANT_REQUESTS_PER_MINUTE must be at least 1").optional(),
    ASSISTANT_DAILY_TOKENS: z.coerce.number().int().min(1000, "ASSISTANT_DAILY_TOKENS must be at least 1000").optional(),
    ASSISTANT_VISITOR_REQUESTS_PER_DAY: z.coerce.number().int().min(1).optional(),
    // S3-compatible media storage: used only when endpoint, bucket and both keys are set
    S3_ENDPOINT: z.string().url("S3_ENDPOINT must be a URL such as https://s3.eu-central-1.amazonaws.com").optional(),
    S3_BUCKET: z.string().min(1).optional(),
    S3_ACCESS_KEY_ID: z.string().min(1).optional(),
    S3_SECRET_ACCESS_KEY: z.string().min(1).optional(),
    S3_REGION: z.string().min(1).optional(),
  },
  client: {},
  experimental__runtimeEnv: {},
  emptyStringAsUndefined: true,
  skipValidation: !!process.env.SKIP_ENV_VALIDATION,
});
