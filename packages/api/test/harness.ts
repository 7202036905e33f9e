import { createDb, type Db } from "@atelier/db";
import { createTestDatabase, type TestDatabase } from "@atelier/db/testing";
import { hashPassword } from "@atelier/core/accounts/password";
import type { EventSender } from "@atelier/events";
import { allFunctions, createInProcessSender } from "@atelier/jobs";
import type { PaymentsConfig } from "@atelier/core/payments";
import type { AtelierEmbeddingModel } from "@atelier/ai";
import type { Storage } from "@atelier/core/storage";
import type { ImageModelV4 } from "@ai-sdk/provider";
import type { CredentialKeyring } from "@atelier/core/integrations/credential-cipher";
import crypto from "node:crypto";
import { afterAll, beforeAll } from "vitest";
import { appRouter, createContext } from "../src/index.ts";

export interface Harness {
  db: Db;
  database: TestDatabase;
}

/** One migrated database per test file (PGlite, or a fresh database on TEST_DATABASE_URL). */
export function useTestDatabase(): Harness {
  const h = {} as Harness;
  beforeAll(async () => {
    h.database = await createTestDatabase();
    h.db = h.database.db;
  });
  afterAll(async () => {
    await h.database?.dispose();
  });
  return h;
}

let seq = 0;
export function uniqueEmail(tag = "user"): string {
  return `${tag}-${process.pid}-${++seq}-${crypto.randomBytes(3).toString("hex")}@test.atelier`;
}

/** A user row with the given roles; returns what it created. */
export async function makeUser(db: Db, roles: ("ADMIN" | "ARTIST" | "BUYER")[] = ["BUYER"], opts: { password?: string; name?: string } = {}) {
  const email = uniqueEmail(roles[0]?.toLowerCase() ?? "user");
  const user = await db.user.create({
    data: {
      email,
      name: opts.name ?? "Test Person",
      passwordHash: opts.password ? await hashPassword(opts.password) : null,
      roles: { create: roles.map((role) => ({ role })) },
    },
  });
  return { ...user, roles };
}

/** A caller as a given session user (or anonymous), through the real context builder. */
export async function callerAs(
  db: Db,
  userId: string | null,
  headers: Record<string, string> = {},
  opts: {
    events?: EventSender;
    payments?: PaymentsConfig | null;
    embeddings?: AtelierEmbeddingModel | null;
    storage?: Storage;
    clientIp?: string;
    clock?: () => Date;
    resHeaders?: Headers;
    imageModel?: ImageModelV4 | null;
    credentialKeyring?: CredentialKeyring;
  } = {},
) {
  const ctx = await createContext({
    db,
    headers: new Headers(headers),
    getSessionUserId: async () => userId,
    // the caller's address, set directly (the default is one address for every caller of a file)
    clientIp: opts.clientIp ?? "192.0.2.1",
    events: opts.events ?? createInProcessSender(db, { functions: allFunctions }),
    appUrl: "http://atelier.test",
    payments: opts.payments ?? null,
    embeddings: opts.embeddings ?? null,
    storage: opts.storage,
    clock: opts.clock,
    resHeaders: opts.resHeaders,
    imageModel: opts.imageModel,
    credentialKeyring: opts.credentialKeyring,
  });
  return appRouter.createCaller(ctx);
}

export async function callerWithToken(db: Db, token: string) {
  return callerAs(db, null, { authorization: `Bearer ${token}` });
}

export { createDb };
