import { handleImageUpload } from "@atelier/api";
import { coreSettingsOf } from "@atelier/core/env";
import { parseTrustedProxies } from "@atelier/core/rate-limit";
import { env } from "~/env";
import { auth } from "~/server/auth";
import { db } from "~/server/db";
import { getStorage } from "~/server/storage";

export const runtime = "nodejs";

const trustedProxies = parseTrustedProxies(env.TRUSTED_PROXIES);

/** Upload one artwork image (multipart `file`, optional `alt`); see packages/api/src/http/image-upload.ts. */
export async function POST(req: Request, { params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  return handleImageUpload(req, id, {
    db,
    storage: getStorage(),
    appUrl: env.APP_URL,
    trustedProxies,
    getSessionUserId: async () => (await auth())?.user?.id ?? null,
    settings: coreSettingsOf(env),
  });
}
