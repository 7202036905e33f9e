import crypto from "node:crypto";

/** The visitor cart's cookie: an opaque random key (httpOnly), the Cart row's visitorKey. */
export const CART_COOKIE = "atelier_cart";
const MAX_AGE_SECONDS = 90 * 24 * 60 * 60;

export function newVisitorCartKey(): string {
  return crypto.randomBytes(24).toString("base64url");
}

/** A key we could have issued (anything else in the cookie is ignored, never looked up). */
export function isVisitorCartKey(v: string | null | undefined): v is string {
  return typeof v === "string" && /^[A-Za-z0-9_-]{32}$/.test(v);
}

/** The cart key from a Cookie header, if it holds a well-formed one. */
export function cartKeyFromCookieHeader(cookie: string | null): string | null {
  if (!cookie) return null;
  for (const part of cookie.split(";")) {
    const eq = part.indexOf("=");
    if (eq < 0) continue;
    if (part.slice(0, eq).trim() === CART_COOKIE) {
      const value = part.slice(eq + 1).trim();
      return isVisitorCartKey(value) ? value : null;
    }
  }
  return null;
}

/** Set-Cookie for the key (null clears it). Secure when the app is served over https. */
export function cartCookieHeader(key: string | null, secure: boolean): string {
  const attrs = ["Path=/", "HttpOnly", "SameSite=Lax", ...(secure ? ["Secure"] : [])];
  return key ? [`${CART_COOKIE}=${key}`, `Max-Age=${MAX_AGE_SECONDS}`, ...attrs].join("; ") : [`${CART_COOKIE}=`, "Max-Age=0", ...attrs].join("; ");
}
