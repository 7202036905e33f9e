import crypto from "node:crypto";
import type { Db } from "@atelier/db";

export type EmailTokenPurpose = "VERIFY_EMAIL" | "RESET_PASSWORD";

export const EMAIL_TOKEN_TTL_MS: Record<EmailTokenPurpose, number> = {
  VERIFY_EMAIL: 24 * 60 * 60_000,
  RESET_PASSWORD: 60 * 60_000,
};

/** 256 random bits; a fast hash is right for a secret this long (see token-secret.ts). */
export function hashEmailToken(token: string): string {
  return crypto.createHash("sha256").update(token).digest("hex");
}

/** Stores the hash of a new token and returns the token, which only the mail carries. */
export async function issueEmailToken(db: Db, userId: string, purpose: EmailTokenPurpose, now: Date): Promise<string> {
  const token = crypto.randomBytes(32).toString("base64url");
  await db.emailToken.create({
    data: { userId, purpose, tokenHash: hashEmailToken(token), expiresAt: new Date(now.getTime() + EMAIL_TOKEN_TTL_MS[purpose]) },
  });
  return token;
}

export type ConsumedToken = { ok: true; userId: string } | { ok: false; reason: "invalid" | "used" | "expired" };

type Tx = Parameters<Parameters<Db["$transaction"]>[0]>[0];

/**
 * Marks a token used, once: the conditional update (unused and unexpired) decides between two racing
 * uses, so a link works exactly one time. The reason says what to tell the person when it does not.
 */
export async function consumeEmailToken(db: Db | Tx, token: string, purpose: EmailTokenPurpose, now: Date): Promise<ConsumedToken> {
  if (!/^[A-Za-z0-9_-]{43}$/.test(token)) return { ok: false, reason: "invalid" };
  const tokenHash = hashEmailToken(token);
  const used = await db.emailToken.updateMany({ where: { tokenHash, purpose, usedAt: null, expiresAt: { gt: now } }, data: { usedAt: now } });
  const row = await db.emailToken.findUnique({ where: { tokenHash }, select: { userId: true, purpose: true, usedAt: true, expiresAt: true } });
  if (used.count === 1 && row) return { ok: true, userId: row.userId };
  if (!row || row.purpose !== purpose) return { ok: false, reason: "invalid" };
  return { ok: false, reason: row.usedAt ? "used" : "expired" };
}
