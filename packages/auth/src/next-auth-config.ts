import type { Db } from "@atelier/db";
import type { NextAuthConfig } from "next-auth";
import { CredentialsSignin } from "next-auth";
import Credentials from "next-auth/providers/credentials";
import { attemptSignIn, sessionPredatesPasswordChange } from "@atelier/core/accounts/sign-in";
import { clientAddress } from "@atelier/core/rate-limit";
import type { SignInThrottle } from "@atelier/core/rate-limit/sign-in-throttle";

export class InvalidCredentials extends CredentialsSignin {
  code = "invalid_credentials";
}
export class RateLimited extends CredentialsSignin {
  code = "rate_limited";
  constructor(readonly retryAfterSeconds: number) {
    super();
  }
}

export interface AuthConfigDeps {
  db: Db;
  secret: string;
  throttle: SignInThrottle;
  /** reverse proxies in front of the app (TRUSTED_PROXY_HOPS), for the client address the throttle keys on */
  trustedProxyHops: number;
}

/**
 * Email + password through Auth.js credentials, JWT sessions (the cookie survives reloads and
 * restarts). The token carries the user id and when they signed in; roles are read from the database
 * on every request, so a role change or a deleted user takes effect at once, and a session made before
 * the password last changed ends (see sessionPredatesPasswordChange).
 */
export function createAuthConfig({ db, secret, throttle, trustedProxyHops }: AuthConfigDeps): NextAuthConfig {
  return {
    secret,
    trustHost: true,
    session: { strategy: "jwt", maxAge: 30 * 24 * 60 * 60 },
    pages: { signIn: "/sign-in" },
    logger: {
      // A wrong password is an expected outcome, not a server error worth a stack trace.
      error(error) {
        if (error instanceof CredentialsSignin || error.name === "CredentialsSignin") return;
        console.error("[auth]", error);
      },
    },
    providers: [
      Credentials({
        credentials: { email: { label: "Email", type: "email" }, password: { label: "Password", type: "password" } },
        async authorize(raw, request) {
          const result = await attemptSignIn({ db, throttle }, raw, clientAddress(request.headers, trustedProxyHops));
          if (result.ok) return { id: result.userId };
          if (result.reason === "rate_limited") throw new RateLimited(result.retryAfterSeconds);
          throw new InvalidCredentials();
        },
      }),
    ],
    callbacks: {
      async jwt({ token, user }) {
        if (user?.id) {
          token.sub = user.id;
          token.signedInAt = Date.now();
          return token;
        }
        if (token.sub && (await sessionPredatesPasswordChange(db, token.sub, token.signedInAt as number | undefined))) return null;
        return token;
      },
      session({ session, token }) {
        if (token.sub) session.user.id = token.sub;
        return session;
      },
    },
  };
}
