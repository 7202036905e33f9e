/**
 * How much of each part makes up the first `amount` minor units of a whole divided into `shares`. Used to
 * split refunds among several parties (licensed products: print lab, creator, store, platform).
 *
 * Method: highest averages (D'Hondt). Each minor unit from 1 to `amount` goes to the party with the highest
 * share ÷ (units it already has + 1); a tie goes to the party listed first. The result depends on `amount`
 * only (never on how it was reached), so any sequence of partial refunds gives back exactly what one
 * refund of the same total would; it never decreases for any party as `amount` grows, so no refund
 * gives a party a negative part; no party ever gets more than its share; and at amount = Σ shares every
 * party gets exactly its share. Each party's part is within (parties − 1) minor units of the exact
 * proportion (it is never below floor(amount × share ÷ total)).
 *
 * Computed without walking every unit: the parts start at floor(amount × share ÷ total) — a D'Hondt
 * allocation always holds at least that many — and the at most (parties − 1) units left go one by one by
 * the D'Hondt priority. (Why that equals the unit-by-unit walk: a party's k-th unit with k ≤
 * floor(amount × share ÷ total) has an average ≥ total ÷ amount, and at most Σ floor(amount × share_q ÷
 * total) ≤ amount units have an average at least that high, so it is among the first `amount` units.)
 */
export function apportionCumulative(shares: readonly number[], amount: number): number[] {
  // plain loops: this runs per refund and in benchmarks, and closures cost more than the arithmetic
  let total = 0;
  for (const s of shares) {
    if (!Number.isSafeInteger(s) || s < 0) throw new RangeError("shares must be whole numbers ≥ 0");
    total += s;
  }
  if (!Number.isSafeInteger(amount) || amount < 0 || amount > total) throw new RangeError(`amount must be 0–${total} (got ${amount})`);
  if (amount === total) return [...shares];
  // every product below is at most total × (amount + 1): plain numbers are exact while that is a safe integer
  return Number.isSafeInteger(total * (amount + 1)) ? apportionSafe(shares, total, amount) : apportionCumulativeBigInt(shares, total, amount);
}

function apportionSafe(shares: readonly number[], total: number, amount: number): number[] {
  const parts: number[] = [];
  let left = amount;
  for (const s of shares) {
    const product = s * amount;
    const p = (product - (product % total)) / total;
    parts.push(p);
    left -= p;
  }
  while (left > 0) {
    let best = -1;
    for (let i = 0; i < shares.length; i++) {
      if (shares[i] === 0) continue;
      // shares[i] / (parts[i] + 1) > shares[best] / (parts[best] + 1), in integers; equal keeps the earlier party
      if (best < 0 || shares[i]! * (parts[best]! + 1) > shares[best]! * (parts[i]! + 1)) best = i;
    }
    parts[best] = parts[best]! + 1;
    left--;
  }
  return parts;
}

/** The same method in BigInt throughout: used beyond the safe integers (tests hold the two paths equal). */
export function apportionCumulativeBigInt(shares: readonly number[], total: number, amount: number): number[] {
  if (amount === total) return [...shares];
  const T = BigInt(total);
  const R = BigInt(amount);
  const parts: bigint[] = [];
  let left = amount;
  for (const s of shares) {
    const p = (BigInt(s) * R) / T;
    parts.push(p);
    left -= Number(p);
  }
  while (left > 0) {
    let best = -1;
    for (let i = 0; i < shares.length; i++) {
      if (shares[i] === 0) continue;
      if (best < 0 || BigInt(shares[i]!) * (parts[best]! + 1n) > BigInt(shares[best]!) * (parts[i]! + 1n)) best = i;
    }
    parts[best] = parts[best]! + 1n;
    left--;
  }
  return parts.map(Number);
}
