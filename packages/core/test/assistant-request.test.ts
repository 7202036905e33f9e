import { describe, expect, it } from "vitest";
import { historyChars, MAX_VISITOR_HISTORY, MAX_VISITOR_HISTORY_CHARS, trimVisitorHistory, visitorRequestCost } from "../src/assistant/request.ts";

const msg = (i: number, text: string) => ({ id: `m${i}`, role: i % 2 ? "assistant" : "user", parts: [{ type: "text", text }] });

describe("a visitor's history", () => {
  it("the browser keeps the latest messages that fit the count and size the server accepts", () => {
    const many = Array.from({ length: 50 }, (_, i) => msg(i, "short"));
    const kept = trimVisitorHistory(many);
    expect(kept).toHaveLength(MAX_VISITOR_HISTORY);
    expect(kept.at(-1)).toBe(many.at(-1));

    const long = Array.from({ length: 10 }, (_, i) => msg(i, "é".repeat(5000))); // 10 kB of UTF-8 each
    const fits = trimVisitorHistory(long);
    expect(fits.length).toBeLessThan(10);
    expect(fits.at(-1)).toBe(long.at(-1));
    expect(new TextEncoder().encode(JSON.stringify(fits)).length).toBeLessThanOrEqual(MAX_VISITOR_HISTORY_CHARS);
    expect(historyChars({ history: fits as never })).toBeLessThanOrEqual(MAX_VISITOR_HISTORY_CHARS);
  });

  it("costs one question plus one per full 10,000 characters", () => {
    expect(visitorRequestCost({})).toBe(1);
    expect(visitorRequestCost({ history: [msg(0, "x".repeat(9_000))] as never })).toBe(1);
    expect(visitorRequestCost({ history: [msg(0, "x".repeat(25_000))] as never })).toBe(3);
  });
});
