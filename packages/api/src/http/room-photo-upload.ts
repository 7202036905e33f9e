import { isAppError } from "@atelier/core/errors";
import { MAX_UPLOAD_BYTES } from "@atelier/core/images/detect";
import { logger } from "@atelier/core/observability/logger";
import { hitRateLimit, uploadRateLimit } from "@atelier/core/rate-limit";
import { roomPhotoUploadFields } from "@atelier/core/schemas/wall-preview";
import { uploadRoomPhoto } from "@atelier/core/wall-preview/rooms";
import { createContext } from "../context.ts";
import type { UploadDeps } from "./image-upload.ts";
import { fail, STATUS, waitPhrase } from "./json-error.ts";
import { crossSiteRefusal } from "./origin-check.ts";
import { inRequestScope } from "./request-scope.ts";

/**
 * POST /api/wall/rooms — a buyer's photo of their wall: multipart/form-data with `file` (and optional
 * `name`). Signed in (session or API token); the same size, type and megapixel limits as artwork images,
 * and the same per-user upload limit. Answers `{ room }` (201) or `{ error: { code, message, field } }`.
 */
export function handleRoomPhotoUpload(req: Request, deps: UploadDeps): Promise<Response> {
  return inRequestScope(req, () => upload(req, deps));
}

async function upload(req: Request, deps: UploadDeps): Promise<Response> {
  const refused = crossSiteRefusal(req, deps.appUrl);
  if (refused) return refused;
  const ctx = await createContext({
    db: deps.db,
    headers: req.headers,
    getSessionUserId: deps.getSessionUserId,
    storage: deps.storage,
    settings: deps.settings,
    clock: deps.clock,
    appUrl: deps.appUrl,
    trustedProxies: deps.trustedProxies,
  });
  if (!ctx.identity)
    return fail(401, "UNAUTHORIZED", ctx.tokenRejected ? "This API token is invalid or has been revoked." : "Sign in to upload a photo of your wall.");

  const rule = uploadRateLimit(ctx.settings);
  const limited = await hitRateLimit(deps.db, rule, ctx.identity.id, ctx.now());
  if (!limited.allowed) {
    return fail(
      429,
      "TOO_MANY_REQUESTS",
      `That's a lot of photos at once: at most ${rule.limit} uploads every 10 minutes. Try again in ${waitPhrase(limited.retryAfterSeconds)}.`,
      "file",
      { "retry-after": String(limited.retryAfterSeconds) },
    );
  }
  const tooLarge = () => fail(413, "PAYLOAD_TOO_LARGE", "The photo is larger than 25 MB. Upload a smaller file.", "file");
  if (Number(req.headers.get("content-length") ?? "0") > MAX_UPLOAD_BYTES + 64 * 1024) return tooLarge();
  if (!(req.headers.get("content-type") ?? "").toLowerCase().startsWith("multipart/form-data")) {
    return fail(415, "UNSUPPORTED_MEDIA_TYPE", "Send the photo as multipart/form-data with a `file` field.", "file");
  }
  let form: FormData;
  try {
    form = await req.formData();
  } catch {
    return fail(400, "BAD_REQUEST", "The upload could not be read. Try again.", "file");
  }
  const file = form.get("file");
  if (!(file instanceof Blob)) return fail(400, "BAD_REQUEST", "Choose a photo of your wall to upload.", "file");
  const name = form.get("name");
  const fields = roomPhotoUploadFields.safeParse({ name: typeof name === "string" ? name : undefined });
  if (!fields.success) return fail(400, "BAD_REQUEST", fields.error.issues[0]?.message ?? "Invalid input.", "name");
  if (file.size > MAX_UPLOAD_BYTES) return tooLarge();

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
    if (isAppError(e)) {
      const field = e.fieldErrors ? (Object.keys(e.fieldErrors)[0] ?? null) : null;
      const headers: Record<string, string> = e.retryAfterSeconds ? { "retry-after": String(e.retryAfterSeconds) } : {};
      return fail(STATUS[e.code], e.code, e.message, field, headers);
    }
    logger().error("wall: room photo upload failed", { err: e });
    return fail(500, "INTERNAL_SERVER_ERROR", "Something went wrong on our side. Please try again.");
  }
}
