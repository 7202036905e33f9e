import { TRPCError } from "@trpc/server";
import { NextResponse, type NextRequest } from "next/server";
import { api } from "~/server/api";
import { currentIdentity } from "~/server/session";

export const dynamic = "force-dynamic";

/**
 * Stripe's refresh_url: an onboarding link expired or was already used, so make a fresh one for
 * the signed-in artist and send the browser straight back to Stripe.
 */
export async function GET(request: NextRequest) {
  const to = (path: string) => NextResponse.redirect(new URL(path, request.nextUrl), 303);
  if (!(await currentIdentity())) return to(`/sign-in?callbackUrl=${encodeURIComponent("/studio/payments")}`);
  try {
    const { url } = await (await api()).artist.payments.onboardingLink();
    return NextResponse.redirect(url, 303);
  } catch (e) {
    // not an artist: the payments page explains the studio is for artists
    if (e instanceof TRPCError && (e.code === "FORBIDDEN" || e.code === "UNAUTHORIZED")) return to("/studio/payments");
    const message = e instanceof TRPCError ? e.message : "Something went wrong. Please try again.";
    if (!(e instanceof TRPCError)) console.error("[payments] onboarding refresh failed", e);
    return to(`/studio/payments?error=${encodeURIComponent(message)}`);
  }
}
