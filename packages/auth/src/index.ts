export { createAuthConfig, type AuthConfigDeps } from "./next-auth-config.ts";
export { readAuthEnv, type AuthEnv } from "./env.ts";
export { loadIdentity, type Identity } from "./identity.ts";
export { registerUser, verifyCredentials } from "./users.ts";
export { hashPassword, verifyPassword } from "./password.ts";
export { createApiToken, listApiTokens, revokeApiToken, resolveApiToken, createTokenSchema, revokeTokenSchema } from "./api-token-service.ts";
export { hitRateLimit, enforceRateLimit, RATE_LIMITS, type RateLimitRule } from "./rate-limit.ts";
export * from "./schemas.ts";
export { resolveAuthSecret } from "./secret.ts";
