import { NextResponse, type NextRequest } from "next/server";
import { pageCsp } from "./security-headers";

/**
 * Every page request: a fresh Content-Security-Policy nonce (Next reads it from the request's CSP
 * header and puts it on its own scripts, which is why pages render per request), a request id (an
 * incoming valid `x-request-id`, else a new one; returned in the response), and the requested path
 * and query for server components (as `x-return-to`), so a page that sends an anonymous visitor to
 * sign in can bring them back to exactly where they were going.
 *
 * API routes and /media are not matched: a proxy would buffer request bodies (uploads are larger than
 * Next allows there); they set their own request id, and next.config.ts their headers.
 */
export function proxy(request: NextRequest) {
  const nonce = btoa(crypto.randomUUID());
  // eslint-disable-next-line no-restricted-properties -- inlined by Next at build time, not a setting
  const csp = pageCsp(nonce, process.env.NODE_ENV === "development");
  const incoming = request.headers.get("x-request-id");
  const requestId = incoming && /^[A-Za-z0-9._:-]{8,128}$/.test(incoming) ? incoming : crypto.randomUUID();
  const headers = new Headers(request.headers);
  headers.set("x-return-to", request.nextUrl.pathname + request.nextUrl.search);
  headers.set("x-nonce", nonce);
  headers.set("content-security-policy", csp);
  headers.set("x-request-id", requestId);
  const response = NextResponse.next({ request: { headers } });
  response.headers.set("content-security-policy", csp);
  response.headers.set("x-request-id", requestId);
  return response;
}

export const config = { matcher: ["/((?!api|_next/static|_next/image|media|favicon.ico).*)"] };
