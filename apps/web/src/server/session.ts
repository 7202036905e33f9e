import "server-only";
import { loadIdentity, type Identity } from "@atelier/core/accounts/identity";
import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { cache } from "react";
import { auth } from "./auth";
import { db } from "./db";

/** The signed-in identity (with roles fresh from the database), once per request. */
export const currentIdentity = cache(async (): Promise<Identity | null> => {
  const session = await auth();
  const id = session?.user?.id;
  return id ? loadIdentity(db, id, "session") : null;
});

/**
 * For protected pages: sends anonymous visitors to sign in and back afterwards — to the exact
 * path and query they asked for (set by proxy.ts), or to `returnTo` when that is unknown.
 */
export async function requireIdentity(returnTo: string): Promise<Identity> {
  const identity = await currentIdentity();
  if (!identity) {
    const requested = (await headers()).get("x-return-to");
    // a layout passes its section ("/admin"): the page asked for may be any page under it
    const base = returnTo.split("?")[0]!;
    const path = requested?.split("?")[0];
    const target = requested && (path === base || path?.startsWith(`${base}/`)) ? requested : returnTo;
    redirect(`/sign-in?callbackUrl=${encodeURIComponent(target)}`);
  }
  return identity;
}
