import { describe, expect, it } from "vitest";
import { decodeCursor, encodeCursor } from "../../src/discovery/cursor.ts";
import { isAppError } from "../../src/errors.ts";

const forge = (value: unknown) => Buffer.from(JSON.stringify(value)).toString("base64url");

function cursorError(fn: () => unknown) {
  try {
    fn();
  } catch (e) {
    return isAppError(e) ? { code: e.code, fields: Object.keys(e.fieldErrors ?? {}) } : { thrown: String(e) };
  }
  return null;
}

describe("keyset cursor", () => {
  it("round-trips and is opaque", () => {
    const c = { sort: "newest" as const, key: "2026-01-01 00:05:00.123", id: "abc" };
    const raw = encodeCursor(c);
    expect(raw).not.toContain("abc");
    expect(decodeCursor(raw, "newest")).toEqual(c);
  });

  it("accepts every key Postgres prints for each sort", () => {
    const keys = {
      newest: ["2026-01-01 00:05:00", "2026-01-01 00:05:00.1", "2024-02-29 23:59:59.999"],
      price_asc: ["0", "120000", "2147483647"],
      price_desc: ["999"],
      relevance: ["0", "0.0607927", "1e-05", "1.2345678901234567e-05", "24"],
    } as const;
    for (const [sort, list] of Object.entries(keys)) {
      for (const key of list) expect(decodeCursor(encodeCursor({ sort: sort as never, key, id: "cl0abc" }), sort as never)?.key).toBe(key);
    }
    expect(decodeCursor(encodeCursor({ sort: "relevance", key: "24", id: "~hybrid" }), "relevance")?.id).toBe("~hybrid");
  });

  it("rejects garbage and cursors from another sort as a field error", () => {
    const raw = encodeCursor({ sort: "price_asc", key: "100", id: "x" });
    expect(() => decodeCursor(raw, "newest")).toThrow(/start again/);
    expect(() => decodeCursor("%%%", "newest")).toThrow(/start again/);
    expect(decodeCursor(null, "newest")).toBeNull();
  });

  it("refuses a tampered key that the query could not cast to the sort's type, as BAD_REQUEST on cursor", () => {
    const tampered: [string, unknown][] = [
      ["newest", { s: "newest", k: "yesterday", i: "x" }],
      ["newest", { s: "newest", k: "2024-02-30 00:00:00", i: "x" }],
      ["newest", { s: "newest", k: "2024-01-01 25:00:00", i: "x" }],
      ["newest", { s: "newest", k: "2024-01-01 00:00:00\u0000", i: "x" }],
      ["price_asc", { s: "price_asc", k: "1.5", i: "x" }],
      ["price_asc", { s: "price_asc", k: "99999999999999999999", i: "x" }],
      ["price_asc", { s: "price_asc", k: "9223372036854775808", i: "x" }],
      ["price_desc", { s: "price_desc", k: "1; DROP TABLE", i: "x" }],
      ["relevance", { s: "relevance", k: "NaN", i: "x" }],
      ["relevance", { s: "relevance", k: "1e999", i: "x" }],
      ["relevance", { s: "relevance", k: "1e-400", i: "x" }],
      ["newest", { s: "newest", k: "2024-01-01 00:00:00", i: "a\u0000b" }],
      ["newest", { s: "newest", k: "2024-01-01 00:00:00", i: "" }],
      ["newest", { s: "newest", k: 5, i: "x" }],
      ["newest", ["newest"]],
      ["newest", "just a string"],
    ];
    for (const [sort, value] of tampered) {
      expect(
        cursorError(() => decodeCursor(forge(value), sort as never)),
        JSON.stringify(value),
      ).toEqual({ code: "BAD_REQUEST", fields: ["cursor"] });
    }
    expect(cursorError(() => decodeCursor("not/base64+url=", "newest"))).toEqual({ code: "BAD_REQUEST", fields: ["cursor"] });
  });
});
