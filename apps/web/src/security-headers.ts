/**
 * Security headers of every response. next.config.ts sends the fixed ones on every path (pages, API
 * routes, /media, static files); proxy.ts sends each page's Content-Security-Policy with a fresh
 * script nonce. API routes and /media get a CSP that allows nothing: they are never documents.
 */
export function fixedSecurityHeaders(production: boolean): { key: string; value: string }[] {
  return [
    { key: "X-Frame-Options", value: "DENY" },
    { key: "X-Content-Type-Options", value: "nosniff" },
    { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
    // the camera for ticket check-in later; nothing else a marketplace page needs
    { key: "Permissions-Policy", value: "camera=(self), microphone=(), geolocation=(), payment=(), usb=(), browsing-topics=()" },
    // HTTPS-only for two years once a browser has seen the site over HTTPS (never in development: localhost is plain HTTP)
    ...(production ? [{ key: "Strict-Transport-Security", value: "max-age=63072000; includeSubDomains" }] : []),
  ];
}

/** For responses that are data, not documents (API routes, /media): nothing may run or frame them. */
export const NON_DOCUMENT_CSP = "default-src 'none'; img-src 'self'; media-src 'self'; style-src 'unsafe-inline'; frame-ancestors 'none'; base-uri 'none'";

/**
 * A page's policy: scripts only with this response's nonce ('strict-dynamic' lets Next's own loader
 * add its chunks), styles from us plus inline style attributes (React's `style={…}` and Next's
 * head styles have no nonce), images from us and data:/blob: (placeholders, upload previews).
 * Development adds 'unsafe-eval' for React's dev tooling and a websocket for hot reload.
 */
export function pageCsp(nonce: string, dev: boolean): string {
  return [
    "default-src 'self'",
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${dev ? " 'unsafe-eval'" : ""}`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self' data:",
    `connect-src 'self'${dev ? " ws: wss:" : ""}`,
    "object-src 'none'",
    "base-uri 'self'",
    "frame-ancestors 'none'",
    "frame-src 'none'",
  ].join("; ");
}
