/**
 * `pnpm bench split`: the split engine's throughput, pure CPU (no database). The same pre-generated random
 * lines go through splitItem (originals; the baseline), splitLicensedItem (a store's sale with a discount,
 * and the artist's own shop) and licensedRefundSplit (a partial refund after an earlier one), in interleaved
 * rounds so the machine's drift hits every row alike. Ratios are against splitItem in the same run.
 */
import { licensedRefundSplit, splitItem, splitLicensedItem, type LicensedSplitInput, type SplitInput } from "@atelier/core/money";
import { performance } from "node:perf_hooks";

const LINES = 10_000;
const ROUNDS = 15;

/** A deterministic generator (mulberry32), so every run times the same lines. */
function random(seed: number) {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function lines() {
  const r = random(42);
  const int = (min: number, max: number) => min + Math.floor(r() * (max - min + 1));
  const originals: SplitInput[] = [];
  const licensed: LicensedSplitInput[] = [];
  for (let i = 0; i < LINES; i++) {
    originals.push({ unitAmount: int(1_000, 5_000_000), quantity: int(1, 3), shippingAmount: int(0, 10_000), commissionBps: int(0, 10_000) });
    const cost = int(0, 6_000);
    const unit = int(cost * 3 + 500, cost * 3 + 50_000);
    const quantity = int(1, 5);
    licensed.push({
      currency: "EUR",
      seller: r() < 0.7 ? "STORE" : "ARTIST_SHOP",
      unitAmount: unit,
      quantity,
      discountAmount: Math.floor((unit * quantity * int(0, 2_000)) / 10_000),
      productionCostAmount: cost,
      shippingAmount: int(0, 1_500),
      platformFeeBps: 1_000,
      terms: { royaltyBps: int(0, 2_500), minimumUnitAmount: 500, maxDiscountBps: 2_000 },
    });
  }
  return { originals, licensed };
}

export function benchSplit() {
  const { originals, licensed } = lines();
  const splits = licensed.map((l) => splitLicensedItem(l));
  let sink = 0;
  const cases: [string, () => void][] = [
    ["splitItem (originals, baseline)", () => originals.forEach((l) => (sink += splitItem(l).artistAmount))],
    ["splitLicensedItem (store or own shop)", () => licensed.forEach((l) => (sink += splitLicensedItem(l).creatorAmount))],
    [
      "licensedRefundSplit (second partial refund)",
      () =>
        splits.forEach(
          (s) => (sink += licensedRefundSplit(s, Math.floor(s.totalAmount / 3), Math.floor(s.totalAmount / 3) || 1, { labKeepsItsCost: true }).creatorAmount),
        ),
    ],
  ];
  const times = cases.map(() => [] as number[]);
  for (const [, run] of cases) run(); // warm-up
  for (let round = 0; round < ROUNDS; round++) {
    cases.forEach(([, run], i) => {
      const t = performance.now();
      run();
      times[i]!.push(performance.now() - t);
    });
  }
  const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
  const perSecond = times.map((t) => LINES / (median(t) / 1000));
  console.log(`\nsplit engine: ${LINES} random lines × ${ROUNDS} interleaved rounds (median round), one thread`);
  cases.forEach(([name], i) => {
    const ns = (median(times[i]!) * 1e6) / LINES;
    console.log(
      `${name.padEnd(46)} ${Math.round(perSecond[i]!).toLocaleString("en").padStart(12)} lines/s  ${ns.toFixed(0).padStart(6)} ns/line  ×${(perSecond[0]! / perSecond[i]!).toFixed(2)} the time of splitItem`,
    );
  });
  if (sink === 0.5) console.log(sink); // keeps the work observable
}
