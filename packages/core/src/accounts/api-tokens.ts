import type { Db } from "@atelier/db";
import { AppError } from "../errors.ts";
import { z } from "zod";
import { idField, textField } from "../schemas/text.ts";
import { generateApiToken, hashApiToken, looksLikeApiToken } from "./token-secret.ts";

export const createTokenSchema = z.object({
  name: textField({ min: 1, minMessage: "Name the token so you can recognise it later", max: 60, maxMessage: "Token names are at most 60 characters" }),
});
export const revokeTokenSchema = z.object({ id: idField() });

const MAX_ACTIVE_TOKENS = 20;

/** Creates a token and returns its secret; the secret is never retrievable again. */
export async function createApiToken(db: Db, userId: string, input: z.input<typeof createTokenSchema>) {
  const { name } = createTokenSchema.parse(input);
  const active = await db.apiToken.count({ where: { userId, revokedAt: null } });
  if (active >= MAX_ACTIVE_TOKENS) {
    throw AppError.field("PRECONDITION_FAILED", "name", `You can have at most ${MAX_ACTIVE_TOKENS} active tokens; revoke one first`);
  }
  const { token, prefix, tokenHash } = generateApiToken();
  const row = await db.apiToken.create({
    data: { userId, name, prefix, tokenHash },
    select: { id: true, name: true, prefix: true, createdAt: true },
  });
  await db.auditLog.create({ data: { actorId: userId, action: "api_token.create", targetType: "ApiToken", targetId: row.id, data: { name } } });
  return { ...row, token };
}

export function listApiTokens(db: Db, userId: string) {
  return db.apiToken.findMany({
    where: { userId },
    orderBy: [{ revokedAt: { sort: "desc", nulls: "first" } }, { createdAt: "desc" }],
    select: { id: true, name: true, prefix: true, createdAt: true, lastUsedAt: true, revokedAt: true },
  });
}

export async function revokeApiToken(db: Db, userId: string, input: z.input<typeof revokeTokenSchema>) {
  const { id } = revokeTokenSchema.parse(input);
  // Scoped by owner in the WHERE: another user's token id is indistinguishable from a missing one.
  const result = await db.apiToken.updateMany({ where: { id, userId, revokedAt: null }, data: { revokedAt: new Date() } });
  if (result.count === 0) {
    const exists = await db.apiToken.findFirst({ where: { id, userId }, select: { id: true } });
    if (!exists) throw new AppError("NOT_FOUND", "Token not found");
    return { id, alreadyRevoked: true };
  }
  await db.auditLog.create({ data: { actorId: userId, action: "api_token.revoke", targetType: "ApiToken", targetId: id } });
  return { id, alreadyRevoked: false };
}

/** The user id a bearer token belongs to, or null for unknown, malformed or revoked tokens. */
export async function resolveApiToken(db: Db, token: string): Promise<string | null> {
  if (!looksLikeApiToken(token)) return null;
  const row = await db.apiToken.findUnique({
    where: { tokenHash: hashApiToken(token) },
    select: { id: true, userId: true, revokedAt: true, lastUsedAt: true },
  });
  if (!row || row.revokedAt) return null;
  // Touch lastUsedAt at most once a minute to keep token calls write-light.
  if (!row.lastUsedAt || Date.now() - row.lastUsedAt.getTime() > 60_000) {
    await db.apiToken.update({ where: { id: row.id }, data: { lastUsedAt: new Date() } });
  }
  return row.userId;
}
