import { AppError } from "../errors.ts";
import { z } from "zod";
import type { ArtworkSort } from "../schemas/discovery.ts";

/**
 * Opaque keyset cursor: the last row's sort key (as Postgres prints it, so it round-trips exactly)
 * and id, plus the sort it belongs to. base64url(JSON) — clients must treat it as opaque.
 */
export interface Cursor {
  sort: ArtworkSort;
  key: string;
  id: string;
}

const cursorShape = z.object({ s: z.string(), k: z.string().max(100), i: z.string().min(1).max(64) });

export function encodeCursor(c: Cursor): string {
  return Buffer.from(JSON.stringify({ s: c.sort, k: c.key, i: c.id })).toString("base64url");
}

export function decodeCursor(raw: string | null | undefined, sort: ArtworkSort): Cursor | null {
  if (!raw) return null;
  let parsed: unknown;
  try {
    parsed = JSON.parse(Buffer.from(raw, "base64url").toString("utf8"));
  } catch {
    throw invalid();
  }
  const c = cursorShape.safeParse(parsed);
  if (!c.success || c.data.s !== sort) throw invalid();
  return { sort, key: c.data.k, id: c.data.i };
}

function invalid() {
  return AppError.field("BAD_REQUEST", "cursor", "This page link has expired — start again from the first page.");
}
