/** The one place the header's "Sign in" link is built (pass the path to come back to after signing in). */
export function signInHref(returnTo?: string | null): string {
  return returnTo && returnTo !== "/" ? `/sign-in?callbackUrl=${encodeURIComponent(returnTo)}` : "/sign-in";
}
