import { appRouter, createContext } from "@atelier/api";
import { fetchRequestHandler } from "@trpc/server/adapters/fetch";
import { auth } from "~/server/auth";
import { db } from "~/server/db";
import { jobs } from "~/server/jobs";
import { env } from "~/env";
import { getEmbeddings } from "~/server/embeddings";
import { getPayments } from "~/server/payments";
import { getStorage } from "~/server/storage";
import { assistantInfo } from "~/server/ai";

function handler(req: Request) {
  return fetchRequestHandler({
    endpoint: "/api/trpc",
    req,
    router: appRouter,
    createContext: () =>
      createContext({
        db,
        storage: getStorage(),
        headers: req.headers,
        getSessionUserId: async () => (await auth())?.user?.id ?? null,
        events: jobs().sender,
        appUrl: env.APP_URL?.replace(/\/$/, ""),
        payments: getPayments(),
        assistant: assistantInfo(),
        embeddings: getEmbeddings(),
      }),
    onError({ error, path }) {
      if (error.code === "INTERNAL_SERVER_ERROR") console.error(`[trpc] ${path ?? "?"} failed`, error.cause ?? error);
    },
  });
}

export { handler as GET, handler as POST };
