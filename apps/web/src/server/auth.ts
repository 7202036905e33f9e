import { parseTrustedProxies } from "@atelier/core/rate-limit";
import "server-only";
import { createAuthConfig } from "@atelier/auth/next-auth";
import { createSignInThrottle, createSignInThrottlePool } from "@atelier/core/rate-limit/sign-in-throttle";
import { resolveDatabaseUrl } from "@atelier/db";
import NextAuth from "next-auth";
import { env } from "~/env";
import { db } from "./db";
import { authSecret } from "./download-links";

const throttle = createSignInThrottle(createSignInThrottlePool(resolveDatabaseUrl()), env);

export const { handlers, auth, signIn, signOut } = NextAuth(
  createAuthConfig({
    db,
    secret: authSecret(),
    throttle,
    trustedProxies: parseTrustedProxies(env.TRUSTED_PROXIES),
  }),
);
