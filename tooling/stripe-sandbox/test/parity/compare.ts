import fs from "node:fs";
import path from "node:path";

/** Holds sandbox objects against Stripe's field sets (test/reference/*.txt; see the notes at their tops). */
/** The objects Atelier reads, held against Stripe's field sets. */
export const PARITY_OBJECTS = [
  "account",
  "balance",
  "balance_transaction",
  "charge",
  "checkout.session",
  "dispute",
  "event",
  "item",
  "payment_intent",
  "payout",
  "refund",
  "subscription",
  "subscription_item",
  "transfer",
  "transfer_reversal",
];

type Kind = "string" | "number" | "boolean" | "null" | "object" | "array";
interface RefField {
  kinds: Kind[];
  optional: boolean;
}
/** object type → "a.b.c" → field */
type Reference = Record<string, Record<string, RefField>>;
interface FixtureField {
  kind: Kind;
  status: "current" | "removed" | "expand-only";
}

const dir = path.join(path.dirname(new URL(import.meta.url).pathname), "..", "reference");
const lines = (file: string) =>
  fs
    .readFileSync(path.join(dir, file), "utf8")
    .split("\n")
    .filter((l) => l && !l.startsWith("#"))
    .map((l) => l.split(" "));

export function loadSdkReference(): Reference {
  const ref: Reference = {};
  for (const [object, field, kinds, optional] of lines("sdk-fields.txt"))
    (ref[object!] ??= {})[field!] = { kinds: kinds!.split("|") as Kind[], optional: optional === "optional" };
  return ref;
}

export function loadFixtureReference(): Record<string, Record<string, FixtureField>> {
  const ref: Record<string, Record<string, FixtureField>> = {};
  for (const [object, field, kind, status] of lines("fixtures3-fields.txt"))
    (ref[object!] ??= {})[field!] = { kind: kind as Kind, status: (status as FixtureField["status"]) ?? "current" };
  return ref;
}

export const kindOf = (v: unknown): Kind => (v === null ? "null" : Array.isArray(v) ? "array" : (typeof v as Kind));

export interface ObjectReport {
  object: string;
  samples: number;
  /** fields of the fixture (still current in the pinned version) present with a matching JSON type in every sample */
  fixture: { matched: number; total: number; missing: string[] };
  /** top-level fields the SDK types as always present */
  sdkTop: { matched: number; total: number; missing: string[] };
  /** every always-present field, nested ones counted where their parent object is present */
  sdkDeep: { matched: number; total: number; missing: string[] };
  /** fields the SDK does not know (the sandbox invented them) */
  unknown: string[];
}

export function compare(object: string, samples: Record<string, unknown>[], sdk = loadSdkReference(), fixtures = loadFixtureReference()): ObjectReport {
  const ref = sdk[object] ?? {};
  const fx = Object.entries(fixtures[object] ?? {}).filter(([, f]) => f.status === "current");
  const topNames = Object.keys(ref).filter((k) => !k.includes(".") && !ref[k]!.optional);
  const deepMissing = new Set<string>();
  const deepSeen = new Set<string>();
  const unknown = new Set<string>();
  const fails = (field: string, v: unknown) => {
    const spec = ref[field];
    if (!spec) return false;
    return !spec.kinds.includes(kindOf(v)) && !(kindOf(v) === "object" && spec.kinds.includes("string")); // an expanded id is an object
  };
  for (const s of samples) walk(s, "");
  function walk(node: Record<string, unknown>, prefix: string) {
    for (const [k, f] of Object.entries(ref)) {
      if (!k.startsWith(prefix) || k.slice(prefix.length).includes(".")) continue;
      const name = k.slice(prefix.length);
      if (f.optional && !(name in node)) continue;
      deepSeen.add(k);
      if (!(name in node) || fails(k, node[name])) deepMissing.add(k);
      const v = node[name];
      if (v && typeof v === "object" && !Array.isArray(v)) walk(v as Record<string, unknown>, `${k}.`);
    }
    for (const name of Object.keys(node)) if (!ref[`${prefix}${name}`] && !(prefix && isMapLike(prefix))) unknown.add(`${prefix}${name}`);
  }
  // maps (metadata, capabilities …) and untyped objects have free keys: only typed shapes count as unknown
  function isMapLike(prefix: string) {
    const parent = prefix.slice(0, -1);
    return !Object.keys(ref).some((k) => k.startsWith(`${parent}.`));
  }
  const topMissing = topNames.filter((n) => deepMissing.has(n) || !samples.length);
  const fxMissing = fx
    .filter(
      ([name, f]) => !samples.length || samples.some((s) => !(name in s) || (ref[name] ? fails(name, s[name]) : ![f.kind, "null"].includes(kindOf(s[name])))),
    )
    .map(([n]) => n);
  const deepTotal = samples.length ? deepSeen.size : Object.keys(ref).filter((k) => !ref[k]!.optional && !k.includes(".")).length;
  return {
    object,
    samples: samples.length,
    fixture: { matched: fx.length - fxMissing.length, total: fx.length, missing: fxMissing },
    sdkTop: { matched: topNames.length - topMissing.length, total: topNames.length, missing: topMissing },
    sdkDeep: { matched: deepTotal - (samples.length ? deepMissing.size : deepTotal), total: deepTotal, missing: [...deepMissing].sort() },
    unknown: [...unknown].sort(),
  };
}

const pct = (m: number, t: number) => (t ? `${Math.round((m / t) * 100)}%` : "—");
export function formatReports(reports: ObjectReport[]): string {
  const rows = reports.map(
    (r) =>
      `${r.object.padEnd(20)} ${String(r.samples).padStart(7)} ${`${pct(r.fixture.matched, r.fixture.total)} (${r.fixture.matched}/${r.fixture.total})`.padEnd(16)} ${`${pct(r.sdkTop.matched, r.sdkTop.total)} (${r.sdkTop.matched}/${r.sdkTop.total})`.padEnd(16)} ${`${pct(r.sdkDeep.matched, r.sdkDeep.total)} (${r.sdkDeep.matched}/${r.sdkDeep.total})`.padEnd(18)} ${r.unknown.length}`,
  );
  const sum = (k: "fixture" | "sdkTop" | "sdkDeep") => reports.reduce((a, r) => [a[0]! + r[k].matched, a[1]! + r[k].total], [0, 0]);
  const [fm, ft] = sum("fixture");
  const [tm, tt] = sum("sdkTop");
  const [dm, dt] = sum("sdkDeep");
  return [
    `${"object".padEnd(20)} samples fixtures3.json    SDK top-level    SDK all levels     unknown`,
    ...rows,
    `${"all".padEnd(20)} ${"".padStart(7)} ${`${pct(fm!, ft!)} (${fm}/${ft})`.padEnd(16)} ${`${pct(tm!, tt!)} (${tm}/${tt})`.padEnd(16)} ${`${pct(dm!, dt!)} (${dm}/${dt})`.padEnd(18)}`,
  ].join("\n");
}
