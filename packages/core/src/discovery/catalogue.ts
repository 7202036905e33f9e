import { prepared, type Db } from "@atelier/db";
import { listArtworksSchema, searchArtworksSchema } from "../schemas/discovery.ts";
import type { z } from "zod";
import { ratesFor, toCard, type ArtworkCard } from "./cards.ts";
import { cataloguePageSql, checkedSearchPageSql, toCardRow, type CataloguePageRow, type CheckedSearchRow } from "./card-sql.ts";
import { decodeCursor, encodeCursor } from "./cursor.ts";
import type { CatalogueQuery } from "./query.ts";
import { correctionSql, withCorrections } from "../search/correction.ts";
import { correctedText, parseSearchQuery } from "../search/query-text.ts";

export interface CataloguePage {
  items: ArtworkCard[];
  nextCursor: string | null;
}

/** The page's cards and next cursor from rows of a page statement; prices converted for a display currency. */
async function toPage(
  db: Db,
  rows: CataloguePageRow[],
  sort: CatalogueQuery["sort"],
  limit: number,
  displayCurrency: string | undefined,
): Promise<CataloguePage> {
  const page = rows.slice(0, limit);
  const last = page.at(-1);
  const nextCursor = rows.length > limit && last ? encodeCursor({ sort, key: last.sortKey, id: last.id }) : null;
  const rates = await ratesFor(
    db,
    displayCurrency,
    page.map((r) => r.currency),
  );
  return { items: page.map((r) => toCard(toCardRow(r), { currency: displayCurrency, rates })), nextCursor };
}

/** One statement, prepared: the keyset page and its cards (card-sql.ts). */
async function runPage(db: Db, query: CatalogueQuery, limit: number, displayCurrency: string | undefined): Promise<CataloguePage> {
  const rows = await db.$queryRaw<CataloguePageRow[]>(prepared(cataloguePageSql({ ...query, take: limit + 1 })));
  return toPage(db, rows, query.sort, limit, displayCurrency);
}

/** The public gallery: published works, filtered and sorted, keyset-paginated. */
export function listArtworks(db: Db, raw: z.input<typeof listArtworksSchema>): Promise<CataloguePage> {
  const input = listArtworksSchema.parse(raw);
  const cursor = decodeCursor(input.cursor, input.sort);
  return runPage(db, { filters: input.filters, sort: input.sort, cursor, take: input.limit }, input.limit, input.displayCurrency);
}

/**
 * Full-text search over the weighted search vector, ranked with ts_rank unless another sort is
 * asked for; misspelt words corrected, other spellings and synonyms searched too. `correctedQuery`
 * is the query as searched when a word was corrected. The spelling check and the page of the query
 * as typed are one statement (checkedSearchPageSql); only a correction costs a second one.
 */
export async function searchArtworks(db: Db, raw: z.input<typeof searchArtworksSchema>): Promise<CataloguePage & { correctedQuery: string | null }> {
  const input = searchArtworksSchema.parse(raw);
  const query: CatalogueQuery = { filters: input.filters, sort: input.sort, cursor: decodeCursor(input.cursor, input.sort), take: input.limit };
  const typed = parseSearchQuery(input.q);
  const correction = correctionSql(typed);
  if (!correction) return { ...(await runPage(db, { ...query, q: typed }, input.limit, input.displayCurrency)), correctedQuery: null };
  const rows = await db.$queryRaw<CheckedSearchRow[]>(prepared(checkedSearchPageSql(correction, { ...query, q: typed, take: input.limit + 1 })));
  const fixes = rows[0]?.fixes;
  if (!fixes?.length) {
    const cards = rows.filter((r): r is CheckedSearchRow & CataloguePageRow => r.id !== null);
    return { ...(await toPage(db, cards, query.sort, input.limit, input.displayCurrency)), correctedQuery: null };
  }
  const q = withCorrections(typed, fixes);
  return { ...(await runPage(db, { ...query, q }, input.limit, input.displayCurrency)), correctedQuery: correctedText(q) };
}
