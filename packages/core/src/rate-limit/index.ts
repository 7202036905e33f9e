import type { Db } from "@atelier/db";
import { AppError } from "../errors.ts";
import type { CoreSettings } from "../env.ts";

export interface RateLimitRule {
  /** e.g. "sign-in" */
  name: string;
  limit: number;
  windowMs: number;
}

export interface RateLimitResult {
  allowed: boolean;
  count: number;
  retryAfterSeconds: number;
}

/**
 * Fixed-window counter in one atomic upsert, so it holds across processes and server restarts. It stays
 * (next to rate-limiter-flexible, used for sign-in in ./sign-in-throttle.ts) where a plain "N per window,
 * then refuse" is the whole rule and the caller has only the Prisma client: sign-ups and password-reset
 * mails per address (a hard stop costs an owner nothing there: their account already exists), and the
 * assistants' per-minute and per-day allowances, which the chat route reports as a 429 with a reset time. `cost` is how many this hit counts for.
 */
export async function hitRateLimit(db: Db, rule: RateLimitRule, subject: string, now = new Date(), cost = 1): Promise<RateLimitResult> {
  const windowStart = new Date(Math.floor(now.getTime() / rule.windowMs) * rule.windowMs);
  const key = `${rule.name}:${subject}`;
  const rows = await db.$queryRaw<{ count: number }[]>`
    INSERT INTO "RateLimitBucket" ("key", "windowStart", "count") VALUES (${key}, ${windowStart}, ${cost})
    ON CONFLICT ("key") DO UPDATE SET
      "count" = CASE WHEN "RateLimitBucket"."windowStart" = EXCLUDED."windowStart" THEN "RateLimitBucket"."count" + EXCLUDED."count" ELSE EXCLUDED."count" END,
      "windowStart" = EXCLUDED."windowStart"
    RETURNING "count"`;
  const count = Number(rows[0]?.count ?? 1);
  const retryAfterSeconds = Math.max(1, Math.ceil((windowStart.getTime() + rule.windowMs - now.getTime()) / 1000));
  return { allowed: count <= rule.limit, count, retryAfterSeconds };
}

export async function enforceRateLimit(db: Db, rule: RateLimitRule, subject: string, now = new Date()): Promise<void> {
  const r = await hitRateLimit(db, rule, subject, now);
  if (!r.allowed) {
    throw new AppError("TOO_MANY_REQUESTS", `Too many attempts. Try again in ${r.retryAfterSeconds} s.`, {
      retryAfterSeconds: r.retryAfterSeconds,
    });
  }
}

/** The configured fixed-window limits (sign-in has its own progressive throttle). */
export function rateLimits(settings: Pick<CoreSettings, "RATE_LIMIT_SIGN_UPS_PER_HOUR" | "RATE_LIMIT_PASSWORD_RESETS_PER_HOUR">) {
  return {
    signUp: { name: "sign-up", limit: settings.RATE_LIMIT_SIGN_UPS_PER_HOUR, windowMs: 60 * 60_000 },
    passwordResetByAddress: { name: "password-reset", limit: settings.RATE_LIMIT_PASSWORD_RESETS_PER_HOUR, windowMs: 60 * 60_000 },
    // per account: a reset mail every few minutes is plenty, and nobody can fill an owner's inbox
    passwordResetByAccount: { name: "password-reset-account", limit: 3, windowMs: 60 * 60_000 },
  } satisfies Record<string, RateLimitRule>;
}

export {
  clientAddress,
  clientAddressFromHeaders,
  markSocketStampInstalled,
  normalizeAddress,
  parseTrustedProxies,
  SOCKET_PEER_HEADER,
  socketStampInstalled,
  TRUSTED_PROXY_PRESETS,
  TrustedProxiesError,
  type AddressSources,
  type TrustedProxies,
} from "./client-address.ts";
/** Image uploads per user: each one is decoded and encoded several times, so a burst of them is work for the whole server. */
export function wallPreviewRateLimit(settings: Pick<CoreSettings, "RATE_LIMIT_WALL_PREVIEWS_PER_10_MIN">): RateLimitRule {
  return { name: "wall-preview", limit: settings.RATE_LIMIT_WALL_PREVIEWS_PER_10_MIN, windowMs: 10 * 60_000 };
}

export function uploadRateLimit(settings: Pick<CoreSettings, "RATE_LIMIT_UPLOADS_PER_10_MIN">): RateLimitRule {
  return { name: "image-upload", limit: settings.RATE_LIMIT_UPLOADS_PER_10_MIN, windowMs: 10 * 60_000 };
}
