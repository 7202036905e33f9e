import { z } from "zod";

/**
 * The one string schema for text people (or models) send us. PostgreSQL refuses a NUL byte in text
 * and an unpaired surrogate in JSON, and no control character belongs in a name, a title or a
 * search, so they are refused here with a message on the field instead of failing in the database.
 */

/** C0 controls and DEL. Multi-line text may keep tab, line feed and carriage return. */
/* eslint-disable no-control-regex -- matching control characters is the point */
const SINGLE_LINE_FORBIDDEN = /[\u0000-\u001f\u007f]/;
const MULTI_LINE_FORBIDDEN = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/;
/* eslint-enable no-control-regex */
/** half of a UTF-16 surrogate pair without its other half: not a character at all */
const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;

export const CONTROL_CHARACTER_MESSAGE = "Remove the invisible control character (such as a NUL byte) from this text.";
export const BROKEN_CHARACTER_MESSAGE = "This text has a broken character in it; retype it.";
export const LINE_BREAK_MESSAGE = "Keep this on one line: remove line breaks and tabs.";

/** True when `value` is text of this kind: no control characters (but tabs and line breaks when multi-line), no broken characters. */
export function isCleanText(value: string, opts: { multiline?: boolean } = {}): boolean {
  return !(opts.multiline ? MULTI_LINE_FORBIDDEN : SINGLE_LINE_FORBIDDEN).test(value) && !LONE_SURROGATE.test(value);
}

export interface TextOptions {
  max: number;
  maxMessage?: string;
  min?: number;
  minMessage?: string;
  /** trim surrounding whitespace first (default true; passwords keep theirs) */
  trim?: boolean;
  /** allow tab, line feed and carriage return (descriptions, bios, messages) */
  multiline?: boolean;
}

/** A single-line text field (names, titles, searches, ids). Returns a ZodString, so `.email()`, `.regex()` and the rest still chain. */
export function textField(opts: TextOptions): z.ZodString {
  let s = z.string();
  if (opts.trim !== false) s = s.trim();
  if (opts.min !== undefined) s = s.min(opts.min, opts.minMessage);
  s = s.max(opts.max, opts.maxMessage ?? `At most ${opts.max.toLocaleString("en")} characters`);
  s = s
    .refine((v) => !MULTI_LINE_FORBIDDEN.test(v), { message: CONTROL_CHARACTER_MESSAGE, abort: true })
    .refine((v) => !LONE_SURROGATE.test(v), { message: BROKEN_CHARACTER_MESSAGE, abort: true });
  return opts.multiline ? s : s.refine((v) => !SINGLE_LINE_FORBIDDEN.test(v), LINE_BREAK_MESSAGE);
}

/** Multi-line text: like `textField`, keeping tabs and line breaks. */
export function multilineText(opts: Omit<TextOptions, "multiline">): z.ZodString {
  return textField({ ...opts, multiline: true });
}

/** A row id a client sends back to us (cuid, or an external id such as a Stripe event's). */
export function idField(max = 64): z.ZodString {
  return textField({ min: 1, minMessage: "Required", max });
}
