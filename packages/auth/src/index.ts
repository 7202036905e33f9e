// The next-auth integration. The configuration itself is imported from "@atelier/auth/next-auth" so
// that non-web callers (API, scripts, tests) do not load Next.js. Accounts, passwords, API tokens
// and identities are domain functions in @atelier/core/accounts.
export { authEnv, authEnvSchema } from "./env.ts";
export { resolveAuthSecret } from "./secret.ts";
