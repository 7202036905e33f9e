/**
 * What an API token may do, chosen when it is made (/account) and checked on every call made with it
 * (the tRPC scope check in packages/api/src/token-scopes.ts; the MCP tools go through the same procedures).
 * A session is not limited by scopes: they narrow what a token can do, never what a person can.
 */
export const API_TOKEN_SCOPES = ["catalogue:read", "cart:write", "checkout:create", "orders:read"] as const;

export type ApiTokenScope = (typeof API_TOKEN_SCOPES)[number];

/** How /account names each scope next to its checkbox and in the token list. */
export const API_TOKEN_SCOPE_LABELS: Record<ApiTokenScope, string> = {
  "catalogue:read": "Read the catalogue and your favourites",
  "cart:write": "Change your cart and hold works",
  "checkout:create": "Open checkouts for you to pay",
  "orders:read": "See your orders",
};

export function isApiTokenScope(value: string): value is ApiTokenScope {
  return (API_TOKEN_SCOPES as readonly string[]).includes(value);
}

/** The scopes of a stored token, dropping any value this version does not know (a row written by a newer one). */
export function storedScopes(values: readonly string[]): ApiTokenScope[] {
  return values.filter(isApiTokenScope);
}
