import { describe, expect, it } from "vitest";
import { readSaveSearchRequest } from "./alert-intent.ts";

describe("readSaveSearchRequest", () => {
  it.each([
    ["tell me when a small blue abstract under €800 appears", { size: "small", maxPrice: 800, currency: "EUR", query: "blue abstract" }],
    ["Let me know if a large harbour painting comes up.", { size: "large", category: "painting", query: "harbour" }],
    ["can you alert me about new woodcut prints under 300 dollars?", { category: "print", maxPrice: 300, currency: "USD", query: "woodcut" }],
    ["please notify me when any photographs of the sea are listed", { category: "photography", query: "sea" }],
    ["set up an alert for ceramics less than £200", { category: "ceramics", maxPrice: 200, currency: "GBP" }],
    ["save a search for indigo seascapes", { query: "indigo seascapes" }],
    ["I'm waiting for a green abstract", { query: "green abstract" }],
    ["keep an eye out for limited edition bronze sculpture under 1.5k", { category: "sculpture", kind: "EDITION", maxPrice: 1500, query: "bronze" }],
  ])("%s", (text, expected) => {
    expect(readSaveSearchRequest(text)).toEqual({ currency: "EUR", ...expected });
  });

  it.each(["tell me about Indigo Hour", "what is a woodcut?", "small blue abstract paintings under 500", "add Indigo Hour to my favourites", "tell me when"])(
    "is not a saved search: %s",
    (text) => {
      expect(readSaveSearchRequest(text)).toBeNull();
    },
  );
});
