"use server";

import { signUpSchema } from "@atelier/core/schemas/accounts";
import { TRPCError } from "@trpc/server";
import { zodFieldErrors } from "~/lib/field-errors";
import { field, isCredentialsSignin, type FormState } from "~/lib/form-state";
import { safeCallbackUrl } from "~/lib/safe-callback-url";
import { api } from "~/server/api";
import { signIn } from "~/server/auth";

/**
 * Creates the account (with or without JavaScript) and signs the new person in as a buyer. Whether the
 * address was free or taken, account.signUp answers the same and mails the address; if signing in with
 * these credentials does not work (the address belonged to someone else), the form says only "check your
 * email", as it would for anyone.
 */
export async function signUpAction(_prev: FormState, form: FormData): Promise<FormState> {
  const values = { name: field(form, "name"), email: field(form, "email") };
  const input = { ...values, password: field(form, "password") };
  const parsed = signUpSchema.safeParse(input);
  if (!parsed.success) return { fields: zodFieldErrors(parsed.error), values };
  try {
    await (await api()).account.signUp(input);
  } catch (error) {
    if (error instanceof TRPCError && error.code !== "INTERNAL_SERVER_ERROR") return { error: error.message, values };
    throw error;
  }
  try {
    await signIn("credentials", { email: parsed.data.email, password: input.password, redirectTo: safeCallbackUrl(field(form, "callbackUrl")) });
  } catch (error) {
    if (isCredentialsSignin(error)) return { notice: checkYourEmail(parsed.data.email) };
    throw error; // next-auth's redirect on success
  }
  return { notice: checkYourEmail(parsed.data.email) };
}

function checkYourEmail(email: string) {
  return `Check your email: we've sent a message to ${email} with what to do next.`;
}
