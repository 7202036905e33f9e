import { z } from "zod";
import { AppError } from "./errors.ts";

export const STALE_CURSOR_MESSAGE = "This page link has expired — start again from the first page.";

export function staleCursorError(): AppError {
  return AppError.field("BAD_REQUEST", "cursor", STALE_CURSOR_MESSAGE);
}

/** The cursor of an id-cursor listing: the last row's id, as we handed it out (cuid-like, or a Stripe evt_ id). */
export const idCursorSchema = z
  .string()
  .max(128, STALE_CURSOR_MESSAGE)
  .regex(/^[A-Za-z0-9_-]+$/, STALE_CURSOR_MESSAGE)
  .optional();

/**
 * Prisma's cursor arguments for the page after `cursor`. A cursor whose row does not exist (tampered
 * with, or the row was deleted) is BAD_REQUEST on the cursor field, rather than a silently empty page.
 */
export async function afterIdCursor(
  cursor: string | null | undefined,
  exists: (id: string) => Promise<unknown>,
): Promise<{ cursor?: { id: string }; skip?: number }> {
  if (!cursor) return {};
  if (!(await exists(cursor))) throw staleCursorError();
  return { cursor: { id: cursor }, skip: 1 };
}

/**
 * One page of an id-cursor listing: the query fetched `limit + 1` rows (`take: limit + 1`, and
 * `cursor: { id }, skip: 1` after the first page); the extra row only says whether there is more.
 */
export function idCursorPage<T extends { id: string }>(rows: T[], limit: number): { items: T[]; nextCursor: string | null } {
  const items = rows.slice(0, limit);
  return { items, nextCursor: rows.length > limit ? (items[items.length - 1]?.id ?? null) : null };
}
