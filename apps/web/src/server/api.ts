import "server-only";
import { createCaller, createContext } from "@atelier/api";
import { headers } from "next/headers";
import { cache } from "react";
import { db } from "./db";
import { currentIdentity } from "./session";

/** A tRPC caller for server components: the same procedures, authorisation and errors as HTTP. */
export const api = cache(async () => {
  const ctx = await createContext({
    db,
    headers: new Headers(await headers()),
    // the same per-request identity the page already checked, so a page and its calls never disagree
    getSessionUserId: async () => (await currentIdentity())?.id ?? null,
  });
  return createCaller(ctx);
});
