import { describe, expect, it } from "vitest";
import { reciprocalRankFusion, RRF_K } from "./rrf.ts";

describe("reciprocalRankFusion", () => {
  it("ranks ids found by both lists above ids found by one", () => {
    expect(
      reciprocalRankFusion([
        ["a", "b", "c"],
        ["d", "c", "a"],
      ]),
    ).toEqual(["a", "c", "d", "b"]);
  });

  it("scores Σ 1/(k + rank) with k = 60 by default", () => {
    // b: 1/62 + 1/61 beats a: 1/61 + 1/(60+50)
    const long = Array.from({ length: 49 }, (_, i) => `x${i}`);
    expect(RRF_K).toBe(60);
    expect(
      reciprocalRankFusion([
        ["a", "b"],
        ["b", ...long, "a"],
      ]).slice(0, 2),
    ).toEqual(["b", "a"]);
  });

  it("breaks ties by first appearance, the first list first", () => {
    expect(reciprocalRankFusion([["fts"], ["vec"]])).toEqual(["fts", "vec"]);
    expect(reciprocalRankFusion([[], ["v1", "v2"]])).toEqual(["v1", "v2"]);
    expect(reciprocalRankFusion([])).toEqual([]);
  });
});
