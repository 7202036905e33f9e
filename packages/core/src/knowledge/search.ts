import type { AtelierEmbeddingModel } from "@atelier/ai";
import { embeddingModelName } from "@atelier/ai";
import type { Db } from "@atelier/db";
import { toVectorLiteral } from "@atelier/db/vector";
import { embedQuery, reciprocalRankFusion, VECTOR_MIN_SIMILARITY } from "../search/index.ts";
import { KNOWLEDGE_ENTRIES, knowledgeEntry } from "./entries/index.ts";
import { knowledgeFact, type KnowledgeFact } from "./entry.ts";
import { ensureKnowledgeBase } from "./sync.ts";

export interface KnowledgeSearchResult {
  /** "hybrid": titles, full-text and vectors fused by RRF; "fulltext": without vectors */
  mode: "hybrid" | "fulltext";
  entries: KnowledgeFact[];
}

const CANDIDATES = 30;

/** Lower case, accents off, plural -s off: "Giclées" → "giclee". */
export function normaliseTerm(s: string): string {
  return s
    .normalize("NFD")
    .replace(/\p{M}/gu, "")
    .toLowerCase()
    .replace(/[^\p{L}\p{N}\s-]/gu, " ")
    .replace(/\s+/g, " ")
    .trim()
    .replace(/(?<=\w{3})(es|s)$/u, "");
}

/** Entries whose title (or a part of it before a bracket, "Giclée (inkjet print)") or slug is the query itself: the strongest signal. */
function titleMatches(q: string): string[] {
  const n = normaliseTerm(q);
  if (!n) return [];
  return KNOWLEDGE_ENTRIES.filter((e) => {
    const titles = [e.title, e.title.replace(/\s*\(.*\)$/, ""), e.slug.replace(/-/g, " ")];
    return titles.some((t) => normaliseTerm(t) === n);
  }).map((e) => e.slug);
}

/** Full-text ranking: every word (AND) first, then any word (OR), both by ts_rank_cd over the weighted document. */
async function fullTextSlugs(db: Db, q: string): Promise<{ all: string[]; any: string[] }> {
  const rows = await db.$queryRaw<{ slug: string; every: boolean }[]>`
    WITH q AS (SELECT plainto_tsquery('english', ${q}) AS every_word,
                      replace(plainto_tsquery('english', ${q})::text, ' & ', ' | ')::tsquery AS any_word)
    SELECT k."slug", k."searchVector" @@ q.every_word AS every
      FROM "KnowledgeEntry" k, q
     WHERE numnode(q.every_word) > 0 AND k."searchVector" @@ q.any_word
     ORDER BY (k."searchVector" @@ q.every_word) DESC, ts_rank_cd(k."searchVector", q.any_word) DESC, k."slug"
     LIMIT ${CANDIDATES}`;
  return { all: rows.filter((r) => r.every).map((r) => r.slug), any: rows.map((r) => r.slug) };
}

async function vectorSlugs(db: Db, model: AtelierEmbeddingModel, q: string): Promise<string[]> {
  const vector = await embedQuery(model, q);
  if (!vector) return [];
  const rows = await db.$queryRaw<{ slug: string; distance: number }[]>`
    SELECT "slug", ("embedding" <=> ${toVectorLiteral(vector)}::vector)::float8 AS "distance"
      FROM "KnowledgeEntry" WHERE "embeddingModel" = ${embeddingModelName(model)}
     ORDER BY 2 LIMIT ${CANDIDATES}`;
  return rows.filter((r) => 1 - r.distance >= VECTOR_MIN_SIMILARITY).map((r) => r.slug);
}

/**
 * The knowledge entries that answer a question, best first: exact title matches, full-text (all
 * words, then any word) and nearest vectors, fused by the catalogue's reciprocal rank fusion. Only
 * entries at least one lexical list or the vector floor admits are returned, so an unrelated
 * question gets nothing rather than noise.
 */
export async function searchKnowledge(deps: { db: Db; embeddings?: AtelierEmbeddingModel | null }, q: string, limit = 3): Promise<KnowledgeSearchResult> {
  const text = q.trim();
  if (!text) return { mode: "fulltext", entries: [] };
  const vectors = await ensureKnowledgeBase(deps);
  const [titles, fts, vec] = await Promise.all([
    titleMatches(text),
    fullTextSlugs(deps.db, text),
    vectors && deps.embeddings ? vectorSlugs(deps.db, deps.embeddings, text) : Promise.resolve([]),
  ]);
  // an exact title is the answer: it leads whatever the other lists say
  const fused = reciprocalRankFusion([fts.all, fts.any, vec]).filter((s) => !titles.includes(s));
  const slugs = [...titles, ...fused].slice(0, limit);
  return {
    mode: vectors && deps.embeddings ? "hybrid" : "fulltext",
    entries: slugs.flatMap((s) => {
      const e = knowledgeEntry(s);
      return e ? [knowledgeFact(e)] : [];
    }),
  };
}
