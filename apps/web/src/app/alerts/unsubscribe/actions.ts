"use server";

import { TRPCError } from "@trpc/server";
import { field, type FormState } from "~/lib/form-state";
import { api } from "~/server/api";

/** Turns off the alerts of the one saved search the mailed link names. A button press, so a mail scanner opening the link changes nothing. */
export async function unsubscribeAction(_prev: FormState, form: FormData): Promise<FormState> {
  try {
    const { name } = await (await api()).savedSearch.unsubscribe({ token: field(form, "token") });
    return { notice: `Alerts for “${name}” are off. We won't email you about this search again unless you turn its alerts back on.` };
  } catch (error) {
    if (error instanceof TRPCError && error.code !== "INTERNAL_SERVER_ERROR") return { error: error.message };
    throw error;
  }
}
