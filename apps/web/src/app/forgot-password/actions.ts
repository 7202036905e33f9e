"use server";

import { requestPasswordResetSchema } from "@atelier/core/schemas/accounts";
import { TRPCError } from "@trpc/server";
import { zodFieldErrors } from "~/lib/field-errors";
import { field, type FormState } from "~/lib/form-state";
import { api } from "~/server/api";

/** Always the same answer for a well-formed address, whether or not it has an account. */
export async function requestResetAction(_prev: FormState, form: FormData): Promise<FormState> {
  const values = { email: field(form, "email") };
  const parsed = requestPasswordResetSchema.safeParse(values);
  if (!parsed.success) return { fields: zodFieldErrors(parsed.error), values };
  try {
    await (await api()).account.requestPasswordReset(values);
  } catch (error) {
    if (error instanceof TRPCError && error.code !== "INTERNAL_SERVER_ERROR") return { error: error.message, values };
    throw error;
  }
  return {
    notice: `If an account uses ${parsed.data.email}, we've sent it a link to choose a new password. The link works once, for one hour.`,
  };
}
