/**
 * Per-procedure latency over a rolling window, in memory: recording is on the hot path of every
 * call, and a table write per call would cost more than most procedures. Each server process keeps
 * its own (the health page says so); the last SAMPLES_PER_PROCEDURE calls per procedure within
 * WINDOW_MS count.
 */
export const WINDOW_MS = 15 * 60_000;
export const SAMPLES_PER_PROCEDURE = 512;

interface Ring {
  at: Float64Array;
  ms: Float64Array;
  next: number;
  size: number;
}

export interface ProcedureLatency {
  path: string;
  count: number;
  p50Ms: number;
  p95Ms: number;
  maxMs: number;
}

export class ProcedureStats {
  private rings = new Map<string, Ring>();

  record(path: string, durationMs: number, at: number = Date.now()) {
    let ring = this.rings.get(path);
    if (!ring) {
      ring = { at: new Float64Array(SAMPLES_PER_PROCEDURE), ms: new Float64Array(SAMPLES_PER_PROCEDURE), next: 0, size: 0 };
      this.rings.set(path, ring);
    }
    ring.at[ring.next] = at;
    ring.ms[ring.next] = durationMs;
    ring.next = (ring.next + 1) % SAMPLES_PER_PROCEDURE;
    ring.size = Math.min(ring.size + 1, SAMPLES_PER_PROCEDURE);
  }

  /** Every procedure called within the window, slowest p95 first. */
  snapshot(now: number = Date.now()): ProcedureLatency[] {
    const out: ProcedureLatency[] = [];
    for (const [path, ring] of this.rings) {
      const recent: number[] = [];
      for (let i = 0; i < ring.size; i++) if (now - ring.at[i]! <= WINDOW_MS) recent.push(ring.ms[i]!);
      if (!recent.length) continue;
      recent.sort((a, b) => a - b);
      out.push({ path, count: recent.length, p50Ms: quantile(recent, 0.5), p95Ms: quantile(recent, 0.95), maxMs: recent.at(-1)! });
    }
    return out.sort((a, b) => b.p95Ms - a.p95Ms);
  }

  reset() {
    this.rings.clear();
  }
}

/** Nearest-rank quantile of sorted values, rounded to 0.1 ms. */
export function quantile(sorted: number[], q: number): number {
  const v = sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1))] ?? 0;
  return Math.round(v * 10) / 10;
}

/** The process's one store (on globalThis: the tRPC route and server components are bundled apart). */
export function procedureStats(): ProcedureStats {
  return ((globalThis as Record<symbol, unknown>)[Symbol.for("atelier.procedureStats")] ??= new ProcedureStats()) as ProcedureStats;
}
