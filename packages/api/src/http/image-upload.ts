import type { Db } from "@atelier/db";
import { isAppError } from "@atelier/core/errors";
import { fail } from "./json-error.ts";
import { logger } from "@atelier/core/observability/logger";
import type { TrustedProxies } from "@atelier/core/rate-limit";
import { inRequestScope } from "./request-scope.ts";
import { fileTooLarge, readUploadForm, uploadAppError, uploadContext, type UploadWording } from "./upload-request.ts";
import { imageUploadFields } from "@atelier/core/schemas/images";
import { addArtworkImage } from "@atelier/core/images/artwork-images";
import { MAX_UPLOAD_BYTES } from "@atelier/core/images/detect";
import type { Storage } from "@atelier/core/storage";
import type { CoreSettings } from "@atelier/core/env";

export interface UploadDeps {
  db: Db;
  storage: Storage;
  getSessionUserId: () => Promise<string | null>;
  /** the domain's settings (the upload rate limit); absent → the defaults */
  settings?: CoreSettings;
  clock?: () => Date;
  /** the public origin (APP_URL), one of the origins a browser upload may come from */
  appUrl?: string;
  trustedProxies?: TrustedProxies;
}

/**
 * POST /api/artworks/:id/images — multipart/form-data with `file` (and optional `alt`).
 * Identity as for tRPC (session cookie or `Authorization: Bearer` API token); answers the created
 * image, or `{ error: { code, message, field } }` with a 4xx (429 past RATE_LIMIT_UPLOADS_PER_10_MIN per
 * user; 503 when the image pipeline's queue is full, both with Retry-After).
 */
export function handleImageUpload(req: Request, artworkId: string, deps: UploadDeps): Promise<Response> {
  return inRequestScope(req, () => upload(req, artworkId, deps));
}

const WORDS: UploadWording = { noun: "image", signIn: "Sign in to continue.", chooseFile: "Choose an image to upload." };

async function upload(req: Request, artworkId: string, deps: UploadDeps): Promise<Response> {
  const ctx = await uploadContext(req, deps, WORDS);
  if (ctx instanceof Response) return ctx;
  if (!ctx.identity.roles.includes("ARTIST")) return fail(403, "FORBIDDEN", "This needs the artist role.");
  const read = await readUploadForm(req, deps, ctx, WORDS);
  if (read instanceof Response) return read;
  const { form, file } = read;
  const fields = imageUploadFields.safeParse({ artworkId, alt: typeof form.get("alt") === "string" ? form.get("alt") : undefined });
  if (!fields.success) {
    const issue = fields.error.issues[0];
    return fail(400, "BAD_REQUEST", issue?.message ?? "Invalid input.", String(issue?.path[0] ?? "file"));
  }
  if (file.size > MAX_UPLOAD_BYTES) return fileTooLarge(WORDS);

  try {
    const image = await addArtworkImage(
      { db: deps.db, storage: deps.storage, now: ctx.now },
      {
        userId: ctx.identity.id,
        artworkId: fields.data.artworkId,
        bytes: new Uint8Array(await file.arrayBuffer()),
        filename: file instanceof File ? file.name : undefined,
        altText: fields.data.alt,
      },
    );
    return Response.json({ image }, { status: 201 });
  } catch (e) {
    if (isAppError(e)) return uploadAppError(e, (field) => (field === "altText" ? "alt" : field));
    logger().error("images: upload failed", { artworkId, err: e });
    return fail(500, "INTERNAL_SERVER_ERROR", "Something went wrong on our side. Please try again.");
  }
}
