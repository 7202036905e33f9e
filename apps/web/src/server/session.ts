import "server-only";
import { loadIdentity, type Identity } from "@atelier/auth";
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

/** For protected pages: sends anonymous visitors to sign in and back to `returnTo` afterwards. */
export async function requireIdentity(returnTo: string): Promise<Identity> {
  const identity = await currentIdentity();
  if (!identity) redirect(`/sign-in?callbackUrl=${encodeURIComponent(returnTo)}`);
  return identity;
}
