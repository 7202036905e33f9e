/**
 * Signed, expiring download links. A token is `<downloadId>.<expiry>.<signature>`: the expiry in Unix seconds,
 * the signature HMAC-SHA-256 over both (and the buyer's user id, which the token does not carry but the check
 * supplies) with a key derived from AUTH_SECRET for this one purpose, so a token can neither be changed nor moved
 * to another download or another buyer. Pure: the clock and the key are arguments.
 */
import crypto from "node:crypto";

const PURPOSE = "atelier/digital-download-links/v1";
const ID = /^[a-z0-9]{1,64}$/;
const EXPIRY = /^[0-9]{1,12}$/;
const SIGNATURE = /^[A-Za-z0-9_-]{43}$/;

/** The links' key: HMAC-SHA-256 of the purpose under AUTH_SECRET (another purpose's key never signs a link). */
export function deriveDownloadLinkKey(authSecret: string): Uint8Array {
  if (authSecret.length < 16) throw new Error("The download-link key needs AUTH_SECRET (at least 16 characters).");
  return new Uint8Array(crypto.createHmac("sha256", authSecret).update(PURPOSE).digest());
}

const sign = (key: Uint8Array, downloadId: string, userId: string, expiry: number) =>
  crypto.createHmac("sha256", key).update(`${downloadId}|${userId}|${expiry}`).digest("base64url");

export function signDownloadToken(key: Uint8Array, claims: { downloadId: string; userId: string; expiresAt: Date }): string {
  if (!ID.test(claims.downloadId)) throw new Error("A download id is lower-case letters and digits.");
  const expiry = Math.floor(claims.expiresAt.getTime() / 1000);
  return `${claims.downloadId}.${expiry}.${sign(key, claims.downloadId, claims.userId, expiry)}`;
}

export type TokenCheck =
  { ok: true; downloadId: string; expiresAt: Date } | { ok: false; reason: "malformed" | "bad-signature" | "expired"; downloadId: string | null };

/** The download id a well-formed token names (before its signature is checked: only to look up whose it is). */
export function downloadIdOfToken(token: string): string | null {
  const [id, expiry, signature, ...rest] = token.split(".");
  return rest.length === 0 && id && expiry && signature && ID.test(id) && EXPIRY.test(expiry) && SIGNATURE.test(signature) ? id : null;
}

/** Checks the signature (in constant time) for this buyer, then the expiry. */
export function verifyDownloadToken(key: Uint8Array, token: string, userId: string, now: Date): TokenCheck {
  const downloadId = downloadIdOfToken(token);
  if (!downloadId) return { ok: false, reason: "malformed", downloadId: null };
  const [, expiryText, signature] = token.split(".") as [string, string, string];
  const expiry = Number(expiryText);
  const expected = Buffer.from(sign(key, downloadId, userId, expiry));
  const given = Buffer.from(signature);
  if (expected.length !== given.length || !crypto.timingSafeEqual(expected, given)) return { ok: false, reason: "bad-signature", downloadId };
  if (expiry * 1000 <= now.getTime()) return { ok: false, reason: "expired", downloadId };
  return { ok: true, downloadId, expiresAt: new Date(expiry * 1000) };
}
