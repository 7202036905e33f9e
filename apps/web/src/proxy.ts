import { NextResponse, type NextRequest } from "next/server";

/**
 * Passes the requested path and query to server components (as `x-return-to`), so a page that
 * sends an anonymous visitor to sign in can bring them back to exactly where they were going.
 */
export function proxy(request: NextRequest) {
  const headers = new Headers(request.headers);
  headers.set("x-return-to", request.nextUrl.pathname + request.nextUrl.search);
  return NextResponse.next({ request: { headers } });
}

export const config = { matcher: ["/((?!api|_next|media|favicon.ico).*)"] };
