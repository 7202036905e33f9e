import type { Db } from "@atelier/db";
import { listArtworksSchema, searchArtworksSchema } from "../schemas/discovery.ts";
import type { z } from "zod";
import { ratesFor, toCard, type ArtworkCard } from "./cards.ts";
import { cataloguePageSql, toCardRow, type CataloguePageRow } from "./card-sql.ts";
import { decodeCursor, encodeCursor } from "./cursor.ts";
import type { CatalogueQuery } from "./query.ts";
import { interpretSearchQuery } from "../search/correction.ts";
import { correctedText } from "../search/query-text.ts";

export interface CataloguePage {
  items: ArtworkCard[];
  nextCursor: string | null;
}

/** One statement: the keyset page and its cards (card-sql.ts); prices converted for a display currency. */
async function runPage(db: Db, query: CatalogueQuery, limit: number, displayCurrency: string | undefined): Promise<CataloguePage> {
  const rows = await db.$queryRaw<CataloguePageRow[]>(cataloguePageSql({ ...query, take: limit + 1 }));
  const page = rows.slice(0, limit);
  const last = page.at(-1);
  const nextCursor = rows.length > limit && last ? encodeCursor({ sort: query.sort, key: last.sortKey, id: last.id }) : null;
  const rates = await ratesFor(
    db,
    displayCurrency,
    page.map((r) => r.currency),
  );
  return { items: page.map((r) => toCard(toCardRow(r), { currency: displayCurrency, rates })), nextCursor };
}

/** The public gallery: published works, filtered and sorted, keyset-paginated. */
export function listArtworks(db: Db, raw: z.input<typeof listArtworksSchema>): Promise<CataloguePage> {
  const input = listArtworksSchema.parse(raw);
  const cursor = decodeCursor(input.cursor, input.sort);
  return runPage(db, { filters: input.filters, sort: input.sort, cursor, take: input.limit }, input.limit, input.displayCurrency);
}

/**
 * Full-text search over the weighted search vector, ranked with ts_rank_cd unless another sort is
 * asked for; misspelt words corrected, other spellings and synonyms searched too. `correctedQuery`
 * is the query as searched when a word was corrected.
 */
export async function searchArtworks(db: Db, raw: z.input<typeof searchArtworksSchema>): Promise<CataloguePage & { correctedQuery: string | null }> {
  const input = searchArtworksSchema.parse(raw);
  const cursor = decodeCursor(input.cursor, input.sort);
  const q = await interpretSearchQuery(db, input.q);
  return {
    ...(await runPage(db, { filters: input.filters, sort: input.sort, cursor, take: input.limit, q }, input.limit, input.displayCurrency)),
    correctedQuery: correctedText(q),
  };
}
