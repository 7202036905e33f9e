import { describe, expect, it } from "vitest";
import { detectIntent } from "./offline.ts";
import { SALES_QUESTION, yearAskedFor } from "./sales.ts";

describe("the artist's sales question", () => {
  it("is recognised in its usual wordings, and not confused with writing sales copy", () => {
    for (const q of [
      "How much did I sell this year?",
      "how much have I made in 2025",
      "what did I earn last year — did I sell much?",
      "my sales",
      "show my earnings",
    ])
      expect(SALES_QUESTION.test(q), q).toBe(true);
    expect(detectIntent("How much did I sell this year?").kind).toBe("sales");
    expect(detectIntent("write sales text for Harbour in Blue").kind).toBe("copy");
    expect(detectIntent("write my artist statement").kind).toBe("copy");
  });

  it("reads the year: explicit, last year from the instructions' date, else left to the tool", () => {
    expect(yearAskedFor("my sales in 2024", "")).toBe(2024);
    expect(yearAskedFor("how much did I sell last year", "… Today is 2026-03-04.")).toBe(2025);
    expect(yearAskedFor("how much did I sell this year", "Today is 2026-03-04.")).toBeUndefined();
  });
});
