"use server";

import { signInSchema } from "@atelier/core/schemas/accounts";
import { zodFieldErrors } from "~/lib/field-errors";
import { field, inTime, isCredentialsSignin, type FormState } from "~/lib/form-state";
import { safeCallbackUrl } from "~/lib/safe-callback-url";
import { signIn } from "~/server/auth";

/**
 * Signs in from the form, with or without JavaScript (a server action posts the form natively before
 * hydration). On success next-auth redirects to the (same-site) callbackUrl; on failure the form shows why.
 */
export async function signInAction(_prev: FormState, form: FormData): Promise<FormState> {
  const values = { email: field(form, "email") };
  const parsed = signInSchema.safeParse({ email: values.email, password: field(form, "password") });
  if (!parsed.success) return { fields: zodFieldErrors(parsed.error), values };
  const redirectTo = safeCallbackUrl(field(form, "callbackUrl"));
  try {
    await signIn("credentials", { email: parsed.data.email, password: parsed.data.password, redirectTo });
  } catch (error) {
    if (isCredentialsSignin(error)) return { error: signInFailure(error), values };
    throw error; // next-auth's redirect on success
  }
  return { values };
}

function signInFailure(error: { code?: string; retryAfterSeconds?: number }): string {
  if (error.code === "rate_limited") {
    const seconds = typeof error.retryAfterSeconds === "number" ? error.retryAfterSeconds : 60;
    return `Too many sign-in attempts. Try again ${inTime(seconds)}, or reset your password.`;
  }
  return "That email and password don't match an account.";
}
