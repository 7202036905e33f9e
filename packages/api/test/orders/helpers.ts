import { TRPCError } from "@trpc/server";
import { fieldErrorsOf } from "../../src/errors.ts";

/** The tRPC code (and field errors) a call fails with; "OK" when it succeeds. */
export async function outcomeOf(p: Promise<unknown>): Promise<{ code: string; fields: Record<string, string[]>; message: string }> {
  try {
    await p;
    return { code: "OK", fields: {}, message: "" };
  } catch (e) {
    if (!(e instanceof TRPCError)) throw e;
    return { code: e.code, fields: fieldErrorsOf(e.cause) ?? {}, message: e.message };
  }
}
