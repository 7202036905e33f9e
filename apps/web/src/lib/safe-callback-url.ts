const PLACEHOLDER_ORIGIN = "http://atelier.invalid";

/**
 * Where to send someone after signing in: only a path on this site (no open redirect). The value is
 * resolved the way a browser would resolve it and must stay on the origin. Control characters and
 * backslashes are refused before that: browsers drop tabs and newlines from URLs and read `\` as `/`,
 * so "/\t/evil.example" or "/\evil.example" would leave the site, and a raw newline breaks the
 * Location header. An absolute URL is accepted only for `origin` (when the caller knows it).
 */
export function safeCallbackUrl(value: string | undefined | null, fallback = "/account", origin?: string): string {
  if (!value || value.length > 2000) return fallback;
  // eslint-disable-next-line no-control-regex -- refusing control characters is the point
  if (/[\u0000-\u001F\u007F\\]/.test(value)) return fallback;
  const base = origin ?? PLACEHOLDER_ORIGIN;
  let url: URL;
  try {
    url = new URL(value, base);
  } catch {
    return fallback;
  }
  if (url.origin !== new URL(base).origin) return fallback;
  if (!value.startsWith("/") && !(origin && value.startsWith(origin))) return fallback;
  const path = `${url.pathname}${url.search}${url.hash}`;
  // "/..//evil.example" resolves to the path "//evil.example", which a browser reads as another host
  return path.startsWith("//") ? fallback : path;
}

/** The sign-in (or sign-up) link that brings the person back to `returnTo`. */
export function signInHref(page: "/sign-in" | "/sign-up", returnTo: string | null | undefined): string {
  const target = safeCallbackUrl(returnTo, "");
  if (!target || target === "/" || /^\/(sign-in|sign-up|forgot-password|reset-password|verify-email)(\/|\?|$)/.test(target)) return page;
  return `${page}?callbackUrl=${encodeURIComponent(target)}`;
}
