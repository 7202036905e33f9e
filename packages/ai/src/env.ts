import { createEnv } from "@t3-oss/env-core";
import { z } from "zod";

/** Settings of the AI package (composed into the web app's env); see settings.ts for what each combination selects. */
export const aiEnvSchema = {
  GOOGLE_GENERATIVE_AI_API_KEY: z.string().min(1).optional(),
  AI_MODEL: z.string().min(1).optional(),
  AI_BASE_URL: z.url("AI_BASE_URL must be the endpoint's URL, like http://localhost:11434/v1").optional(),
  AI_API_KEY: z.string().min(1).optional(),
  AI_EMBEDDING_MODEL: z.string().min(1).optional(),
  /** the image model that renders "see it on your wall" realistically (Gemini default gemini-2.5-flash-image; an OpenAI-compatible endpoint needs it set) */
  AI_IMAGE_MODEL: z.string().min(1).optional(),
};

export function aiEnv(runtimeEnv: Record<string, string | undefined> = process.env) {
  return createEnv({ server: aiEnvSchema, runtimeEnv, emptyStringAsUndefined: true, isServer: true });
}
export type AiEnv = ReturnType<typeof aiEnv>;
