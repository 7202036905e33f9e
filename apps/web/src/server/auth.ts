import { parseTrustedProxies } from "@atelier/core/rate-limit";
import "server-only";
import { resolveAuthSecret } from "@atelier/auth";
import { createAuthConfig } from "@atelier/auth/next-auth";
import { createSignInThrottle, createSignInThrottlePool } from "@atelier/core/rate-limit/sign-in-throttle";
import { dataDir, resolveDatabaseUrl } from "@atelier/db";
import NextAuth from "next-auth";
import { env } from "~/env";
import { db } from "./db";

const throttle = createSignInThrottle(createSignInThrottlePool(resolveDatabaseUrl()), env);

export const { handlers, auth, signIn, signOut } = NextAuth(
  createAuthConfig({
    db,
    secret: resolveAuthSecret(env.AUTH_SECRET, dataDir(env.ATELIER_DATA_DIR), { allowGenerated: env.NODE_ENV !== "production" || env.ATELIER_DEMO }),
    throttle,
    trustedProxies: parseTrustedProxies(env.TRUSTED_PROXIES),
  }),
);
