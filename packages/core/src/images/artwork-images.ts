import type { Db } from "@atelier/db";
import { AppError } from "../errors.ts";
import { MAX_IMAGES_PER_ARTWORK, altTextSchema } from "../schemas/images.ts";
import type { Storage } from "../storage/index.ts";
import { processImage } from "./process.ts";
import { keysOfImage, removeKeys, storeProcessedImage } from "./store.ts";

export interface ImageDeps {
  db: Db;
  storage: Storage;
  now?: () => Date;
}

type Tx = Parameters<Parameters<Db["$transaction"]>[0]>[0];

function parseAlt(value: string): string {
  const r = altTextSchema.safeParse(value);
  if (!r.success) throw AppError.field("BAD_REQUEST", "altText", r.error.issues[0]?.message ?? "Invalid alt text.");
  return r.data;
}

const notFound = () => new AppError("NOT_FOUND", "Artwork not found.");
const imageNotFound = () => new AppError("NOT_FOUND", "Image not found.");

export const imageSelect = {
  id: true,
  artworkId: true,
  position: true,
  altText: true,
  originalKey: true,
  mimeType: true,
  width: true,
  height: true,
  bytes: true,
  dominantColor: true,
  blurDataUrl: true,
  variants: true,
  createdAt: true,
} as const;

/** The artwork when `userId` owns it; NOT_FOUND otherwise (never reveals that it exists). */
async function ownedArtwork(db: Db | Tx, userId: string, artworkId: string) {
  const artwork = await db.artwork.findFirst({ where: { id: artworkId, artist: { userId } }, select: { id: true, status: true } });
  if (!artwork) throw notFound();
  return artwork;
}

async function ownedImage(db: Db | Tx, userId: string, imageId: string) {
  const image = await db.artworkImage.findFirst({ where: { id: imageId, artwork: { artist: { userId } } }, select: { ...imageSelect } });
  if (!image) throw imageNotFound();
  return image;
}

/** A published artwork whose images change goes back to review. */
async function sendBackToReview(tx: Tx, artworkId: string, now: Date) {
  await tx.artwork.updateMany({ where: { id: artworkId, status: "PUBLISHED" }, data: { status: "IN_REVIEW", submittedAt: now } });
}

export async function listArtworkImages(db: Db, viewer: { userId: string; isAdmin: boolean }, artworkId: string) {
  const artwork = await db.artwork.findFirst({
    where: viewer.isAdmin ? { id: artworkId } : { id: artworkId, artist: { userId: viewer.userId } },
    select: { id: true },
  });
  if (!artwork) throw notFound();
  return db.artworkImage.findMany({ where: { artworkId }, orderBy: [{ position: "asc" }, { createdAt: "asc" }], select: imageSelect });
}

/**
 * Validates and processes the upload, stores its files, then records it — or leaves nothing behind:
 * a rejected file stores nothing, and if the database write fails the files are removed again.
 */
export async function addArtworkImage(
  { db, storage, now = () => new Date() }: ImageDeps,
  input: { userId: string; artworkId: string; bytes: Uint8Array; filename?: string; altText?: string },
) {
  const altText = parseAlt(input.altText ?? "");
  await ownedArtwork(db, input.userId, input.artworkId);
  await assertRoom(db, input.artworkId);
  const processed = await processImage(input.bytes);
  const stored = await storeProcessedImage(storage, input.artworkId, processed);
  try {
    return await db.$transaction(async (tx) => {
      await tx.$executeRaw`SELECT 1 FROM "Artwork" WHERE id = ${input.artworkId} FOR UPDATE`;
      await ownedArtwork(tx, input.userId, input.artworkId);
      await assertRoom(tx, input.artworkId);
      const last = await tx.artworkImage.findFirst({ where: { artworkId: input.artworkId }, orderBy: { position: "desc" }, select: { position: true } });
      const image = await tx.artworkImage.create({
        data: {
          artworkId: input.artworkId,
          position: last ? last.position + 1 : 0,
          altText,
          originalKey: stored.originalKey,
          mimeType: stored.mimeType,
          width: stored.width,
          height: stored.height,
          bytes: stored.bytes,
          dominantColor: stored.dominantColor,
          blurDataUrl: stored.blurDataUrl,
          variants: stored.variants as unknown as object[],
        },
        select: imageSelect,
      });
      await sendBackToReview(tx, input.artworkId, now());
      return image;
    });
  } catch (e) {
    await removeKeys(storage, stored.keys);
    throw e;
  }
}

async function assertRoom(db: Db | Tx, artworkId: string) {
  const count = await db.artworkImage.count({ where: { artworkId } });
  if (count >= MAX_IMAGES_PER_ARTWORK)
    throw AppError.field("CONFLICT", "file", `An artwork can have at most ${MAX_IMAGES_PER_ARTWORK} images. Delete one first.`);
}

/** `orderedImageIds` must be exactly the artwork's images, each once; the first becomes primary. */
export async function reorderArtworkImages(
  { db, now = () => new Date() }: Omit<ImageDeps, "storage">,
  userId: string,
  artworkId: string,
  orderedImageIds: string[],
) {
  await ownedArtwork(db, userId, artworkId);
  return db.$transaction(async (tx) => {
    const current = await tx.artworkImage.findMany({ where: { artworkId }, select: { id: true } });
    const have = new Set(current.map((i) => i.id));
    const unique = new Set(orderedImageIds);
    if (unique.size !== orderedImageIds.length || unique.size !== have.size || orderedImageIds.some((id) => !have.has(id))) {
      throw AppError.field("BAD_REQUEST", "orderedImageIds", "The new order must list each of this artwork's images exactly once.");
    }
    for (const [position, id] of orderedImageIds.entries()) await tx.artworkImage.update({ where: { id }, data: { position } });
    await sendBackToReview(tx, artworkId, now());
    return tx.artworkImage.findMany({ where: { artworkId }, orderBy: { position: "asc" }, select: imageSelect });
  });
}

/** Moves the image to position 0, keeping the others in their order. */
export async function setPrimaryImage(deps: Omit<ImageDeps, "storage">, userId: string, imageId: string) {
  const image = await ownedImage(deps.db, userId, imageId);
  const ids = (await deps.db.artworkImage.findMany({ where: { artworkId: image.artworkId }, orderBy: { position: "asc" }, select: { id: true } })).map(
    (i) => i.id,
  );
  return reorderArtworkImages(deps, userId, image.artworkId, [imageId, ...ids.filter((id) => id !== imageId)]);
}

export async function updateImageAltText(db: Db, userId: string, imageId: string, altText: string) {
  const image = await ownedImage(db, userId, imageId);
  return db.artworkImage.update({ where: { id: image.id }, data: { altText: parseAlt(altText) }, select: imageSelect });
}

/** Deletes the row (positions closed up), then its files. */
export async function deleteArtworkImage({ db, storage, now = () => new Date() }: ImageDeps, userId: string, imageId: string) {
  const image = await ownedImage(db, userId, imageId);
  await db.$transaction(async (tx) => {
    await tx.artworkImage.delete({ where: { id: image.id } });
    const rest = await tx.artworkImage.findMany({ where: { artworkId: image.artworkId }, orderBy: { position: "asc" }, select: { id: true } });
    for (const [position, r] of rest.entries()) await tx.artworkImage.update({ where: { id: r.id }, data: { position } });
    await sendBackToReview(tx, image.artworkId, now());
  });
  await removeKeys(storage, keysOfImage(image));
  return { id: image.id };
}
