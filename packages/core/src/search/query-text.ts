import { Prisma } from "@atelier/db";
import { alternativesOf } from "./spelling.ts";

/**
 * A search box query read the way PostgreSQL's websearch syntax reads it ("quoted phrases",
 * -exclusions, OR between alternatives, every other word required), with each plain word widened to
 * its other spellings and synonyms, and — once correctSearchQuery has looked — a word nobody in the
 * catalogue uses replaced by the nearest word that is used.
 */
export interface QueryWord {
  kind: "word";
  /** the word as typed, lower-cased, without surrounding punctuation */
  word: string;
  /** where the word sits in the query text (to show the corrected query) */
  start: number;
  end: number;
  /** the catalogue word it was corrected to (correctSearchQuery) */
  correction?: string;
}

export type QueryPiece = QueryWord | { kind: "verbatim"; text: string } | { kind: "or" };

export interface SearchQuery {
  /** the query as typed */
  text: string;
  pieces: QueryPiece[];
}

const TOKEN = /"[^"]*"?|\S+/g;
const EDGE_PUNCTUATION = /^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu;
const LETTERS_ONLY = /^\p{L}+$/u;

export function parseSearchQuery(text: string): SearchQuery {
  const pieces: QueryPiece[] = [];
  for (const m of text.matchAll(TOKEN)) {
    const token = m[0];
    if (token.startsWith('"') || (token.startsWith("-") && token.length > 1)) {
      pieces.push({ kind: "verbatim", text: token });
      continue;
    }
    if (token.toLowerCase() === "or") {
      pieces.push({ kind: "or" });
      continue;
    }
    const core = token.replace(EDGE_PUNCTUATION, "");
    if (!core) continue;
    if (!LETTERS_ONLY.test(core)) {
      pieces.push({ kind: "verbatim", text: token });
      continue;
    }
    const start = m.index + token.indexOf(core);
    pieces.push({ kind: "word", word: core.toLowerCase(), start, end: start + core.length });
  }
  return { text, pieces };
}

/** What a word piece searches for: the word (or its correction) and its other spellings and synonyms. */
export function searchedWords(piece: QueryWord): string[] {
  const word = piece.correction ?? piece.word;
  return [word, ...alternativesOf(word)];
}

/** The query with corrected words in place, or null when nothing was corrected. */
export function correctedText(query: SearchQuery): string | null {
  const fixes = query.pieces.filter((p): p is QueryWord & { correction: string } => p.kind === "word" && p.correction !== undefined);
  if (!fixes.length) return null;
  let out = "";
  let at = 0;
  for (const f of fixes) {
    out += query.text.slice(at, f.start) + f.correction;
    at = f.end;
  }
  return out + query.text.slice(at);
}

const websearch = (text: string) => Prisma.sql`websearch_to_tsquery('english', ${text})`;

function pieceSql(piece: Exclude<QueryPiece, { kind: "or" }>): Prisma.Sql {
  if (piece.kind === "verbatim") return websearch(piece.text);
  const alternatives = searchedWords(piece).map((w) => websearch(w.includes(" ") ? `"${w}"` : w));
  return Prisma.sql`(${Prisma.join(alternatives, " || ")})`;
}

/**
 * The tsquery of a search: required pieces joined by &&, OR-separated groups by ||, each word as
 * (word || other spellings || synonyms). Every piece goes through websearch_to_tsquery as a bound
 * parameter, so it is stemmed like the documents and can never be read as tsquery syntax.
 */
export function searchTsQuery(query: SearchQuery): Prisma.Sql {
  const groups: Prisma.Sql[][] = [[]];
  for (const piece of query.pieces) {
    if (piece.kind === "or") groups.push([]);
    else groups.at(-1)!.push(pieceSql(piece));
  }
  const clauses = groups.filter((g) => g.length).map((g) => Prisma.sql`(${Prisma.join(g, " && ")})`);
  return clauses.length ? Prisma.sql`(${Prisma.join(clauses, " || ")})` : websearch("");
}
