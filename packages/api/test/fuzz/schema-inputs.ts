import type { z } from "zod";

/**
 * Inputs derived from a zod 4 schema by walking its definition (`schema._zod.def`): one plausible
 * valid input (each leaf gets the first candidate its own schema accepts, so a hostile value in one
 * field reaches as far into the procedure as it can), and the places hostile values go.
 */

type Def = { type: string; [k: string]: unknown };
type Path = (string | number)[];

export interface Leaf {
  path: Path;
  kind: "string" | "number" | "boolean" | "enum" | "literal" | "array" | "object" | "other";
}

export interface Derived {
  base: unknown;
  leaves: Leaf[];
}

/** Returned by `realValue` for a field best left out of the base input (a cursor: the first page). */
export const OMIT: unique symbol = Symbol("omit");

const defOf = (s: unknown): Def => (s as { _zod: { def: Def } })._zod.def;
const accepts = (s: unknown, v: unknown) => (s as z.ZodType).safeParse(v).success;

/** Values tried for a string field, in order; `realValue` (an id or slug of the world's rows) comes first. */
const STRING_CANDIDATES = [
  "A plausible value, long enough for any minimum",
  "Fuzz",
  "https://example.org/portfolio",
  "fuzz@test.atelier",
  "60",
  "1200",
  "EUR",
  "IE",
  "evt_fuzz_1",
  "fuzz.handle",
  "password-123",
];
const NUMBER_CANDIDATES = [1, 2, 8, 2020, 0];

/** Drops wrappers that do not change the input's shape, keeping the outermost schema to validate against. */
function unwrap(schema: unknown): unknown {
  let s = schema;
  for (let i = 0; i < 20; i++) {
    const d = defOf(s);
    if (["optional", "nullable", "default", "prefault", "readonly", "catch", "nonoptional"].includes(d.type)) s = d.innerType;
    else if (d.type === "pipe") s = defOf(d.in).type === "transform" ? d.out : d.in;
    else if (d.type === "lazy") s = (d.getter as () => unknown)();
    else return s;
  }
  return s;
}

export function deriveInput(schema: unknown, realValue: (path: Path) => unknown): Derived {
  const leaves: Leaf[] = [];
  function sample(node: unknown, path: Path): unknown {
    const inner = unwrap(node);
    const d = defOf(inner);
    const pick = (candidates: unknown[]) => {
      if (candidates[0] === OMIT) return undefined;
      return candidates.find((c) => c !== undefined && accepts(node, c)) ?? candidates.find((c) => c !== undefined);
    };
    switch (d.type) {
      case "object": {
        leaves.push({ path, kind: "object" });
        const shape = d.shape as Record<string, unknown>;
        const obj: Record<string, unknown> = {};
        for (const [key, child] of Object.entries(shape)) obj[key] = sample(child, [...path, key]);
        return obj;
      }
      case "array": {
        leaves.push({ path, kind: "array" });
        const item = sample(d.element, [...path, 0]);
        return pick([[item], []]);
      }
      case "union": {
        // prefer the last option that the field accepts: `union([literal(""), url])` should be a URL
        const options = [...(d.options as unknown[])].reverse();
        const tries = options.map((o) => deriveInput(o, (p) => realValue([...path, ...p])));
        const chosen = tries.find((t) => accepts(node, t.base)) ?? tries[0]!;
        for (const l of chosen.leaves) leaves.push({ ...l, path: [...path, ...l.path] });
        return chosen.base;
      }
      case "string":
        leaves.push({ path, kind: "string" });
        return pick([realValue(path), ...STRING_CANDIDATES]);
      case "number":
        leaves.push({ path, kind: "number" });
        return pick([realValue(path), ...NUMBER_CANDIDATES]);
      case "date":
        // a (coerced) date: a well-formed timestamp first, and the hostile strings reach it like any text field
        leaves.push({ path, kind: "string" });
        return pick([realValue(path), "2026-12-04T18:00:00.000Z", ...STRING_CANDIDATES]);
      case "boolean":
        leaves.push({ path, kind: "boolean" });
        return pick([true, false]);
      case "enum":
        leaves.push({ path, kind: "enum" });
        return pick(Object.values(d.entries as Record<string, unknown>));
      case "literal":
        leaves.push({ path, kind: "literal" });
        return (d.values as unknown[])[0];
      case "record":
        leaves.push({ path, kind: "object" });
        return {};
      default:
        leaves.push({ path, kind: "other" });
        return undefined;
    }
  }
  return { base: repair(schema, sample(schema, []), leaves), leaves };
}

const CANDIDATES: Partial<Record<Leaf["kind"], unknown[]>> = { string: STRING_CANDIDATES, number: NUMBER_CANDIDATES, boolean: [true, false] };
const samePath = (a: readonly PropertyKey[], b: readonly PropertyKey[]) => a.length === b.length && a.every((k, i) => k === b[i]);

/**
 * Fields that pass on their own can still fail together (a price that must suit the currency, an
 * edition size only editions have): for each field the whole schema still complains about, leave it
 * out or try the other candidates until it stops complaining.
 */
function repair(schema: unknown, base: unknown, leaves: Leaf[]): unknown {
  const issuesAt = (value: unknown, path: Path) => {
    const r = (schema as z.ZodType).safeParse(value);
    return r.success ? 0 : r.error.issues.filter((i) => samePath(i.path, path)).length;
  };
  let current = base;
  for (let round = 0; round < 5; round++) {
    const r = (schema as z.ZodType).safeParse(current);
    if (r.success) return current;
    let changed = false;
    for (const issue of r.error.issues) {
      const leaf = leaves.find((l) => samePath(l.path, issue.path));
      if (!leaf || leaf.path.length === 0) continue;
      const alternatives = [OMIT, ...(CANDIDATES[leaf.kind] ?? [])].map((alt) => setAt(current, leaf.path, alt));
      const fixed = alternatives.find((next) => issuesAt(next, leaf.path) === 0);
      if (fixed !== undefined) {
        current = fixed;
        changed = true;
      }
    }
    if (!changed) break;
  }
  return current;
}

/** A copy of `root` with `value` at `path` (OMIT removes the key; the root itself when the path is empty). */
export function setAt(root: unknown, path: Path, value: unknown): unknown {
  if (path.length === 0) return value;
  const copy: unknown = JSON.parse(JSON.stringify(root ?? {}));
  let cur = copy as Record<string | number, unknown>;
  for (const key of path.slice(0, -1)) {
    if (typeof cur[key] !== "object" || cur[key] === null) cur[key] = typeof key === "number" ? [] : {};
    cur = cur[key] as Record<string | number, unknown>;
  }
  if (value === OMIT) delete cur[path.at(-1)!];
  else cur[path.at(-1)!] = value;
  return copy;
}

export function getAt(root: unknown, path: Path): unknown {
  return path.reduce<unknown>((v, k) => (v && typeof v === "object" ? (v as Record<string | number, unknown>)[k] : undefined), root);
}
