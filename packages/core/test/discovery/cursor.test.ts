import { describe, expect, it } from "vitest";
import { decodeCursor, encodeCursor } from "../../src/discovery/cursor.ts";

describe("keyset cursor", () => {
  it("round-trips and is opaque", () => {
    const c = { sort: "newest" as const, key: "2026-01-01 00:05:00.123", id: "abc" };
    const raw = encodeCursor(c);
    expect(raw).not.toContain("abc");
    expect(decodeCursor(raw, "newest")).toEqual(c);
  });

  it("rejects garbage and cursors from another sort as a field error", () => {
    const raw = encodeCursor({ sort: "price_asc", key: "100", id: "x" });
    expect(() => decodeCursor(raw, "newest")).toThrow(/start again/);
    expect(() => decodeCursor("%%%", "newest")).toThrow(/start again/);
    expect(decodeCursor(null, "newest")).toBeNull();
  });
});
