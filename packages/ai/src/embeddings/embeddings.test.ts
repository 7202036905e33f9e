import { cosineSimilarity, embed, embedMany } from "ai";
import { MockEmbeddingModelV4 } from "ai/test";
import { describe, expect, it } from "vitest";
import { EMBEDDING_DIMENSIONS } from "../settings.ts";
import { EmbeddingDimensionsError, embeddingModelFromSettings, embeddingModelName, requireDimensions } from "./from-settings.ts";
import { lexicalHashEmbedding, lexicalHashEmbeddingModel } from "./lexical-hash-model.ts";
import { embeddingContentHash, embeddingText } from "./text.ts";
import { stem, trigrams, words } from "./tokenize.ts";

const norm = (v: number[]) => Math.sqrt(v.reduce((s, x) => s + x * x, 0));

describe("embeddingText", () => {
  const art = {
    title: " Small  Blue Study I ",
    medium: "Oil on birch panel",
    tags: ["abstract", " blue ", ""],
    description: "Layered cobalt.\n\nScraped back.",
  };

  it("puts title, medium, tags, description and the image description in a fixed shape", () => {
    expect(embeddingText(art)).toBe("Small Blue Study I\nOil on birch panel\nTags: abstract, blue\nLayered cobalt. Scraped back.");
    expect(embeddingText({ ...art, imageDescription: "Two bands of blue" })).toMatch(/\nImage: Two bands of blue$/);
    expect(embeddingText({ title: "Untitled", medium: "Ink", tags: [], description: "" })).toBe("Untitled\nInk");
  });

  it("content hash changes with the text and with the model, and only then", () => {
    const t = embeddingText(art);
    expect(embeddingContentHash("m", t)).toBe(embeddingContentHash("m", embeddingText({ ...art })));
    expect(embeddingContentHash("m", t)).not.toBe(embeddingContentHash("m", `${t}!`));
    expect(embeddingContentHash("m", t)).not.toBe(embeddingContentHash("n", t));
  });
});

describe("tokenizer", () => {
  it("lower-cases, strips accents and stop words", () => {
    expect(words("The Café of Évora, at 7:30")).toEqual(["cafe", "evora", "7", "30"]);
  });

  it("folds plurals and common endings together", () => {
    expect(new Set(["paintings", "painting", "painted", "paint"].map(stem))).toEqual(new Set(["paint"]));
    expect(stem("studies")).toBe(stem("study"));
    expect(stem("blues")).toBe(stem("blue"));
    expect(stem("glass")).toBe("glass");
    expect(trigrams("sea")).toEqual(["^se", "sea", "ea$"]);
  });
});

describe("lexical hash embedding model", () => {
  it("is deterministic, 768-dimensional and L2-normalised", () => {
    const a = lexicalHashEmbedding("small blue abstract painting");
    expect(a).toHaveLength(EMBEDDING_DIMENSIONS);
    expect(norm(a)).toBeCloseTo(1, 10);
    expect(lexicalHashEmbedding("small blue abstract painting")).toEqual(a);
  });

  it("gives the zero vector for text without words", () => {
    expect(norm(lexicalHashEmbedding("— … !!"))).toBe(0);
  });

  it("ranks texts sharing words (and stems) above unrelated ones", () => {
    const q = lexicalHashEmbedding("small blue abstract paintings");
    const close = lexicalHashEmbedding("Small Blue Study\nOil on panel\nTags: abstract, blue, small\nA small abstract painting in cobalt blue.");
    const far = lexicalHashEmbedding("Copper Vessel\nBronze sculpture\nTags: vessel, metal\nLost-wax casting.");
    expect(cosineSimilarity(q, close)).toBeGreaterThan(0.4);
    expect(cosineSimilarity(q, far)).toBeLessThan(0.15);
  });

  it("trigrams bring misspellings close, on average (a single pair can be hit by a hash collision)", () => {
    const sim = (a: string, b: string) => cosineSimilarity(lexicalHashEmbedding(a), lexicalHashEmbedding(b));
    const mean = (xs: number[]) => xs.reduce((s, x) => s + x, 0) / xs.length;
    const misspelt = mean(
      [
        ["watercolor", "watercolour"],
        ["sculpure", "sculpture"],
        ["landscpe", "landscape"],
        ["photograph", "photography"],
        ["risograf", "risograph"],
        ["persimon", "persimmons"],
      ].map(([a, b]) => sim(a!, b!)),
    );
    const unrelated = mean(
      [
        ["watercolor", "bronze"],
        ["sculpure", "harbour"],
        ["landscpe", "koi"],
        ["photograph", "woodcut"],
        ["risograf", "fern"],
        ["persimon", "tram"],
      ].map(([a, b]) => sim(a!, b!)),
    );
    expect(misspelt).toBeGreaterThan(0.15);
    expect(misspelt).toBeGreaterThan(unrelated + 0.15);
  });

  it("works through the AI SDK's embed and embedMany, in order", async () => {
    const model = lexicalHashEmbeddingModel();
    expect(embeddingModelName(model)).toBe("atelier/lexical-hash-768-v2");
    const { embedding } = await embed({ model, value: "harbour at dawn" });
    expect(embedding).toEqual(lexicalHashEmbedding("harbour at dawn"));
    const { embeddings } = await embedMany({ model, values: ["fern", "harbour at dawn", "bronze"] });
    expect(embeddings[1]).toEqual(embedding);
    expect(embeddings).toHaveLength(3);
  });
});

describe("embeddingModelFromSettings", () => {
  it("offline → the lexical model; openai-compatible without an embedding model → none", () => {
    expect(embeddingModelFromSettings({ kind: "offline" })?.modelId).toBe("lexical-hash-768-v2");
    expect(
      embeddingModelFromSettings({
        kind: "openai-compatible",
        baseURL: "http://localhost:11434/v1",
        apiKey: undefined,
        model: "llama3",
        embeddingModel: undefined,
      }),
    ).toBeNull();
  });

  it("google and openai-compatible models are the providers' embedding models, checked for 768 dimensions", () => {
    const g = embeddingModelFromSettings({ kind: "google", apiKey: "k", model: "gemini-2.5-flash", embeddingModel: "gemini-embedding-001" });
    expect(g?.modelId).toBe("gemini-embedding-001");
    expect(g?.provider).toMatch(/google/);
    const o = embeddingModelFromSettings({
      kind: "openai-compatible",
      baseURL: "http://localhost:11434/v1",
      apiKey: undefined,
      model: "llama3",
      embeddingModel: "nomic-embed-text",
    });
    expect(o?.modelId).toBe("nomic-embed-text");
  });

  it("requireDimensions asks for 768 and refuses any other size with a clear error", async () => {
    const good = new MockEmbeddingModelV4({ modelId: "good", doEmbed: { embeddings: [new Array(768).fill(0.1)], warnings: [] } });
    await embed({ model: requireDimensions(good), value: "x" });
    expect(good.doEmbedCalls[0]?.dimensions).toBe(768);

    const bad = new MockEmbeddingModelV4({ modelId: "tiny-embed", doEmbed: { embeddings: [[0.1, 0.2, 0.3]], warnings: [] } });
    const err = await embed({ model: requireDimensions(bad), value: "x", maxRetries: 0 }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(EmbeddingDimensionsError);
    expect(String((err as Error).message)).toMatch(/"tiny-embed" returned 3-dimensional vectors.*768.*AI_EMBEDDING_MODEL/);
  });
});
