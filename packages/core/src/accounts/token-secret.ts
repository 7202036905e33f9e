import crypto from "node:crypto";

/**
 * Personal API tokens look like `atl_<8 char prefix>_<32 byte secret, base64url>`. The prefix is
 * stored in clear so people can tell tokens apart; the whole token is stored only as SHA-256
 * (a fast hash is right here: the secret has 256 bits of entropy, unlike a password).
 */
export const TOKEN_PREFIX = "atl_";

export function generateApiToken(): { token: string; prefix: string; tokenHash: string } {
  const prefix = crypto.randomBytes(6).toString("base64url").slice(0, 8);
  const secret = crypto.randomBytes(32).toString("base64url");
  const token = `${TOKEN_PREFIX}${prefix}_${secret}`;
  return { token, prefix, tokenHash: hashApiToken(token) };
}

export function hashApiToken(token: string): string {
  return crypto.createHash("sha256").update(token).digest("hex");
}

export function looksLikeApiToken(value: string): boolean {
  return /^atl_[A-Za-z0-9_-]{8}_[A-Za-z0-9_-]{43}$/.test(value);
}
