import type { Db } from "@atelier/db";
import { isAppError } from "@atelier/core/errors";
import { fail, STATUS, waitPhrase } from "./json-error.ts";
import { logger } from "@atelier/core/observability/logger";
import { createContext } from "../context.ts";
import type { TrustedProxies } from "@atelier/core/rate-limit";
import { crossSiteRefusal } from "./origin-check.ts";
import { inRequestScope } from "./request-scope.ts";
import { imageUploadFields } from "@atelier/core/schemas/images";
import { addArtworkImage } from "@atelier/core/images/artwork-images";
import { MAX_UPLOAD_BYTES } from "@atelier/core/images/detect";
import type { Storage } from "@atelier/core/storage";
import type { CoreSettings } from "@atelier/core/env";
import { hitRateLimit, uploadRateLimit } from "@atelier/core/rate-limit";

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

async function upload(req: Request, artworkId: string, deps: UploadDeps): Promise<Response> {
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
  if (!ctx.identity) return fail(401, "UNAUTHORIZED", ctx.tokenRejected ? "This API token is invalid or has been revoked." : "Sign in to continue.");
  if (!ctx.identity.roles.includes("ARTIST")) return fail(403, "FORBIDDEN", "This needs the artist role.");

  // counted before the body is even read: a burst of uploads is refused cheaply
  const rule = uploadRateLimit(ctx.settings);
  const limited = await hitRateLimit(deps.db, rule, ctx.identity.id, ctx.now());
  if (!limited.allowed) {
    return fail(
      429,
      "TOO_MANY_REQUESTS",
      `That's a lot of images at once: at most ${rule.limit} uploads every 10 minutes. Try again in ${waitPhrase(limited.retryAfterSeconds)}.`,
      "file",
      { "retry-after": String(limited.retryAfterSeconds) },
    );
  }

  const declared = Number(req.headers.get("content-length") ?? "0");
  if (declared > MAX_UPLOAD_BYTES + 64 * 1024) return fail(413, "PAYLOAD_TOO_LARGE", "The image is larger than 25 MB. Upload a smaller file.", "file");
  if (!(req.headers.get("content-type") ?? "").toLowerCase().startsWith("multipart/form-data")) {
    return fail(415, "UNSUPPORTED_MEDIA_TYPE", "Send the image as multipart/form-data with a `file` field.", "file");
  }
  let form: FormData;
  try {
    form = await req.formData();
  } catch {
    return fail(400, "BAD_REQUEST", "The upload could not be read. Try again.", "file");
  }
  const file = form.get("file");
  if (!(file instanceof Blob)) return fail(400, "BAD_REQUEST", "Choose an image to upload.", "file");
  const fields = imageUploadFields.safeParse({ artworkId, alt: typeof form.get("alt") === "string" ? form.get("alt") : undefined });
  if (!fields.success) {
    const issue = fields.error.issues[0];
    return fail(400, "BAD_REQUEST", issue?.message ?? "Invalid input.", String(issue?.path[0] ?? "file"));
  }
  if (file.size > MAX_UPLOAD_BYTES) return fail(413, "PAYLOAD_TOO_LARGE", "The image is larger than 25 MB. Upload a smaller file.", "file");

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
    if (isAppError(e)) {
      const field = e.fieldErrors ? (Object.keys(e.fieldErrors)[0] ?? null) : null;
      const headers: Record<string, string> = e.retryAfterSeconds ? { "retry-after": String(e.retryAfterSeconds) } : {};
      return fail(STATUS[e.code], e.code, e.message, field === "altText" ? "alt" : field, headers);
    }
    logger().error("images: upload failed", { artworkId, err: e });
    return fail(500, "INTERNAL_SERVER_ERROR", "Something went wrong on our side. Please try again.");
  }
}
