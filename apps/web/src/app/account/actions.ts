"use server";

import type { FormState } from "~/lib/form-state";
import { api } from "~/server/api";

export async function resendVerificationAction(): Promise<FormState> {
  const { alreadyVerified } = await (await api()).account.resendVerification();
  return { notice: alreadyVerified ? "Your address is already confirmed." : "We've sent you a new link. It works for 24 hours." };
}
