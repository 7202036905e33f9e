import type { AppError } from "@atelier/core/errors";
import { MAX_UPLOAD_BYTES } from "@atelier/core/images/detect";
import { hitRateLimit, uploadRateLimit } from "@atelier/core/rate-limit";
import { createContext } from "../context.ts";
import type { UploadDeps } from "./image-upload.ts";
import { fail, STATUS, waitPhrase } from "./json-error.ts";
import { crossSiteRefusal } from "./origin-check.ts";

/** How one upload route names what it takes, in its error messages. */
export interface UploadWording {
  /** "image", "photo" */
  noun: string;
  /** 401 for a visitor */
  signIn: string;
  /** 400 when the form has no file */
  chooseFile: string;
}

type Ctx = Awaited<ReturnType<typeof createContext>>;
type SignedIn = Ctx & { identity: NonNullable<Ctx["identity"]> };

/** Same origin, then who is asking (session or API token): the signed-in context, or the 403/401 to answer. */
export async function uploadContext(req: Request, deps: UploadDeps, words: UploadWording): Promise<SignedIn | Response> {
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
  if (!ctx.identity) return fail(401, "UNAUTHORIZED", ctx.tokenRejected ? "This API token is invalid or has been revoked." : words.signIn);
  return ctx as SignedIn;
}

/** 413 for a file over the upload limit. */
export function fileTooLarge(words: UploadWording): Response {
  return fail(413, "PAYLOAD_TOO_LARGE", `The ${words.noun} is larger than 25 MB. Upload a smaller file.`, "file");
}

/**
 * The checks every upload makes before its own fields, in this order: the per-user upload limit (counted before the
 * body is read, so a burst is refused cheaply), the declared size, multipart/form-data, a readable form with a file.
 */
export async function readUploadForm(req: Request, deps: UploadDeps, ctx: SignedIn, words: UploadWording): Promise<{ form: FormData; file: Blob } | Response> {
  const rule = uploadRateLimit(ctx.settings);
  const limited = await hitRateLimit(deps.db, rule, ctx.identity.id, ctx.now());
  if (!limited.allowed) {
    return fail(
      429,
      "TOO_MANY_REQUESTS",
      `That's a lot of ${words.noun}s at once: at most ${rule.limit} uploads every 10 minutes. Try again in ${waitPhrase(limited.retryAfterSeconds)}.`,
      "file",
      { "retry-after": String(limited.retryAfterSeconds) },
    );
  }
  if (Number(req.headers.get("content-length") ?? "0") > MAX_UPLOAD_BYTES + 64 * 1024) return fileTooLarge(words);
  if (!(req.headers.get("content-type") ?? "").toLowerCase().startsWith("multipart/form-data")) {
    return fail(415, "UNSUPPORTED_MEDIA_TYPE", `Send the ${words.noun} as multipart/form-data with a \`file\` field.`, "file");
  }
  let form: FormData;
  try {
    form = await req.formData();
  } catch {
    return fail(400, "BAD_REQUEST", "The upload could not be read. Try again.", "file");
  }
  const file = form.get("file");
  if (!(file instanceof Blob)) return fail(400, "BAD_REQUEST", words.chooseFile, "file");
  return { form, file };
}

/** A domain error as the upload's JSON error: its status, its first field (renamed by `field`) and Retry-After. */
export function uploadAppError(e: AppError, field: (name: string | null) => string | null = (f) => f): Response {
  const first = e.fieldErrors ? (Object.keys(e.fieldErrors)[0] ?? null) : null;
  const headers: Record<string, string> = e.retryAfterSeconds ? { "retry-after": String(e.retryAfterSeconds) } : {};
  return fail(STATUS[e.code], e.code, e.message, field(first), headers);
}
