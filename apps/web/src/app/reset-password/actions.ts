"use server";

import { resetPasswordSchema } from "@atelier/core/schemas/accounts";
import { TRPCError } from "@trpc/server";
import { redirect } from "next/navigation";
import { zodFieldErrors } from "~/lib/field-errors";
import { field, type FormState } from "~/lib/form-state";
import { api } from "~/server/api";

/** Sets the new password from the mailed link, then sends the person to sign in with it. */
export async function resetPasswordAction(_prev: FormState, form: FormData): Promise<FormState> {
  const input = { token: field(form, "token"), password: field(form, "password") };
  const parsed = resetPasswordSchema.safeParse(input);
  if (!parsed.success) return { fields: zodFieldErrors(parsed.error) };
  try {
    await (await api()).account.resetPassword(input);
  } catch (error) {
    if (error instanceof TRPCError && error.code !== "INTERNAL_SERVER_ERROR") return { error: error.message };
    throw error;
  }
  redirect("/sign-in?notice=password-changed");
}
