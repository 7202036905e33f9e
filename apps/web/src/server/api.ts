import "server-only";
import { createCaller, createContext } from "@atelier/api";
import { headers } from "next/headers";
import { cache } from "react";
import { auth } from "./auth";
import { db } from "./db";
import { jobs } from "./jobs";
import { env } from "~/env";
import { getStorage } from "./storage";

/** A tRPC caller for server components: the same procedures, authorisation and errors as HTTP. */
export const api = cache(async () => {
  const ctx = await createContext({
    db,
    storage: getStorage(),
    headers: new Headers(await headers()),
    getSessionUserId: async () => (await auth())?.user?.id ?? null,
    events: jobs().sender,
    appUrl: env.APP_URL?.replace(/\/$/, ""),
  });
  return createCaller(ctx);
});
