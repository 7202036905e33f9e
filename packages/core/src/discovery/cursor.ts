import { z } from "zod";
import { staleCursorError } from "../pagination.ts";
import type { ArtworkSort } from "../schemas/discovery.ts";

/**
 * Opaque keyset cursor: the last row's sort key (as Postgres prints it, so it round-trips exactly)
 * and id, plus the sort it belongs to. base64url(JSON) — clients must treat it as opaque, and
 * whatever one sends back is checked here: the key is cast to the sort's SQL type in the query, so
 * a key that would not parse as that type is refused before it gets there.
 */
export interface Cursor {
  sort: ArtworkSort;
  key: string;
  id: string;
}

const cursorShape = z.object({ s: z.string(), k: z.string().max(100), i: z.string().regex(/^[A-Za-z0-9_~-]{1,64}$/) });

/** Postgres `timestamp(3)::text`: "2024-05-01 12:34:56.789" (fraction optional). */
const TIMESTAMP = /^(\d{4})-(\d{2})-(\d{2}) (\d{2}):(\d{2}):(\d{2})(\.\d{1,6})?$/;
const INT8_MAX = 9_223_372_036_854_775_807n;

function isTimestamp(k: string): boolean {
  const m = TIMESTAMP.exec(k);
  if (!m) return false;
  const iso = `${m[1]}-${m[2]}-${m[3]}T${m[4]}:${m[5]}:${m[6]}Z`;
  const d = new Date(iso);
  // round-trip, so 2024-02-30 or 25:00 (which Date would roll over) are refused
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 19) === iso.slice(0, 19);
}

function isInt8(k: string): boolean {
  return /^-?\d{1,19}$/.test(k) && (k.startsWith("-") ? -BigInt(k) - 1n : BigInt(k)) <= INT8_MAX;
}

function isFloat8(k: string): boolean {
  if (!/^-?(\d+(\.\d*)?|\.\d+)(e[+-]?\d{1,3})?$/i.test(k)) return false;
  const x = Number(k);
  return Number.isFinite(x) && (x === 0 ? !/[1-9]/.test(k.split(/e/i)[0]!) : Math.abs(x) >= 1e-300 && Math.abs(x) <= 1e300);
}

const KEY_CHECK: Record<ArtworkSort, (k: string) => boolean> = {
  newest: isTimestamp,
  price_asc: isInt8,
  price_desc: isInt8,
  relevance: isFloat8,
};

export function encodeCursor(c: Cursor): string {
  return Buffer.from(JSON.stringify({ s: c.sort, k: c.key, i: c.id })).toString("base64url");
}

/** The cursor for `sort`, or null for the first page; anything malformed or tampered with is BAD_REQUEST on `cursor`. */
export function decodeCursor(raw: string | null | undefined, sort: ArtworkSort): Cursor | null {
  if (!raw) return null;
  if (!/^[A-Za-z0-9_-]+$/.test(raw)) throw staleCursorError();
  let parsed: unknown;
  try {
    parsed = JSON.parse(Buffer.from(raw, "base64url").toString("utf8"));
  } catch {
    throw staleCursorError();
  }
  const c = cursorShape.safeParse(parsed);
  if (!c.success || c.data.s !== sort || !KEY_CHECK[sort](c.data.k)) throw staleCursorError();
  return { sort, key: c.data.k, id: c.data.i };
}
