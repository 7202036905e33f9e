import type { z } from "zod";

export type FieldErrorMap = Record<string, string | undefined>;

/** First message per field from a zod error (client-side validation with the router's own schema). */
export function zodFieldErrors(error: z.ZodError): FieldErrorMap {
  const out: FieldErrorMap = {};
  for (const issue of error.issues) {
    const key = issue.path.join(".") || "_form";
    out[key] ??= issue.message;
  }
  return out;
}

/** First message per field from a tRPC error's `data.fieldErrors` (server-side validation). */
export function serverFieldErrors(error: unknown): FieldErrorMap {
  const data = (error as { data?: { fieldErrors?: Record<string, string[]> | null } } | null)?.data;
  const out: FieldErrorMap = {};
  for (const [k, v] of Object.entries(data?.fieldErrors ?? {})) out[k] = v[0];
  return out;
}
