import crypto from "node:crypto";
import type { EmbeddingModelV4, EmbeddingModelV4CallOptions, EmbeddingModelV4Result } from "@ai-sdk/provider";
import { EMBEDDING_DIMENSIONS } from "../settings.ts";
import { stem, trigrams, words } from "./tokenize.ts";

/** Version of the hashing scheme (see the model's name). */
const LEXICAL_HASH_VERSION = 2;

/** How much all of a word's trigrams count together, relative to the word itself. */
const TRIGRAM_SHARE = 0.5;

/**
 * Slots per feature (all four 32-bit words of the MD5): spreading each feature over several slots
 * makes collisions many and small instead of few and large, so a short query's similarity to an
 * unrelated text stays near its Gaussian floor (σ ≈ 1/√768) instead of jumping on one collision.
 */
const SLOTS_PER_FEATURE = 4;
const MEMO_LIMIT = 200_000;
const memo = new Map<string, Uint32Array>();

/**
 * Independent 32-bit hashes of a feature, from MD5 (not for security: for well-mixed, stable bits
 * on every platform). Simple multiplicative hashes (FNV and the like) were tried and rejected: on
 * words sharing a prefix their low bits, which pick the slot, collided far more often than chance.
 * Memoised: a catalogue's vocabulary is small.
 */
function featureHashes(feature: string): Uint32Array {
  let h = memo.get(feature);
  if (!h) {
    const digest = crypto.createHash("md5").update(feature).digest();
    h = new Uint32Array(SLOTS_PER_FEATURE);
    for (let k = 0; k < SLOTS_PER_FEATURE; k++) h[k] = digest.readUInt32LE(4 * k);
    if (memo.size >= MEMO_LIMIT) memo.clear();
    memo.set(feature, h);
  }
  return h;
}

function addFeature(vec: Float64Array, feature: string, weight: number) {
  const share = weight / Math.sqrt(SLOTS_PER_FEATURE);
  for (const h of featureHashes(feature)) {
    // the hash picks the slot, its top bit the sign (signed hashing keeps collisions unbiased)
    vec[h % vec.length]! += h & 0x80000000 ? -share : share;
  }
}

/**
 * Embeds one text: stemmed word unigrams (weight 1 + log of the count) plus each word's character
 * trigrams (which catch partial and misspelled matches), hashed into `dimensions` slots, L2-normalised.
 * A text with no words gives the zero vector (callers treat it as "nothing to compare").
 */
export function lexicalHashEmbedding(text: string, dimensions = EMBEDDING_DIMENSIONS): number[] {
  const counts = new Map<string, number>();
  for (const w of words(text)) {
    const s = stem(w);
    counts.set(s, (counts.get(s) ?? 0) + 1);
  }
  const vec = new Float64Array(dimensions);
  for (const [s, n] of counts) {
    const weight = 1 + Math.log(n);
    addFeature(vec, `w:${s}`, weight);
    const grams = trigrams(s);
    for (const g of grams) addFeature(vec, `t:${g}`, (weight * TRIGRAM_SHARE) / Math.sqrt(grams.length));
  }
  let norm = 0;
  for (const x of vec) norm += x * x;
  norm = Math.sqrt(norm);
  return Array.from(vec, (x) => (norm === 0 ? 0 : x / norm));
}

/**
 * Atelier's local embedding model: feature hashing of words and character trigrams. It is LEXICAL,
 * not semantic — "sea" and "ocean" are unrelated to it — but it needs no network, no weights and no
 * keys, and it is deterministic, so it is both the offline default (vector search and "more like
 * this" work out of the box, on shared words, stems and spellings) and the test embedding model.
 * With a real provider configured, its embedding model is used instead.
 *
 * Known limit of feature hashing in 768 slots: now and then two unrelated features share a slot
 * (with random signs), which nudges one pair of texts closer or further apart; over a whole artwork
 * text these collisions average out, so search keeps a similarity floor (VECTOR_MIN_SIMILARITY).
 */
export class LexicalHashEmbeddingModel implements EmbeddingModelV4 {
  readonly specificationVersion = "v4";
  readonly provider = "atelier";
  readonly modelId: string;
  readonly maxEmbeddingsPerCall = 2048;
  readonly supportsParallelCalls = true;

  constructor(readonly dimensions = EMBEDDING_DIMENSIONS) {
    // the version is part of the name (and so of every content hash): bump it whenever the
    // algorithm changes, so stored embeddings are redone. v2: four slots per feature.
    this.modelId = `lexical-hash-${dimensions}-v${LEXICAL_HASH_VERSION}`;
  }

  async doEmbed({ values, dimensions, abortSignal }: EmbeddingModelV4CallOptions): Promise<EmbeddingModelV4Result> {
    abortSignal?.throwIfAborted();
    const warnings: EmbeddingModelV4Result["warnings"] =
      dimensions !== undefined && dimensions !== this.dimensions
        ? [{ type: "unsupported", feature: "dimensions", details: `${this.modelId} always returns ${this.dimensions} dimensions` }]
        : [];
    return {
      embeddings: values.map((v) => lexicalHashEmbedding(v, this.dimensions)),
      usage: { tokens: values.reduce((n, v) => n + words(v).length, 0) },
      warnings,
    };
  }
}

export const lexicalHashEmbeddingModel = (dimensions = EMBEDDING_DIMENSIONS) => new LexicalHashEmbeddingModel(dimensions);
