/** The usual RRF constant (Cormack et al. 2009): damps the weight of the very top ranks. */
export const RRF_K = 60;

/**
 * Reciprocal rank fusion: each id scores Σ 1/(k + rank) over the ranked lists it appears in
 * (rank from 1). Ties keep the order of first appearance, lists taken in the order given (so the
 * first list — full-text in hybrid search — wins ties).
 */
export function reciprocalRankFusion(lists: readonly (readonly string[])[], k = RRF_K): string[] {
  const score = new Map<string, number>();
  const firstSeen = new Map<string, number>();
  let seen = 0;
  for (const list of lists) {
    list.forEach((id, i) => {
      score.set(id, (score.get(id) ?? 0) + 1 / (k + i + 1));
      if (!firstSeen.has(id)) firstSeen.set(id, seen++);
    });
  }
  return [...score.keys()].sort((a, b) => score.get(b)! - score.get(a)! || firstSeen.get(a)! - firstSeen.get(b)!);
}
