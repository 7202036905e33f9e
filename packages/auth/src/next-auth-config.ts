import type { Db } from "@atelier/db";
import { isAppError } from "@atelier/core/errors";
import type { NextAuthConfig } from "next-auth";
import { CredentialsSignin } from "next-auth";
import Credentials from "next-auth/providers/credentials";
import { enforceRateLimit, rateLimits } from "@atelier/core/rate-limit";
import { signInSchema } from "@atelier/core/schemas/accounts";
import { verifyCredentials } from "@atelier/core/accounts/users";
import type { CoreSettings } from "@atelier/core/env";

class InvalidCredentials extends CredentialsSignin {
  code = "invalid_credentials";
}
class RateLimited extends CredentialsSignin {
  code = "rate_limited";
}

export interface AuthConfigDeps {
  db: Db;
  secret: string;
  settings: Pick<CoreSettings, "RATE_LIMIT_SIGN_INS_PER_15_MIN" | "RATE_LIMIT_SIGN_UPS_PER_HOUR">;
}

/**
 * Email + password through Auth.js credentials, JWT sessions (the cookie survives reloads and
 * restarts). The token carries only the user id; roles are read from the database on every
 * request, so a role change or a deleted user takes effect at once.
 */
export function createAuthConfig({ db, secret, settings }: AuthConfigDeps): NextAuthConfig {
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
        async authorize(raw) {
          const parsed = signInSchema.safeParse(raw);
          if (!parsed.success) throw new InvalidCredentials();
          try {
            await enforceRateLimit(db, rateLimits(settings).signIn, parsed.data.email);
          } catch (e) {
            if (isAppError(e) && e.code === "TOO_MANY_REQUESTS") throw new RateLimited();
            throw e;
          }
          const userId = await verifyCredentials(db, parsed.data.email, parsed.data.password);
          if (!userId) throw new InvalidCredentials();
          return { id: userId, email: parsed.data.email };
        },
      }),
    ],
    callbacks: {
      jwt({ token, user }) {
        if (user?.id) token.sub = user.id;
        return token;
      },
      session({ session, token }) {
        if (token.sub) session.user.id = token.sub;
        return session;
      },
    },
  };
}
