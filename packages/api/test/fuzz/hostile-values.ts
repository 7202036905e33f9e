import { getAt, setAt, type Derived, type Leaf } from "./schema-inputs.ts";

interface HostileInput {
  /** where the hostile value went ("" for the whole input) and what it was */
  label: string;
  input: unknown;
  /** true when the hostile value is the whole input, so a field error may name "_form" */
  wholeInput: boolean;
}

const b64 = (s: string) => Buffer.from(s).toString("base64url");
const SORTS = ["newest", "price_asc", "price_desc", "relevance"];

/** Cursors a client could forge: not base64 JSON, wrong shapes, keys that do not parse as the sort's type, ids of nothing. */
const FORGED_CURSORS: [string, string][] = [
  ["not base64 JSON", "!!!not-a-cursor!!!"],
  ["base64 of text", b64("hello")],
  ["base64 of an array", b64("[1,2,3]")],
  ["JSON with wrong types", b64(JSON.stringify({ s: 1, k: {}, i: [] }))],
  ...SORTS.flatMap((s): [string, string][] => [
    [`${s} cursor with a word for a key`, b64(JSON.stringify({ s, k: "not-a-key", i: "cl0000000000000000000000" }))],
    [`${s} cursor with an out-of-range key`, b64(JSON.stringify({ s, k: "99999999999999999999", i: "cl0000000000000000000000" }))],
    [`${s} cursor with an impossible date`, b64(JSON.stringify({ s, k: "2024-13-45 99:99:99", i: "cl0000000000000000000000" }))],
    [`${s} cursor with a NUL`, b64(JSON.stringify({ s, k: "1\u0000", i: "a\u0000b" }))],
  ]),
  ["an id of no row", "cl0000000000000000000000"],
  ["an id with a NUL", "cl00\u000000"],
];

function deepObject(depth: number): unknown {
  let v: unknown = "bottom";
  for (let i = 0; i < depth; i++) v = i % 2 ? { a: v } : [v];
  return v;
}

function pollutingObject(base: unknown): unknown {
  const extra = JSON.parse('{"__proto__": {"polluted": "yes"}, "constructor": {"prototype": {"polluted": "yes"}}}') as object;
  return typeof base === "object" && base !== null && !Array.isArray(base) ? Object.assign(JSON.parse(JSON.stringify(base)) as object, extra) : extra;
}

function valuesFor(leaf: Leaf, current: unknown): [string, unknown][] {
  const s = typeof current === "string" ? current : "value";
  const field = leaf.path.at(-1);
  switch (leaf.kind) {
    case "string":
      return [
        ["a NUL byte at the end", `${s}\u0000`],
        ["only a NUL byte", "\u0000"],
        ["a NUL byte inside", `ab\u0000cd`],
        ["other control characters", `bell\u0007escape\u001b`],
        ["a lone surrogate", "\ud800x"],
        ["100 KB", "x".repeat(100_000)],
        ["a number", 42],
        ["null", null],
        ["an object", { nested: "x" }],
        ["an array", ["x"]],
        ...(field === "cursor" ? FORGED_CURSORS : []),
      ];
    case "number":
      return [
        ["negative", -1],
        ["huge", 1e308],
        ["-huge", -1e308],
        ["NaN", Number.NaN],
        ["Infinity", Number.POSITIVE_INFINITY],
        ["a float", 1.5],
        ["past MAX_SAFE_INTEGER", 2 ** 53 + 2],
        ["a numeric string", "1"],
        ["a word", "ten"],
        ["null", null],
      ];
    case "boolean":
      return [
        ["a string", "true"],
        ["a number", 1],
        ["null", null],
      ];
    case "enum":
    case "literal":
      return [
        ["not an option", "NOT_AN_OPTION"],
        ["a NUL", "\u0000"],
        ["a number", 1],
      ];
    case "array":
      return [
        ["10,000 items", Array.from({ length: 10_000 }, () => (Array.isArray(current) && current.length ? current[0] : "x"))],
        ["nested arrays", [[["x"]]]],
        ["a string", "x"],
        ["nulls", [null, null]],
      ];
    case "object":
      return [
        ["an unknown key", { ...(typeof current === "object" && current ? current : {}), zzUnknownKey: "x" }],
        ["__proto__ and constructor keys", pollutingObject(current)],
        ["a 2,000-deep object", deepObject(2_000)],
        ["a string", "x"],
        ["an array", []],
      ];
    default:
      return [
        ["a NUL string", "\u0000"],
        ["a deep object", deepObject(500)],
      ];
  }
}

/** Every hostile variant of a derived input: each leaf replaced in turn, plus hostile whole inputs. */
export function hostileInputs(derived: Derived): HostileInput[] {
  const out: HostileInput[] = [];
  for (const leaf of derived.leaves) {
    const where = leaf.path.join(".") || "(input)";
    for (const [what, value] of valuesFor(leaf, getAt(derived.base, leaf.path))) {
      out.push({ label: `${where}: ${what}`, input: setAt(derived.base, leaf.path, value), wholeInput: leaf.path.length === 0 });
    }
  }
  for (const [what, value] of [
    ["null", null],
    ["a number", 42],
    ["a NUL string", "\u0000"],
    ["an array of 10,000 items", Array.from({ length: 10_000 }, () => derived.base)],
    ["a 5,000-deep object", deepObject(5_000)],
  ] as [string, unknown][]) {
    out.push({ label: `(input): ${what}`, input: value, wholeInput: true });
  }
  return out;
}
