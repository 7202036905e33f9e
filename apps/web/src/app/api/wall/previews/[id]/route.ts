import { serveOwnWallFile } from "@atelier/api";
import { auth } from "~/server/auth";
import { db } from "~/server/db";
import { getStorage } from "~/server/storage";

export const runtime = "nodejs";

/** A preview on the signed-in owner's room photo (404 for anyone else); see packages/api/src/http/wall-media.ts. */
export async function GET(req: Request, { params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  return serveOwnWallFile(req, "preview", id, { db, storage: getStorage(), getSessionUserId: async () => (await auth())?.user?.id ?? null });
}
