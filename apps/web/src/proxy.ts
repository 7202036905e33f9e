import { isCurrency } from "@atelier/core/money";
import { NextResponse } from "next/server";
import { DISPLAY_CURRENCY_COOKIE } from "./lib/display-currency";
import { pageCsp } from "./security-headers";
import { areaGate } from "./server/area-gates";
import { auth } from "./server/auth";

/**
 * Every page request (Node.js runtime), before anything renders:
 * - the admin and studio areas are gated by role (server/area-gates.ts): sign in and back, or a 403 page;
 * - a fresh Content-Security-Policy nonce (Next reads it from the request's CSP header and puts it on
 *   its own scripts, which is why pages render per request);
 * - a request id (an incoming valid `x-request-id`, else a new one; returned in the response);
 * - the requested path and query for server components (`x-return-to`), so a page that sends a visitor
 *   to sign in can bring them back to exactly where they were going;
 * - a display currency picked in the gallery (`/gallery?currency=USD`) is remembered in a cookie for a year,
 *   so the gallery and artwork pages show "≈" prices in it until another is picked.
 *
 * API routes and /media are not matched: a proxy would buffer request bodies (uploads are larger than
 * Next allows there); they set their own request id, and next.config.ts their headers.
 */
export const proxy = auth(async (request) => {
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
  const gate = await areaGate(request, request.auth?.user?.id ?? null);
  const response =
    gate?.kind === "redirect"
      ? NextResponse.redirect(gate.to)
      : gate?.kind === "forbidden"
        ? NextResponse.rewrite(gate.to, { status: 403, request: { headers } })
        : NextResponse.next({ request: { headers } });
  response.headers.set("content-security-policy", csp);
  response.headers.set("x-request-id", requestId);
  const picked = request.nextUrl.pathname === "/gallery" ? request.nextUrl.searchParams.get("currency")?.trim().toUpperCase() : undefined;
  if (picked && isCurrency(picked) && request.cookies.get(DISPLAY_CURRENCY_COOKIE)?.value !== picked) {
    response.cookies.set(DISPLAY_CURRENCY_COOKIE, picked, { path: "/", maxAge: 365 * 24 * 60 * 60, sameSite: "lax", httpOnly: true });
  }
  return response;
});

export const config = { matcher: ["/((?!api|_next|media|favicon.ico).*)"] };
