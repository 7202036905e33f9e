/** Delay before retry number `attempt` (1 = after the first failure): base · 2^(attempt-1), capped. */
export function backoffMs(attempt: number, baseMs = 1_000, capMs = 60 * 60 * 1_000): number {
  return Math.min(capMs, baseMs * 2 ** Math.max(0, attempt - 1));
}
