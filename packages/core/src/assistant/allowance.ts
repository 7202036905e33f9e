import { hitRateLimit, type RateLimitRule } from "../rate-limit/index.ts";
import type { Db } from "@atelier/db";
import type { CoreSettings } from "../env.ts";

/** Per-user limits on the assistants (settings in core's env.ts: generous for a person, tight for a script). */
export type AssistantLimits = Pick<CoreSettings, "ASSISTANT_REQUESTS_PER_MINUTE" | "ASSISTANT_DAILY_TOKENS" | "ASSISTANT_VISITOR_REQUESTS_PER_DAY">;

export type Allowance = { ok: true } | { ok: false; status: 429; message: string; retryAfterSeconds: number };

function utcDay(now: Date): Date {
  return new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate()));
}

function secondsToUtcMidnight(now: Date): number {
  return Math.max(1, Math.ceil((utcDay(now).getTime() + 86_400_000 - now.getTime()) / 1000));
}

/**
 * Counts this request against the caller's limits; a refusal carries the message the chat shows. A
 * visitor's request may cost several of their daily questions (a long history it sends).
 */
export async function takeAllowance(
  db: Db,
  caller: { userId: string } | { ip: string; cost?: number },
  limits: AssistantLimits,
  now: Date,
): Promise<Allowance> {
  if ("ip" in caller) {
    const rule: RateLimitRule = { name: "assistant-visitor", limit: limits.ASSISTANT_VISITOR_REQUESTS_PER_DAY, windowMs: 86_400_000 };
    const r = await hitRateLimit(db, rule, caller.ip, now, caller.cost ?? 1);
    if (r.allowed) return { ok: true };
    return {
      ok: false,
      status: 429,
      retryAfterSeconds: r.retryAfterSeconds,
      message: "Visitors can ask the assistant a limited number of questions a day. Sign in to keep going.",
    };
  }
  const rule: RateLimitRule = { name: "assistant", limit: limits.ASSISTANT_REQUESTS_PER_MINUTE, windowMs: 60_000 };
  const r = await hitRateLimit(db, rule, caller.userId, now);
  if (!r.allowed) {
    return {
      ok: false,
      status: 429,
      retryAfterSeconds: r.retryAfterSeconds,
      message: `You're sending messages faster than the assistant can keep up. Try again in ${r.retryAfterSeconds} s.`,
    };
  }
  const usage = await db.assistantUsage.findUnique({ where: { userId_day: { userId: caller.userId, day: utcDay(now) } } });
  const spent = (usage?.inputTokens ?? 0) + (usage?.outputTokens ?? 0);
  if (spent >= limits.ASSISTANT_DAILY_TOKENS) {
    const retry = secondsToUtcMidnight(now);
    return { ok: false, status: 429, retryAfterSeconds: retry, message: "You've used today's assistant allowance. It resets at midnight UTC." };
  }
  return { ok: true };
}

/** Adds one request's tokens to the caller's day (an atomic upsert, so parallel chats add up). */
export async function recordUsage(db: Db, userId: string, now: Date, tokens: { inputTokens: number; outputTokens: number }): Promise<void> {
  const day = utcDay(now);
  await db.$executeRaw`
    INSERT INTO "AssistantUsage" ("userId", "day", "requests", "inputTokens", "outputTokens")
    VALUES (${userId}, ${day}::date, 1, ${tokens.inputTokens}, ${tokens.outputTokens})
    ON CONFLICT ("userId", "day") DO UPDATE SET
      "requests" = "AssistantUsage"."requests" + 1,
      "inputTokens" = "AssistantUsage"."inputTokens" + EXCLUDED."inputTokens",
      "outputTokens" = "AssistantUsage"."outputTokens" + EXCLUDED."outputTokens"`;
}

export async function usageToday(db: Db, userId: string, limits: AssistantLimits, now: Date) {
  const usage = await db.assistantUsage.findUnique({ where: { userId_day: { userId, day: utcDay(now) } } });
  const used = (usage?.inputTokens ?? 0) + (usage?.outputTokens ?? 0);
  return { usedTokens: used, dailyTokens: limits.ASSISTANT_DAILY_TOKENS, requests: usage?.requests ?? 0 };
}
