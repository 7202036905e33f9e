/**
 * Buyers' own room photos: uploaded through the image pipeline (checked from their bytes, auto-oriented,
 * every bit of metadata — EXIF, GPS, the camera — removed), stored in the private key space, listed and
 * deleted only by their owner. Anyone else's id is NOT_FOUND, never FORBIDDEN: we do not say it exists.
 */
import crypto from "node:crypto";
import type { Db } from "@atelier/db";
import { AppError } from "../errors.ts";
import { processImage } from "../images/process.ts";
import { keysOfImage, removeKeys, storeProcessedImageAt } from "../images/store.ts";
import { parseVariants, type ImageVariant } from "../images/variants.ts";
import { calibrationSchema, MAX_ROOM_PHOTOS, roomNameSchema } from "../schemas/wall-preview.ts";
import { PRIVATE_KEY_PREFIX, type Storage } from "../storage/index.ts";
import type { Calibration } from "./scale.ts";

export interface RoomDeps {
  db: Db;
  storage: Storage;
}

const roomNotFound = () => new AppError("NOT_FOUND", "We couldn't find that room photo.");

const roomSelect = {
  id: true,
  userId: true,
  name: true,
  originalKey: true,
  width: true,
  height: true,
  variants: true,
  calibration: true,
  createdAt: true,
  _count: { select: { previews: true } },
} as const;

type RoomRow = {
  id: string;
  name: string;
  width: number;
  height: number;
  variants: unknown;
  calibration: unknown;
  createdAt: Date;
  _count: { previews: number };
};

/** The authorised URL of a room photo's copy for the editor (or the list's thumbnail). */
export function roomPhotoUrl(roomPhotoId: string, size: "editor" | "thumb" = "editor"): string {
  return `/api/wall/rooms/${roomPhotoId}/photo${size === "thumb" ? "?size=thumb" : ""}`;
}

export function wallPreviewUrl(previewId: string): string {
  return `/api/wall/previews/${previewId}`;
}

/** A stored calibration, if it is still a valid one. */
function storedCalibration(json: unknown): Calibration | null {
  const r = calibrationSchema.safeParse(json);
  return r.success ? r.data : null;
}

function toRoom(row: RoomRow) {
  return {
    id: row.id,
    name: row.name,
    width: row.width,
    height: row.height,
    photoUrl: roomPhotoUrl(row.id),
    thumbUrl: roomPhotoUrl(row.id, "thumb"),
    calibration: storedCalibration(row.calibration),
    previewCount: row._count.previews,
    createdAt: row.createdAt,
  };
}
export type RoomPhotoView = ReturnType<typeof toRoom>;

function defaultName(filename: string | undefined, now: Date): string {
  const base = (filename ?? "")
    .replace(/\.[A-Za-z0-9]{2,5}$/, "")
    .replace(/[^\p{L}\p{N} _-]+/gu, " ")
    .trim()
    .slice(0, 40);
  return base || `My wall, ${now.toISOString().slice(0, 10)}`;
}

/** Processes and stores the photo, then records it; a rejected file stores nothing, and a failed write removes its files. */
export async function uploadRoomPhoto(deps: RoomDeps, input: { userId: string; bytes: Uint8Array; filename?: string; name?: string; now?: Date }) {
  const now = input.now ?? new Date();
  const parsedName = roomNameSchema.safeParse(input.name ?? "");
  if (!parsedName.success) throw AppError.field("BAD_REQUEST", "name", parsedName.error.issues[0]?.message ?? "Invalid name.");
  if ((await deps.db.roomPhoto.count({ where: { userId: input.userId } })) >= MAX_ROOM_PHOTOS) {
    throw AppError.field("CONFLICT", "file", `You can keep at most ${MAX_ROOM_PHOTOS} room photos. Delete one first.`);
  }
  const processed = await processImage(input.bytes, { variantFormats: ["webp"] });
  const prefix = `${PRIVATE_KEY_PREFIX}rooms/${input.userId}/${crypto.randomBytes(12).toString("hex")}`;
  const stored = await storeProcessedImageAt(deps.storage, prefix, processed);
  try {
    const row = await deps.db.roomPhoto.create({
      data: {
        userId: input.userId,
        name: parsedName.data || defaultName(input.filename, now),
        originalKey: stored.originalKey,
        mimeType: stored.mimeType,
        width: stored.width,
        height: stored.height,
        bytes: stored.bytes,
        variants: stored.variants as unknown as object[],
      },
      select: roomSelect,
    });
    return toRoom(row);
  } catch (e) {
    await removeKeys(deps.storage, stored.keys);
    throw e;
  }
}

export async function listRoomPhotos(db: Db, userId: string) {
  const rows = await db.roomPhoto.findMany({ where: { userId }, orderBy: [{ createdAt: "desc" }, { id: "desc" }], select: roomSelect });
  return rows.map(toRoom);
}

/** The owner's room photo row (with its keys), or NOT_FOUND. */
export async function ownRoomPhoto(db: Db, userId: string, roomPhotoId: string) {
  const row = await db.roomPhoto.findFirst({ where: { id: roomPhotoId, userId }, select: roomSelect });
  if (!row) throw roomNotFound();
  return row;
}

export async function renameRoomPhoto(db: Db, userId: string, input: { roomPhotoId: string; name: string }) {
  await ownRoomPhoto(db, userId, input.roomPhotoId);
  return toRoom(await db.roomPhoto.update({ where: { id: input.roomPhotoId }, data: { name: input.name }, select: roomSelect }));
}

/** Deletes the photo, its copies and every preview rendered on it: rows first, then their files. */
export async function deleteRoomPhoto(deps: RoomDeps, userId: string, input: { roomPhotoId: string }) {
  const row = await ownRoomPhoto(deps.db, userId, input.roomPhotoId);
  const previews = await deps.db.wallPreview.findMany({ where: { roomPhotoId: row.id }, select: { key: true } });
  await deps.db.roomPhoto.delete({ where: { id: row.id } }); // previews go with it (ON DELETE CASCADE)
  await removeKeys(deps.storage, [...keysOfImage(row), ...previews.map((p) => p.key)]);
  return { id: row.id, filesRemoved: keysOfImage(row).length + previews.length };
}

/** Which stored copy a request for the photo gets: the editor's (1280 px wide or the largest below) or the list's thumbnail. */
export function roomPhotoKeyFor(row: { originalKey: string; variants: unknown }, size: "editor" | "thumb"): string {
  const webp = parseVariants(row.variants)
    .filter((v: ImageVariant) => v.format === "webp")
    .sort((a, b) => a.width - b.width);
  const want = size === "thumb" ? 640 : 1280;
  return (webp.find((v) => v.width >= want) ?? webp[webp.length - 1])?.key ?? row.originalKey;
}

/** The bytes of the owner's room photo (NOT_FOUND for anyone else, or when the file is gone). */
export async function readOwnRoomPhoto(deps: RoomDeps, userId: string, roomPhotoId: string, size: "editor" | "thumb") {
  const row = await ownRoomPhoto(deps.db, userId, roomPhotoId);
  const obj = await deps.storage.get(roomPhotoKeyFor(row, size));
  if (!obj) throw roomNotFound();
  return obj;
}

/** The bytes of the owner's stored preview (NOT_FOUND for anyone else). */
export async function readOwnWallPreview(deps: RoomDeps, userId: string, previewId: string) {
  const row = await deps.db.wallPreview.findFirst({ where: { id: previewId, userId }, select: { key: true } });
  const obj = row ? await deps.storage.get(row.key) : null;
  if (!obj) throw new AppError("NOT_FOUND", "We couldn't find that preview.");
  return obj;
}
