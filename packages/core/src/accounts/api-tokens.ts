import type { Db } from "@atelier/db";
import { AppError } from "../errors.ts";
import { z } from "zod";
import { idField, textField } from "../schemas/text.ts";
import { generateApiToken, hashApiToken, looksLikeApiToken } from "./token-secret.ts";
import { API_TOKEN_SCOPES, storedScopes, type ApiTokenScope } from "./token-scopes.ts";

export const createTokenSchema = z.object({
  name: textField({ min: 1, minMessage: "Name the token so you can recognise it later", max: 60, maxMessage: "Token names are at most 60 characters" }),
  /** absent → every scope (what a token could do before scopes existed, and what scripts made without a choice expect) */
  scopes: z
    .array(z.enum(API_TOKEN_SCOPES, `Choose from ${API_TOKEN_SCOPES.join(", ")}`))
    .min(1, "Choose at least one thing this token may do")
    .max(API_TOKEN_SCOPES.length)
    .default([...API_TOKEN_SCOPES]),
});
export const revokeTokenSchema = z.object({ id: idField() });

const MAX_ACTIVE_TOKENS = 20;

/** Creates a token and returns its secret; the secret is never retrievable again. */
export async function createApiToken(db: Db, userId: string, input: z.input<typeof createTokenSchema>) {
  const { name, scopes: chosen } = createTokenSchema.parse(input);
  const scopes = API_TOKEN_SCOPES.filter((s) => chosen.includes(s));
  const active = await db.apiToken.count({ where: { userId, revokedAt: null } });
  if (active >= MAX_ACTIVE_TOKENS) {
    throw AppError.field("PRECONDITION_FAILED", "name", `You can have at most ${MAX_ACTIVE_TOKENS} active tokens; revoke one first`);
  }
  const { token, prefix, tokenHash } = generateApiToken();
  const row = await db.apiToken.create({
    data: { userId, name, prefix, tokenHash, scopes },
    select: { id: true, name: true, prefix: true, createdAt: true, scopes: true },
  });
  await db.auditLog.create({ data: { actorId: userId, action: "api_token.create", targetType: "ApiToken", targetId: row.id, data: { name, scopes } } });
  return { ...row, token };
}

export function listApiTokens(db: Db, userId: string) {
  return db.apiToken.findMany({
    where: { userId },
    orderBy: [{ revokedAt: { sort: "desc", nulls: "first" } }, { createdAt: "desc" }],
    select: { id: true, name: true, prefix: true, createdAt: true, lastUsedAt: true, revokedAt: true, scopes: true },
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

/** Who a bearer token speaks for and what it may do. */
export interface ApiTokenGrant {
  tokenId: string;
  /** the name its owner gave it: the audit log records agents' writes under it */
  name: string;
  userId: string;
  scopes: ApiTokenScope[];
}

/** The grant of a bearer token, or null for unknown, malformed or revoked tokens. */
export async function resolveApiTokenGrant(db: Db, token: string): Promise<ApiTokenGrant | null> {
  if (!looksLikeApiToken(token)) return null;
  const row = await db.apiToken.findUnique({
    where: { tokenHash: hashApiToken(token) },
    select: { id: true, name: true, userId: true, revokedAt: true, lastUsedAt: true, scopes: true },
  });
  if (!row || row.revokedAt) return null;
  // Touch lastUsedAt at most once a minute to keep token calls write-light.
  if (!row.lastUsedAt || Date.now() - row.lastUsedAt.getTime() > 60_000) {
    await db.apiToken.update({ where: { id: row.id }, data: { lastUsedAt: new Date() } });
  }
  return { tokenId: row.id, name: row.name, userId: row.userId, scopes: storedScopes(row.scopes) };
}

/** The user id a bearer token belongs to, or null for unknown, malformed or revoked tokens. */
export async function resolveApiToken(db: Db, token: string): Promise<string | null> {
  return (await resolveApiTokenGrant(db, token))?.userId ?? null;
}
