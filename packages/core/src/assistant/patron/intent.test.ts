import { describe, expect, it } from "vitest";
import { parseSearchRequest, readPatronIntent } from "./intent.ts";

describe("parseSearchRequest", () => {
  it.each([
    ["small blue abstract paintings under 500", { size: "small", category: "painting", maxPrice: 500, query: "blue abstract", currency: "EUR" }],
    ["show me large photographs over €2,000", { size: "large", category: "photography", minPrice: 2000, currency: "EUR" }],
    ["woodcut prints of waves between 100 and 300 dollars", { category: "print", minPrice: 100, maxPrice: 300, currency: "USD", query: "woodcut waves" }],
    ["limited edition bronze sculpture under 1.5k", { category: "sculpture", kind: "EDITION", maxPrice: 1500, query: "bronze" }],
    ["something green and calm", { query: "green calm" }],
    ["ceramics less than £200", { category: "ceramics", maxPrice: 200, currency: "GBP" }],
  ])("%s", (text, expected) => {
    expect(parseSearchRequest(text)).toMatchObject(expected);
  });

  it("leaves out filters that were not asked for", () => {
    const r = parseSearchRequest("harbour at dawn");
    expect(r).toEqual({ currency: "EUR", query: "harbour dawn" });
  });
});

describe("readPatronIntent", () => {
  it.each([
    ["hello", { kind: "help" }],
    ["", { kind: "help" }],
    ["my favourites", { kind: "favourites" }],
    ["which artists do I follow? artists I follow", { kind: "follows" }],
    ["recommend something for me", { kind: "recommend" }],
    ["add Small Blue Study I to my favourites", { kind: "add-favourite", artwork: "Small Blue Study I" }],
    ["Please save “Indigo Hour” to favorites", { kind: "add-favourite", artwork: "Indigo Hour" }],
    ["tell me about the-long-blue", { kind: "about", subject: "the-long-blue" }],
    ["what is a woodcut?", { kind: "about", subject: "woodcut" }],
    ["What's giclée?", { kind: "about", subject: "giclée" }],
    ["what are artist's proofs", { kind: "about", subject: "artist's proofs" }],
    ["what does provenance mean?", { kind: "about", subject: "provenance" }],
    ["how do I frame a watercolour?", { kind: "knowledge" }],
    ["how should I care for an oil painting", { kind: "knowledge" }],
    ["what's the difference between an etching and an engraving?", { kind: "knowledge" }],
    ["something like Indigo Hour", { kind: "similar", artwork: "Indigo Hour" }],
    ["Show me works similar to “Indigo Hour”", { kind: "similar", artwork: "Indigo Hour" }],
    ["I'd like something like the long blue", { kind: "similar", artwork: "long blue" }],
    ["more like Small Blue Study I please", { kind: "similar", artwork: "Small Blue Study I please" }],
    ["how do I buy Indigo Hour?", { kind: "buy", artwork: "Indigo Hour" }],
    ["Can I purchase the-long-blue", { kind: "buy", artwork: "the-long-blue" }],
    ["buy Indigo Hour", { kind: "buy", artwork: "Indigo Hour" }],
    ["how do I buy art on Atelier?", { kind: "knowledge", question: "buying on Atelier" }],
    ["who is Mira Okafor?", { kind: "artist", artist: "Mira Okafor" }],
    ["what did I buy?", { kind: "purchases" }],
    ["show my orders", { kind: "purchases" }],
    ["where is my order", { kind: "purchases" }],
  ])("%s", (text, expected) => {
    expect(readPatronIntent(text)).toMatchObject(expected);
  });

  it("reads everything else as a catalogue search", () => {
    expect(readPatronIntent("cheap prints")).toMatchObject({ kind: "search", request: { category: "print" } });
    expect(readPatronIntent("I would like a blue painting")).toMatchObject({ kind: "search", request: { category: "painting", query: "blue" } });
  });
});
