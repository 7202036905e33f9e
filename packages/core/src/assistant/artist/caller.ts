import { AppError } from "../../errors.ts";
import type { Identity } from "../../accounts/identity.ts";

/** The artist assistant is for signed-in artists only. */
export function isArtist(identity: Identity | null): identity is Identity {
  return identity !== null && identity.roles.includes("ARTIST");
}

/**
 * The caller's user id, from the signed-in identity only: no tool ever takes an artist or user id from the
 * model, so a tool call can only read or write the caller's own data.
 */
export function artistUserId(identity: Identity | null): string {
  if (!identity) throw new AppError("UNAUTHORIZED", "Sign in as an artist to use the artist assistant.");
  if (!isArtist(identity)) throw new AppError("FORBIDDEN", "The artist assistant is for approved artists.");
  return identity.id;
}
