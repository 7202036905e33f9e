"use client";

import Link from "next/link";
import { usePathname, useSearchParams } from "next/navigation";
import { Suspense } from "react";
import { signInHref } from "~/lib/safe-callback-url";

const signInClass = "rounded-full px-4 py-2 text-sm text-ink-soft hover:bg-paper-deep hover:text-ink";
const joinClass = "rounded-full bg-ink px-4 py-2 text-sm font-medium text-paper hover:bg-ink-soft";

/** "Sign in" and "Join Atelier", bringing the person back to the page they are on (the header outlives navigations, so this reads the path live). */
function LinksHere() {
  const pathname = usePathname();
  const query = useSearchParams().toString();
  const here = query ? `${pathname}?${query}` : pathname;
  return (
    <>
      <Link href={signInHref("/sign-in", here)} className={signInClass}>
        Sign in
      </Link>
      <Link href={signInHref("/sign-up", here)} className={joinClass}>
        Join Atelier
      </Link>
    </>
  );
}

export function SignInLinks() {
  return (
    <Suspense
      fallback={
        <>
          <Link href="/sign-in" className={signInClass}>
            Sign in
          </Link>
          <Link href="/sign-up" className={joinClass}>
            Join Atelier
          </Link>
        </>
      }
    >
      <LinksHere />
    </Suspense>
  );
}
