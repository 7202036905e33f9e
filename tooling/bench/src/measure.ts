import { performance } from "node:perf_hooks";

export interface Stats {
  p50: number;
  p95: number;
}

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
}

/** Warms both paths up, then times them alternately (so drift hits both equally). Milliseconds. */
export async function measurePair(a: () => Promise<unknown>, b: () => Promise<unknown>, iterations: number, warmup: number): Promise<[Stats, Stats]> {
  for (let i = 0; i < warmup; i++) {
    await a();
    await b();
  }
  const ta: number[] = [];
  const tb: number[] = [];
  for (let i = 0; i < iterations; i++) {
    let t = performance.now();
    await a();
    ta.push(performance.now() - t);
    t = performance.now();
    await b();
    tb.push(performance.now() - t);
  }
  const stats = (xs: number[]) => {
    const s = [...xs].sort((x, y) => x - y);
    return { p50: percentile(s, 50), p95: percentile(s, 95) };
  };
  return [stats(ta), stats(tb)];
}
