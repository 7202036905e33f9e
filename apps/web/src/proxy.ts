import { NextResponse } from "next/server";
import { areaGate } from "./server/area-gates";
import { auth } from "./server/auth";

/**
 * Runs before every page (Node.js runtime): gates the admin and studio areas by role (see
 * server/area-gates.ts), and passes the requested path and query to server components as
 * `x-return-to`, so a page that sends a visitor to sign in can bring them back to exactly there.
 */
export const proxy = auth(async (request) => {
  const gated = await areaGate(request, request.auth?.user?.id ?? null);
  if (gated) return gated;
  const headers = new Headers(request.headers);
  headers.set("x-return-to", request.nextUrl.pathname + request.nextUrl.search);
  return NextResponse.next({ request: { headers } });
});

export const config = { matcher: ["/((?!api|_next|media|favicon.ico).*)"] };
