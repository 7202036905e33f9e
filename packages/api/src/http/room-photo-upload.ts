import { isAppError } from "@atelier/core/errors";
import { MAX_UPLOAD_BYTES } from "@atelier/core/images/detect";
import { logger } from "@atelier/core/observability/logger";
import { roomPhotoUploadFields } from "@atelier/core/schemas/wall-preview";
import { uploadRoomPhoto } from "@atelier/core/wall-preview/rooms";
import type { UploadDeps } from "./image-upload.ts";
import { fail } from "./json-error.ts";
import { inRequestScope } from "./request-scope.ts";
import { fileTooLarge, readUploadForm, uploadAppError, uploadContext, type UploadWording } from "./upload-request.ts";

/**
 * POST /api/wall/rooms — a buyer's photo of their wall: multipart/form-data with `file` (and optional
 * `name`). Signed in (session or API token); the same size, type and megapixel limits as artwork images,
 * and the same per-user upload limit. Answers `{ room }` (201) or `{ error: { code, message, field } }`.
 */
export function handleRoomPhotoUpload(req: Request, deps: UploadDeps): Promise<Response> {
  return inRequestScope(req, () => upload(req, deps));
}

const WORDS: UploadWording = { noun: "photo", signIn: "Sign in to upload a photo of your wall.", chooseFile: "Choose a photo of your wall to upload." };

async function upload(req: Request, deps: UploadDeps): Promise<Response> {
  const ctx = await uploadContext(req, deps, WORDS);
  if (ctx instanceof Response) return ctx;
  const read = await readUploadForm(req, deps, ctx, WORDS);
  if (read instanceof Response) return read;
  const { form, file } = read;
  const name = form.get("name");
  const fields = roomPhotoUploadFields.safeParse({ name: typeof name === "string" ? name : undefined });
  if (!fields.success) return fail(400, "BAD_REQUEST", fields.error.issues[0]?.message ?? "Invalid input.", "name");
  if (file.size > MAX_UPLOAD_BYTES) return fileTooLarge(WORDS);

  try {
    const room = await uploadRoomPhoto(
      { db: deps.db, storage: deps.storage },
      {
        userId: ctx.identity.id,
        bytes: new Uint8Array(await file.arrayBuffer()),
        filename: file instanceof File ? file.name : undefined,
        name: fields.data.name,
        now: ctx.now(),
      },
    );
    return Response.json({ room }, { status: 201 });
  } catch (e) {
    if (isAppError(e)) return uploadAppError(e);
    logger().error("wall: room photo upload failed", { err: e });
    return fail(500, "INTERNAL_SERVER_ERROR", "Something went wrong on our side. Please try again.");
  }
}
