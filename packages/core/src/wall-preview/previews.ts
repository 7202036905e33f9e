/** The buyer's stored wall previews (those on their own room photos): listed and deleted only by them. */
import type { Db } from "@atelier/db";
import { AppError } from "../errors.ts";
import type { Storage } from "../storage/index.ts";
import { FRAMES, type FrameId } from "./frames.ts";
import { roomPhotoUrl, wallPreviewUrl } from "./rooms.ts";

export async function listWallPreviews(db: Db, userId: string, input: { roomPhotoId?: string; limit: number }) {
  const rows = await db.wallPreview.findMany({
    where: { userId, ...(input.roomPhotoId ? { roomPhotoId: input.roomPhotoId } : {}) },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take: input.limit,
    select: {
      id: true,
      width: true,
      height: true,
      frame: true,
      renderer: true,
      notice: true,
      createdAt: true,
      roomPhoto: { select: { id: true, name: true } },
      artwork: { select: { title: true, slug: true } },
    },
  });
  return rows.map((r) => ({
    id: r.id,
    url: wallPreviewUrl(r.id),
    width: r.width,
    height: r.height,
    frame: FRAMES[r.frame as FrameId]?.label ?? r.frame,
    composite: r.renderer === "composite",
    notice: r.notice,
    createdAt: r.createdAt,
    room: { id: r.roomPhoto.id, name: r.roomPhoto.name, thumbUrl: roomPhotoUrl(r.roomPhoto.id, "thumb") },
    artwork: r.artwork,
  }));
}

export async function deleteWallPreview(deps: { db: Db; storage: Storage }, userId: string, input: { previewId: string }) {
  const row = await deps.db.wallPreview.findFirst({ where: { id: input.previewId, userId }, select: { id: true, key: true } });
  if (!row) throw new AppError("NOT_FOUND", "We couldn't find that preview.");
  await deps.db.wallPreview.delete({ where: { id: row.id } });
  await deps.storage.delete(row.key);
  return { id: row.id };
}
