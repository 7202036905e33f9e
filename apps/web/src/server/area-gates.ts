import { loadIdentity } from "@atelier/core/accounts/identity";
import type { Role } from "@atelier/db";
import type { NextRequest } from "next/server";
import { db } from "./db";

/**
 * The areas of the site that need a role, checked once per request before anything renders (in
 * proxy.ts), so no page repeats the check. Not in the areas' layouts: Next renders a layout and its
 * page in parallel, so a page's own calls would race the layout's redirect (an anonymous visitor got
 * the page's UNAUTHORIZED error instead of the sign-in page). Every procedure checks again on the
 * server; this gate is about what a person sees.
 */
const AREAS: { prefix: string; role: Role; noAccess: string; open?: string[] }[] = [
  { prefix: "/admin", role: "ADMIN", noAccess: "/no-access/admin" },
  { prefix: "/studio", role: "ARTIST", noAccess: "/no-access/studio" },
  // the application form is for people who have no store yet (the page itself asks them to sign in)
  { prefix: "/store", role: "STORE_OWNER", noAccess: "/no-access/store", open: ["/store/apply"] },
];

const under = (pathname: string, prefix: string) => pathname === prefix || pathname.startsWith(`${prefix}/`);
const gatedArea = (pathname: string) => AREAS.find((a) => under(pathname, a.prefix) && !a.open?.some((o) => under(pathname, o))) ?? null;

type GateDecision = { kind: "redirect"; to: URL } | { kind: "forbidden"; to: URL };

/** Visitors go to sign in and back; signed-in people without the role see why they can't enter (403). Null: let it through. */
export async function areaGate(request: NextRequest, sessionUserId: string | null): Promise<GateDecision | null> {
  const area = gatedArea(request.nextUrl.pathname);
  if (!area) return null;
  const identity = sessionUserId ? await loadIdentity(db, sessionUserId, "session") : null;
  if (!identity) {
    const signIn = new URL("/sign-in", request.nextUrl);
    signIn.searchParams.set("callbackUrl", request.nextUrl.pathname + request.nextUrl.search);
    return { kind: "redirect", to: signIn };
  }
  if (!identity.roles.includes(area.role)) return { kind: "forbidden", to: new URL(area.noAccess, request.nextUrl) };
  return null;
}
