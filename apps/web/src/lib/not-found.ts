import { TRPCError } from "@trpc/server";
import { notFound } from "next/navigation";

/** Runs a server-side call; a NOT_FOUND from the API becomes the page's 404. */
export async function orNotFound<T>(p: Promise<T>): Promise<T> {
  try {
    return await p;
  } catch (e) {
    if (e instanceof TRPCError && e.code === "NOT_FOUND") notFound();
    throw e;
  }
}
