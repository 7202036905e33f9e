import { z } from "zod";
import { FRAME_IDS } from "../wall-preview/frames.ts";
import { SAMPLE_ROOM_IDS } from "../wall-preview/sample-rooms.ts";
import { idField, textField } from "./text.ts";

/** Input schemas of "see it on your wall" (shared by the router, the upload route and the editor's forms). */

export const MAX_ROOM_PHOTOS = 20;
export const ROOM_NAME_MAX = 60;
/** the longest length a buyer may mark: 100 m (or 100 in… of a very large wall) */
export const MAX_MARKED_TENTHS = 100_000;

const coordinate = z
  .number("Place the point on the photo.")
  .finite("Place the point on the photo.")
  .min(0, "Place the point on the photo.")
  .max(1, "Place the point on the photo.");
const point = z.object({ x: coordinate, y: coordinate });
const unit = z.enum(["CM", "IN"], "Choose cm or in.");
const tenths = (missing: string) =>
  z
    .number(missing)
    .int("Give the length to a tenth at most (for example 92.5).")
    .min(1, missing)
    .max(MAX_MARKED_TENTHS, `That is more than ${MAX_MARKED_TENTHS / 10} — check the length.`);

export const calibrationSchema = z.discriminatedUnion(
  "kind",
  [
    z
      .object({ kind: z.literal("points"), a: point, b: point, lengthTenths: tenths("Enter the length between the two points."), unit })
      .refine((c) => c.a.x !== c.b.x || c.a.y !== c.b.y, { message: "Mark two different points.", path: ["b"] }),
    z.object({ kind: z.literal("photoWidth"), widthTenths: tenths("Enter how wide the wall in the photo is."), unit }),
  ],
  "Mark a length you know on the photo, or enter the wall's width.",
);

export const frameSchema = z.enum(FRAME_IDS, "Choose a frame.");

/** A sample room (anyone) or one of the signed-in buyer's own room photos. */
export const roomChoiceSchema = z.discriminatedUnion(
  "kind",
  [
    z.object({ kind: z.literal("sample"), sampleId: z.enum(SAMPLE_ROOM_IDS, "Choose one of the sample rooms.") }),
    z.object({ kind: z.literal("photo"), roomPhotoId: idField() }),
  ],
  "Choose a room.",
);

export const renderWallPreviewSchema = z.object({
  artworkId: idField(),
  room: roomChoiceSchema,
  calibration: calibrationSchema,
  /** where the centre of the framed work goes, in normalised photo coordinates */
  placement: point,
  frame: frameSchema,
});
export type RenderWallPreviewInput = z.output<typeof renderWallPreviewSchema>;

export const roomPhotoIdSchema = z.object({ roomPhotoId: idField() });

export const roomNameSchema = textField({ max: ROOM_NAME_MAX, maxMessage: `Keep the name under ${ROOM_NAME_MAX} characters.` });

/** The non-file field of the multipart upload (POST /api/wall/rooms). */
export const roomPhotoUploadFields = z.object({ name: roomNameSchema.default("") });

export const renameRoomPhotoSchema = z.object({ roomPhotoId: idField(), name: roomNameSchema.min(1, "Give the room a name.") });

export const listWallPreviewsSchema = z.object({ roomPhotoId: idField().optional(), limit: z.number().int().min(1).max(50).default(24) });

export const wallPreviewIdSchema = z.object({ previewId: idField() });
