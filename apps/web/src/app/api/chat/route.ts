import { handleChatRequest } from "@atelier/api";
import { clientAddress } from "@atelier/core/rate-limit";
import { headers } from "next/headers";
import { env } from "~/env";
import { assistantInfo, modelFor } from "~/server/ai";
import { db } from "~/server/db";
import { getEmbeddings } from "~/server/embeddings";
import { publicAppUrl } from "~/server/payments";
import { currentIdentity } from "~/server/session";
import { getStorage } from "~/server/storage";

/** Streams one turn with the patron or artist assistant (AI SDK UI message stream). */
export async function POST(req: Request) {
  const h = await headers();
  const info = assistantInfo();
  return handleChatRequest(req, {
    db,
    identity: await currentIdentity(),
    clientIp: clientAddress(h, env.TRUSTED_PROXY_HOPS),
    appUrl: publicAppUrl(),
    now: () => new Date(),
    storage: getStorage(),
    embeddings: getEmbeddings(),
    modelFor,
    providerLabel: info.providerLabel,
    limits: info.limits,
  });
}
