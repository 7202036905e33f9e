/**
 * `renderWallPreview`: a public work on a sample room (anyone) or on the signed-in buyer's own room
 * photo, at true scale, in the chosen frame. The composite is always made; with an image model
 * configured it is then rendered realistically, and any failure there falls back to the composite
 * and says why. Previews on the buyer's own photos are kept privately with the photo; previews on
 * sample rooms are returned inline and not stored.
 */
import crypto from "node:crypto";
import path from "node:path";
import type { ImageModelV4 } from "@ai-sdk/provider";
import type { Db } from "@atelier/db";
import { formatDimensions } from "../artwork/dimensions.ts";
import { defaultCoreSettings, type CoreSettings } from "../env.ts";
import { AppError } from "../errors.ts";
import { imagePipeline } from "../images/pipeline-gate.ts";
import { pickVariant } from "../images/urls.ts";
import { logger } from "../observability/logger.ts";
import { hitRateLimit, wallPreviewRateLimit } from "../rate-limit/index.ts";
import type { RenderWallPreviewInput } from "../schemas/wall-preview.ts";
import type { Storage } from "../storage/index.ts";
import { compositeOnWall } from "./composite.ts";
import { FRAMES, type FrameId } from "./frames.ts";
import { renderRealistically } from "./realistic-render.ts";
import { ownRoomPhoto, wallPreviewUrl } from "./rooms.ts";
import { sampleRoomJpeg } from "./sample-room-images.ts";
import { framedSizeCm, ScaleProblem, type ArtworkSize } from "./scale.ts";

export interface WallPreviewDeps {
  db: Db;
  storage: Storage;
  /** the configured image model (packages/ai imageModelFromSettings); null → the composite only */
  imageModel: ImageModelV4 | null;
  settings?: CoreSettings;
  now?: () => Date;
}

export interface Viewer {
  userId: string | null;
  /** rate-limit subject for visitors */
  clientIp: string;
}

const PUBLIC = { in: ["PUBLISHED" as const, "SOLD" as const] };

export type WallRenderer = "composite" | "realistic";

export interface WallPreviewResult {
  /** the preview's address: an authorised URL for a stored one, a data URL for a sample room's */
  src: string;
  previewId: string | null;
  width: number;
  height: number;
  renderer: WallRenderer;
  /** "Gemini (gemini-2.5-flash-image)" when an image model rendered it */
  rendererLabel: string | null;
  /** why the realistic render fell back to the composite, when it did */
  notice: string | null;
  /** the work at true scale, as placed: its size with the frame, and the placement used */
  framedSize: string;
  frame: FrameId;
  centre: { x: number; y: number };
}

async function publicArtwork(db: Db, artworkId: string) {
  const art = await db.artwork.findFirst({
    where: { id: artworkId, status: PUBLIC },
    select: {
      id: true,
      title: true,
      widthTenths: true,
      heightTenths: true,
      dimensionUnit: true,
      images: { orderBy: { position: "asc" }, take: 1, select: { variants: true, originalKey: true } },
    },
  });
  if (!art) throw new AppError("NOT_FOUND", "We couldn't find that artwork.");
  const image = art.images[0];
  return { ...art, pictureKey: image ? (pickVariant(image.variants, 1280, "webp")?.key ?? image.originalKey) : null };
}

const noPicture = () => new AppError("PRECONDITION_FAILED", "This work has no picture yet, so it can't be previewed on a wall.");

function modelLabel(model: ImageModelV4): string {
  return /google/i.test(model.provider) ? `Gemini (${model.modelId})` : `${model.modelId} (${model.provider.replace(/\..*$/, "")})`;
}

/** "40 × 50 cm, unframed", or "40 × 50 cm in an oak frame, 46 × 56 cm overall". */
function framedSizeLabel(art: ArtworkSize & { dimensionUnit: string }, frame: FrameId): string {
  const size = formatDimensions(art);
  if (frame === "none") return `${size}, unframed`;
  const outer = framedSizeCm(art, frame).outer;
  const cm = (n: number) => String(Math.round(n * 10) / 10);
  return `${size} ${FRAMES[frame].inWords}, ${cm(outer.width)} × ${cm(outer.height)} cm overall`;
}

/** The buyer's own room photo row (UNAUTHORIZED for a visitor, NOT_FOUND for anyone else's), or null for a sample room. */
async function ownRoom(deps: WallPreviewDeps, viewer: Viewer, room: RenderWallPreviewInput["room"]) {
  if (room.kind === "sample") return null;
  if (!viewer.userId) throw new AppError("UNAUTHORIZED", "Sign in to use your own room photos.");
  return ownRoomPhoto(deps.db, viewer.userId, room.roomPhotoId);
}

async function roomBytes(deps: WallPreviewDeps, room: RenderWallPreviewInput["room"], own: { originalKey: string } | null): Promise<Uint8Array> {
  if (room.kind === "sample") return sampleRoomJpeg(room.sampleId);
  const obj = own ? await deps.storage.get(own.originalKey) : null;
  if (!obj) throw new AppError("NOT_FOUND", "We couldn't find that room photo.");
  return obj.bytes;
}

export async function renderWallPreview(deps: WallPreviewDeps, viewer: Viewer, input: RenderWallPreviewInput): Promise<WallPreviewResult> {
  const settings = deps.settings ?? defaultCoreSettings;
  const now = deps.now?.() ?? new Date();
  const art = await publicArtwork(deps.db, input.artworkId);
  const own = await ownRoom(deps, viewer, input.room);
  if (!art.pictureKey) throw noPicture();

  const rule = wallPreviewRateLimit(settings);
  const limited = await hitRateLimit(deps.db, rule, viewer.userId ?? `ip:${viewer.clientIp}`, now);
  if (!limited.allowed) {
    throw new AppError(
      "TOO_MANY_REQUESTS",
      `That's a lot of previews: at most ${rule.limit} every 10 minutes. Try again in ${Math.ceil(limited.retryAfterSeconds / 60)} minutes.`,
      {
        retryAfterSeconds: limited.retryAfterSeconds,
      },
    );
  }

  const room = await roomBytes(deps, input.room, own);
  const picture = await deps.storage.get(art.pictureKey);
  if (!picture) throw noPicture();
  let composite;
  try {
    composite = await imagePipeline.run(() =>
      compositeOnWall({ room, picture: picture.bytes, artwork: art, frame: input.frame, calibration: input.calibration, centre: input.placement }),
    );
  } catch (e) {
    if (e instanceof ScaleProblem) throw AppError.field("BAD_REQUEST", e.field, e.message);
    throw e;
  }

  let output = { jpeg: composite.jpeg, width: composite.width, height: composite.height };
  let renderer: WallRenderer = "composite";
  let notice: string | null = null;
  const framedSize = framedSizeLabel(art, input.frame);
  if (deps.imageModel) {
    try {
      output = await renderRealistically(deps.imageModel, composite, { title: art.title, size: formatDimensions(art), frame: FRAMES[input.frame].inWords });
      renderer = "realistic";
    } catch (e) {
      logger().warn("wall-preview: realistic render failed, showing the composite", { artworkId: art.id, err: e });
      notice = "The realistic render didn't work this time, so this is the composite: the work placed on the photo at true scale by Atelier's own renderer.";
    }
  }
  const base = {
    width: output.width,
    height: output.height,
    renderer,
    rendererLabel: renderer === "realistic" && deps.imageModel ? modelLabel(deps.imageModel) : null,
    notice,
    framedSize,
    frame: input.frame,
    centre: composite.layout.centre,
  };
  if (!own) {
    return { ...base, src: `data:image/jpeg;base64,${Buffer.from(output.jpeg).toString("base64")}`, previewId: null };
  }

  // kept with the photo, under its private prefix: deleting the photo removes it too
  const key = `${path.posix.dirname(own.originalKey)}/previews/${crypto.randomBytes(12).toString("hex")}.jpg`;
  await deps.storage.put(key, output.jpeg, "image/jpeg");
  try {
    const row = await deps.db.$transaction(async (tx) => {
      await tx.roomPhoto.update({ where: { id: own.id }, data: { calibration: input.calibration } });
      return tx.wallPreview.create({
        data: {
          userId: own.userId,
          roomPhotoId: own.id,
          artworkId: art.id,
          key,
          width: output.width,
          height: output.height,
          frame: input.frame,
          renderer: renderer === "realistic" && deps.imageModel ? `${deps.imageModel.provider}/${deps.imageModel.modelId}` : "composite",
          notice,
        },
        select: { id: true },
      });
    });
    return { ...base, src: wallPreviewUrl(row.id), previewId: row.id };
  } catch (e) {
    await deps.storage.delete(key).catch(() => undefined);
    throw e;
  }
}
