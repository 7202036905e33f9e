import type { FieldErrorMap } from "./field-errors";

/** What a server-action form gets back: field errors, a form-level error or notice, and the values to show again. */
export interface FormState {
  fields?: FieldErrorMap;
  error?: string;
  notice?: string;
  values?: Record<string, string>;
}

export const emptyFormState: FormState = {};

/** A form field as a string (a file or a missing field is the empty string). */
export function field(form: FormData, name: string): string {
  const v = form.get(name);
  return typeof v === "string" ? v : "";
}

/** "in 40 seconds", "in 3 minutes" */
export function inTime(seconds: number): string {
  if (seconds < 90) return `in ${Math.max(1, Math.round(seconds))} seconds`;
  return `in ${Math.ceil(seconds / 60)} minutes`;
}

/** next-auth's "these credentials did not sign in" (by its type, not instanceof: the class may load twice across packages). */
export function isCredentialsSignin(error: unknown): error is Error & { code?: string; retryAfterSeconds?: number } {
  return error instanceof Error && (error as { type?: unknown }).type === "CredentialsSignin";
}
