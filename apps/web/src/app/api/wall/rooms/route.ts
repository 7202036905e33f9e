import { handleRoomPhotoUpload } from "@atelier/api";
import { coreSettingsOf } from "@atelier/core/env";
import { parseTrustedProxies } from "@atelier/core/rate-limit";
import { env } from "~/env";
import { auth } from "~/server/auth";
import { db } from "~/server/db";
import { getStorage } from "~/server/storage";

export const runtime = "nodejs";

const trustedProxies = parseTrustedProxies(env.TRUSTED_PROXIES);

/** Upload a photo of your wall (multipart `file`, optional `name`); see packages/api/src/http/room-photo-upload.ts. */
export async function POST(req: Request) {
  return handleRoomPhotoUpload(req, {
    db,
    storage: getStorage(),
    appUrl: env.APP_URL,
    trustedProxies,
    getSessionUserId: async () => (await auth())?.user?.id ?? null,
    settings: coreSettingsOf(env),
  });
}
