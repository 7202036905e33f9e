// The next-auth configuration is imported from "@atelier/auth/next-auth" so that non-web callers
// (API, scripts, tests) do not load Next.js.
export { readAuthEnv, type AuthEnv } from "./env.ts";
export { loadIdentity, type Identity } from "./identity.ts";
export { registerUser, verifyCredentials } from "./users.ts";
export { hashPassword, verifyPassword } from "./password.ts";
export { createApiToken, listApiTokens, revokeApiToken, resolveApiToken, createTokenSchema, revokeTokenSchema } from "./api-token-service.ts";
export { hitRateLimit, enforceRateLimit, rateLimits, type RateLimitRule } from "./rate-limit.ts";
export * from "./schemas.ts";
export { resolveAuthSecret } from "./secret.ts";
