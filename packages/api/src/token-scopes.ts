import type { ApiTokenScope } from "@atelier/core/accounts/token-scopes";
import { API_TOKEN_SCOPES } from "@atelier/core/accounts/token-scopes";
import type { CoreSettings } from "@atelier/core/env";
import type { RateLimitRule } from "@atelier/core/rate-limit";

/** Callable with any token, whatever its scopes: who am I, is the service up. */
const ANY_TOKEN = new Set(["me", "health"]);

/**
 * The scope each procedure reached by a scoped token needs. Procedures not listed here (the studio,
 * the account, admin, stores) need a token with every scope: what every token could do before scopes
 * existed, so a full token keeps working for scripts and a narrow one reaches only its own area.
 */
const SCOPE_OF: Record<string, ApiTokenScope> = {
  "artwork.list": "catalogue:read",
  "artwork.search": "catalogue:read",
  "artwork.featured": "catalogue:read",
  "artwork.facets": "catalogue:read",
  "artwork.bySlug": "catalogue:read",
  "artwork.moreFromArtist": "catalogue:read",
  "artwork.moreLikeThis": "catalogue:read",
  "artwork.recommended": "catalogue:read",
  "artwork.favorites": "catalogue:read",
  "artist.public.list": "catalogue:read",
  "artist.public.bySlug": "catalogue:read",
  "product.catalogue": "catalogue:read",
  "shop.byArtist": "catalogue:read",
  "shop.ofArtwork": "catalogue:read",
  "store.bySlug": "catalogue:read",
  "store.list": "catalogue:read",
  "cart.get": "cart:write",
  "cart.count": "cart:write",
  "cart.add": "cart:write",
  "cart.addProduct": "cart:write",
  "cart.setQuantity": "cart:write",
  "cart.remove": "cart:write",
  "cart.setShipTo": "cart:write",
  "cart.hold": "cart:write",
  "cart.holds": "cart:write",
  "checkout.create": "checkout:create",
  "checkout.cancel": "checkout:create",
  "checkout.status": "orders:read",
  "order.list": "orders:read",
  "order.byId": "orders:read",
};

/** The scopes a token needs to call `path`: none, one, or (for everything outside the four areas) all of them. */
export function scopesNeededFor(path: string): readonly ApiTokenScope[] {
  if (ANY_TOKEN.has(path)) return [];
  const one = SCOPE_OF[path];
  return one ? [one] : API_TOKEN_SCOPES;
}

/** The scopes missing from `granted` for a call of `path` (empty: allowed). */
export function missingScopes(path: string, granted: readonly ApiTokenScope[]): ApiTokenScope[] {
  return scopesNeededFor(path).filter((s) => !granted.includes(s));
}

/** Per token, over every call made with it; and a tighter one over its writes. */
export function tokenRateLimits(settings: Pick<CoreSettings, "RATE_LIMIT_TOKEN_CALLS_PER_MINUTE" | "RATE_LIMIT_TOKEN_WRITES_PER_MINUTE">) {
  return {
    calls: { name: "api-token-calls", limit: settings.RATE_LIMIT_TOKEN_CALLS_PER_MINUTE, windowMs: 60_000 },
    writes: { name: "api-token-writes", limit: settings.RATE_LIMIT_TOKEN_WRITES_PER_MINUTE, windowMs: 60_000 },
  } satisfies Record<string, RateLimitRule>;
}

/**
 * What the audit log keeps of a token's write: the ids and small choices it named (which work, which
 * order, which currency), never free text or secrets a mutation may carry (passwords, descriptions).
 */
export function auditableInput(input: unknown): Record<string, string | number | boolean> {
  const kept: Record<string, string | number | boolean> = {};
  if (!input || typeof input !== "object") return kept;
  for (const [key, value] of Object.entries(input)) {
    const small = typeof value === "number" || typeof value === "boolean" || (typeof value === "string" && value.length <= 64);
    if (small && (/Id$/.test(key) || ["quantity", "currency", "country", "status"].includes(key))) kept[key] = value;
  }
  return kept;
}
