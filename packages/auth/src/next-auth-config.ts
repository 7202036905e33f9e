import type { Db } from "@atelier/db";
import type { NextAuthConfig } from "next-auth";
import { CredentialsSignin } from "next-auth";
import Credentials from "next-auth/providers/credentials";
import crypto from "node:crypto";
import { attemptSignIn, revokeSession, sessionEnded } from "@atelier/core/accounts/sign-in";
import { clientAddressFromHeaders, type TrustedProxies } from "@atelier/core/rate-limit";
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

const SESSION_MAX_AGE_S = 30 * 24 * 60 * 60;

export interface AuthConfigDeps {
  db: Db;
  secret: string;
  throttle: SignInThrottle;
  /** proxies in front of the app (TRUSTED_PROXIES), for the client address the throttle keys on */
  trustedProxies: TrustedProxies;
}

/**
 * Email + password through Auth.js credentials, JWT sessions (the cookie survives reloads and
 * restarts). The token carries the user id and when they signed in; roles are read from the database
 * on every request, so a role change or a deleted user takes effect at once; a session made before the
 * password last changed, or signed out, ends (see sessionEnded).
 */
export function createAuthConfig({ db, secret, throttle, trustedProxies }: AuthConfigDeps): NextAuthConfig {
  return {
    secret,
    trustHost: true,
    session: { strategy: "jwt", maxAge: SESSION_MAX_AGE_S },
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
          const result = await attemptSignIn({ db, throttle }, raw, clientAddressFromHeaders(request.headers, trustedProxies));
          if (result.ok) return { id: result.userId };
          if (result.reason === "rate_limited") throw new RateLimited(result.retryAfterSeconds);
          throw new InvalidCredentials();
        },
      }),
    ],
    events: {
      async signOut(message) {
        const token = "token" in message ? message.token : null;
        if (token?.sub && typeof token.sid === "string") {
          await revokeSession(db, { sid: token.sid, userId: token.sub, expiresAt: new Date(Date.now() + SESSION_MAX_AGE_S * 1000) });
        }
      },
    },
    callbacks: {
      async jwt({ token, user }) {
        if (user?.id) {
          token.sub = user.id;
          token.signedInAt = Date.now();
          token.sid = crypto.randomUUID();
          return token;
        }
        if (
          token.sub &&
          (await sessionEnded(db, { userId: token.sub, signedInAt: token.signedInAt as number | undefined, sid: token.sid as string | undefined }))
        ) {
          return null;
        }
        return token;
      },
      session({ session, token }) {
        if (token.sub) session.user.id = token.sub;
        return session;
      },
    },
  };
}
