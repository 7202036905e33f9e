import type { Db } from "@atelier/db";
import { isAppError } from "@atelier/core/errors";
import { readOwnRoomPhoto, readOwnWallPreview } from "@atelier/core/wall-preview/rooms";
import { isSampleRoomId } from "@atelier/core/wall-preview/sample-rooms";
import { sampleRoomJpeg } from "@atelier/core/wall-preview/sample-room-images";
import type { Storage, StoredObject } from "@atelier/core/storage";
import { createContext } from "../context.ts";

export interface WallMediaDeps {
  db: Db;
  storage: Storage;
  getSessionUserId: () => Promise<string | null>;
}

function notFound() {
  return new Response("Not found", { status: 404, headers: { "content-type": "text/plain; charset=utf-8", "cache-control": "no-store" } });
}

/** A buyer's own file: never cached by anyone but their browser, and never under a shared URL's cache. */
function privateFile(obj: StoredObject) {
  return new Response(obj.bytes as BodyInit, {
    headers: {
      "content-type": obj.contentType,
      "content-length": String(obj.bytes.byteLength),
      "cache-control": "private, max-age=3600",
      vary: "Cookie, Authorization",
      "x-content-type-options": "nosniff",
    },
  });
}

async function viewerId(req: Request, deps: WallMediaDeps): Promise<string | null> {
  const ctx = await createContext({ db: deps.db, headers: req.headers, getSessionUserId: deps.getSessionUserId, storage: deps.storage });
  return ctx.identity?.id ?? null;
}

/**
 * GET /api/wall/rooms/:id/photo[?size=thumb] and GET /api/wall/previews/:id — the signed-in owner's room
 * photo or preview. Everyone else, signed in or not, gets the same 404 as for an id that does not exist.
 */
export async function serveOwnWallFile(req: Request, kind: "room" | "preview", id: string, deps: WallMediaDeps): Promise<Response> {
  const userId = await viewerId(req, deps);
  if (!userId) return notFound();
  try {
    if (kind === "preview") return privateFile(await readOwnWallPreview(deps, userId, id));
    const size = new URL(req.url).searchParams.get("size") === "thumb" ? "thumb" : "editor";
    return privateFile(await readOwnRoomPhoto(deps, userId, id, size));
  } catch (e) {
    if (isAppError(e)) return notFound();
    throw e;
  }
}

/** GET /api/wall/samples/:id[?w=640] — a sample room's picture (ours, public, the same for everyone). */
export async function serveSampleRoom(req: Request, id: string): Promise<Response> {
  if (!isSampleRoomId(id)) return notFound();
  const bytes = await sampleRoomJpeg(id, new URL(req.url).searchParams.get("w") === "640" ? "thumb" : "full");
  return new Response(bytes as BodyInit, {
    headers: {
      "content-type": "image/jpeg",
      "content-length": String(bytes.byteLength),
      "cache-control": "public, max-age=86400",
      "x-content-type-options": "nosniff",
    },
  });
}
