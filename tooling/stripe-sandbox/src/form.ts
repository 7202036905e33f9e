import qs from "qs";
import { invalid, missingParam } from "./errors.ts";

export type Params = Record<string, unknown>;

/** Stripe's form encoding (`a[b][0][c]=1`) → nested objects and arrays. */
export function parseForm(body: string): Params {
  return qs.parse(body, { depth: 10, arrayLimit: 1000, parameterLimit: 10_000, allowDots: false }) as Params;
}

export const str = (p: Params, key: string, opts: { required?: boolean } = {}): string | undefined => {
  const v = p[key];
  if (v === undefined || v === "") {
    if (opts.required) throw missingParam(key);
    return undefined;
  }
  if (typeof v !== "string") throw invalid(`Invalid string: ${key}`, key, "parameter_invalid_string");
  return v;
};

export const int = (p: Params, key: string, opts: { required?: boolean; min?: number } = {}): number | undefined => {
  const raw = str(p, key, opts);
  if (raw === undefined) return undefined;
  if (!/^-?\d+$/.test(raw)) throw invalid(`Invalid integer: ${raw}`, key, "parameter_invalid_integer");
  const n = Number(raw);
  if (opts.min !== undefined && n < opts.min) throw invalid(`This value must be greater than or equal to ${opts.min}.`, key, "parameter_invalid_integer");
  return n;
};

export const bool = (p: Params, key: string): boolean | undefined => {
  const raw = str(p, key);
  if (raw === undefined) return undefined;
  if (raw !== "true" && raw !== "false") throw invalid(`Invalid boolean: ${raw}`, key, "parameter_invalid_boolean");
  return raw === "true";
};

export const obj = (p: Params, key: string): Params | undefined => {
  const v = p[key];
  if (v === undefined || v === "") return undefined;
  if (typeof v !== "object" || Array.isArray(v)) throw invalid(`Invalid object: ${key}`, key, "parameter_invalid_object");
  return v as Params;
};

export const list = (p: Params, key: string): Params[] => {
  const v = p[key];
  if (v === undefined || v === "") return [];
  const arr = Array.isArray(v) ? v : typeof v === "object" ? Object.values(v as object) : null;
  if (!arr) throw invalid(`Invalid array: ${key}`, key, "parameter_invalid_array");
  return arr as Params[];
};

/** metadata[...] → string map ("" unsets a key, as in Stripe). */
export function metadata(p: Params, prev: Record<string, string> = {}): Record<string, string> {
  const m = obj(p, "metadata");
  if (!m) return prev;
  const out = { ...prev };
  for (const [k, v] of Object.entries(m)) {
    if (v === "") delete out[k];
    else out[k] = String(v);
  }
  return out;
}

export const currency = (p: Params, key = "currency", required = true): string => {
  const c = str(p, key, { required })?.toLowerCase();
  if (!c) return "";
  if (!/^[a-z]{3}$/.test(c))
    throw invalid(`Invalid currency: ${c}. Stripe currently supports these currencies: usd, eur, gbp, jpy, …`, key, "parameter_invalid_string");
  return c;
};
