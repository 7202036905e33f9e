import "server-only";
import { createCaller, createContext } from "@atelier/api";
import { headers } from "next/headers";
import { cache } from "react";
import { db } from "./db";
import { jobs } from "./jobs";
import { env } from "~/env";
import { getEmbeddings } from "~/server/embeddings";
import { getPayments } from "~/server/payments";
import { assistantInfo } from "./ai";
import { currentIdentity } from "./session";
import { getStorage } from "./storage";

/** A tRPC caller for server components: the same procedures, authorisation and errors as HTTP. */
export const api = cache(async () => {
  const ctx = await createContext({
    db,
    storage: getStorage(),
    headers: new Headers(await headers()),
    // the same per-request identity the page already checked, so a page and its calls never disagree
    getSessionUserId: async () => (await currentIdentity())?.id ?? null,
    events: jobs().sender,
    appUrl: env.APP_URL?.replace(/\/$/, ""),
    payments: getPayments(),
    assistant: assistantInfo(),
    embeddings: getEmbeddings(),
  });
  return createCaller(ctx);
});
