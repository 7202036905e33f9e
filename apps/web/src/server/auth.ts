import "server-only";
import { resolveAuthSecret } from "@atelier/auth";
import { createAuthConfig } from "@atelier/auth/next-auth";
import { dataDir } from "@atelier/db";
import NextAuth from "next-auth";
import { env } from "~/env";
import { db } from "./db";

export const { handlers, auth, signIn, signOut } = NextAuth(
  createAuthConfig({ db, secret: resolveAuthSecret(env.AUTH_SECRET, dataDir(env.ATELIER_DATA_DIR)), settings: env }),
);
