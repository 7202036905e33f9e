"use server";

import { TRPCError } from "@trpc/server";
import { field, type FormState } from "~/lib/form-state";
import { api } from "~/server/api";

/** Confirms the address from the mailed link. A button press, not the page load, so mail scanners that open links use nothing up. */
export async function verifyEmailAction(_prev: FormState, form: FormData): Promise<FormState> {
  try {
    const { grantedAdmin } = await (await api()).account.verifyEmail({ token: field(form, "token") });
    return { notice: grantedAdmin ? "Your address is confirmed, and your account is now an admin." : "Your address is confirmed. Thank you!" };
  } catch (error) {
    if (error instanceof TRPCError && error.code !== "INTERNAL_SERVER_ERROR") return { error: error.message };
    throw error;
  }
}
