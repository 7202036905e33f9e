/**
 * One page of an id-cursor listing: the query fetched `limit + 1` rows (`take: limit + 1`, and
 * `cursor: { id }, skip: 1` after the first page); the extra row only says whether there is more.
 */
export function idCursorPage<T extends { id: string }>(rows: T[], limit: number): { items: T[]; nextCursor: string | null } {
  const items = rows.slice(0, limit);
  return { items, nextCursor: rows.length > limit ? (items[items.length - 1]?.id ?? null) : null };
}
