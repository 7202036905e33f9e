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

/** Fixed-window counter in one atomic upsert, so it holds across processes and server restarts. `cost` is how many this hit counts for. */
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

/** The configured limits of signing up and in. */
export function rateLimits(settings: Pick<CoreSettings, "RATE_LIMIT_SIGN_INS_PER_15_MIN" | "RATE_LIMIT_SIGN_UPS_PER_HOUR">) {
  return {
    signIn: { name: "sign-in", limit: settings.RATE_LIMIT_SIGN_INS_PER_15_MIN, windowMs: 15 * 60_000 },
    signUp: { name: "sign-up", limit: settings.RATE_LIMIT_SIGN_UPS_PER_HOUR, windowMs: 60 * 60_000 },
  } satisfies Record<string, RateLimitRule>;
}
