import { createContext, type Context } from "@atelier/api";
import { parseTrustedProxies } from "@atelier/core/rate-limit";
import { coreSettingsOf } from "@atelier/core/env";
import { env } from "~/env";
import { assistantInfo, imageModel } from "./ai";
import { auth } from "./auth";
import { certificateKey } from "./certificates";
import { db } from "./db";
import { credentialKeys, downloadLinkKey } from "./download-links";
import { getEmbeddings } from "./embeddings";
import { jobs } from "./jobs";
import { getPayments } from "./payments";
import { getStorage } from "./storage";

/** The signed-in user id from the next-auth session cookie, if any. */
async function sessionUserId(): Promise<string | null> {
  return (await auth())?.user?.id ?? null;
}

const trustedProxies = parseTrustedProxies(env.TRUSTED_PROXIES);

/**
 * The one request context of the web app: the tRPC route, server components (server/api.ts) and the
 * chat route all build it here, so identity (session cookie or API token), client address, settings
 * and services are decided the same way everywhere. The client address is the right-most
 * hop not in TRUSTED_PROXIES (packages/core/src/rate-limit/client-address.ts).
 */
export function requestContext(
  headers: Headers,
  getSessionUserId: () => Promise<string | null> = sessionUserId,
  /** the response's headers where a procedure may set a cookie (the tRPC route); server components have none */
  resHeaders?: Headers,
  /** which door the call came through (the MCP route says "mcp": the audit log records it) */
  surface: Context["surface"] = "trpc",
): Promise<Context> {
  return createContext({
    db,
    headers,
    getSessionUserId,
    trustedProxies,
    storage: getStorage(),
    events: jobs().sender,
    appUrl: env.APP_URL?.replace(/\/$/, ""),
    payments: getPayments(),
    assistant: assistantInfo(),
    embeddings: getEmbeddings(),
    settings: coreSettingsOf(env),
    resHeaders,
    certificateKey: certificateKey(),
    imageModel: imageModel(),
    downloadLinkKey: downloadLinkKey(),
    credentialKeyring: credentialKeys(),
    surface,
  });
}
