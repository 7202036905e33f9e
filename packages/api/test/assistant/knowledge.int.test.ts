import { beforeAll, describe, expect, it } from "vitest";
import { searchKnowledge, syncKnowledgeBase, KNOWLEDGE_ENTRIES } from "@atelier/core/knowledge/index";
import { vectorSearchAvailable } from "@atelier/db/vector";
import { useTestDatabase } from "../harness.ts";
import { seedSearchCatalogue, testEmbeddings } from "../search/seeded-catalogue.ts";
import { chatDeps, identityOf, post, userMessage } from "./world.ts";
import { makeUser } from "../harness.ts";

const h = useTestDatabase();
let seeded: Awaited<ReturnType<typeof seedSearchCatalogue>>;
/** PGlite has pgvector; Debian's PostgreSQL 15 does not, and there the knowledge base and "similar" fall back to full text. */
let vectors = false;

beforeAll(async () => {
  seeded = await seedSearchCatalogue(h.db);
  vectors = await vectorSearchAvailable(h.db);
});

/** Text that must never reach a person: class names of errors, stack frames, SQL. */
const INTERNAL = /AppError|TypeError|Error:|at \S+ \(|prisma|SELECT |undefined/;

function toolOutputs(r: Awaited<ReturnType<typeof post>>) {
  return r.chunks.flatMap((c) => (c.type === "tool-output-available" ? [(c as { output: unknown }).output] : []));
}

describe("the art knowledge base", () => {
  it("loads idempotently: a second sync writes nothing, and every entry is searchable", async () => {
    const first = await syncKnowledgeBase({ db: h.db, embeddings: testEmbeddings });
    expect(first.entries).toBe(KNOWLEDGE_ENTRIES.length);
    const again = await syncKnowledgeBase({ db: h.db, embeddings: testEmbeddings });
    expect(again).toMatchObject({ written: 0, removed: 0, embedded: vectors ? 0 : null });
    expect(await h.db.knowledgeEntry.count()).toBe(KNOWLEDGE_ENTRIES.length);
  });

  it("is retrieved by hybrid search: the entry named comes first, an unrelated question gets nothing", async () => {
    const r = await searchKnowledge({ db: h.db, embeddings: testEmbeddings }, "woodcut");
    expect(r.entries[0]?.slug).toBe("woodcut");
    expect(r.mode).toBe(vectors ? "hybrid" : "fulltext");
    expect((await searchKnowledge({ db: h.db, embeddings: testEmbeddings }, "how should I frame a watercolour")).entries.map((e) => e.slug)).toEqual(
      expect.arrayContaining([expect.stringMatching(/framing|watercolour|glazing|mount/)]),
    );
    expect((await searchKnowledge({ db: h.db, embeddings: null }, "etching")).entries[0]?.slug).toBe("etching");
    expect((await searchKnowledge({ db: h.db, embeddings: testEmbeddings }, "zxqv blorft")).entries).toEqual([]);
  });
});

describe("the offline patron assistant answers art questions from the knowledge base", () => {
  const QUESTIONS: [string, string][] = [
    ["what is a woodcut?", "woodcut"],
    ["What's a linocut?", "linocut"],
    ["what is giclée?", "giclee"],
    ["what is an artist's proof?", "artists-proof"],
    ["what does provenance mean?", "provenance"],
    ["what is encaustic painting?", "encaustic-painting"],
    ["explain impasto", "impasto"],
    ["what is a certificate of authenticity?", "certificate-of-authenticity"],
    ["how do I care for a watercolour?", "watercolour"],
    ["what is conservation framing?", "conservation-framing"],
    ["what is Impressionism?", "impressionism"],
    ["what is a limited edition?", "limited-edition"],
  ];

  it.each(QUESTIONS)("“%s” is answered with a cited entry and no error", async (question, slug) => {
    const r = await post(chatDeps(h.db, { identity: null }), { assistant: "patron", message: userMessage(question) });
    expect(r.res.status).toBe(200);
    expect(r.chunks.some((c) => c.type === "tool-output-error" || c.type === "error")).toBe(false);
    const entries = toolOutputs(r).flatMap((o) => (o as { entries?: { slug: string }[] }).entries ?? []);
    expect(entries.map((e) => e.slug).slice(0, 3), question).toContain(slug);
    // cited: a link to the entry's public page, and its sources named
    expect(r.text).toMatch(/\]\(\/learn\/[a-z0-9-]+\)/);
    expect(r.text).toMatch(/Sources: .+/);
    expect(r.text).not.toMatch(INTERNAL);
  });

  it("never shows an error string for something it does not know", async () => {
    for (const q of [
      "what is a zxqv blorft?",
      "tell me about Nonexistent Masterpiece",
      "something like Nonexistent Masterpiece",
      "how do I buy Nonexistent Masterpiece?",
    ]) {
      const r = await post(chatDeps(h.db, { identity: null }), { assistant: "patron", message: userMessage(q) });
      expect(
        r.chunks.some((c) => c.type === "tool-output-error" || c.type === "error"),
        q,
      ).toBe(false);
      expect(r.text, q).not.toMatch(INTERNAL);
      expect(r.text.length, q).toBeGreaterThan(20);
    }
  });

  it("“tell me about Indigo Hour” answers with the artwork (an exact title wins over the knowledge base)", async () => {
    const r = await post(chatDeps(h.db, { identity: null }), { assistant: "patron", message: userMessage("tell me about Indigo Hour") });
    expect(r.text).toContain("/artworks/indigo-hour");
  });
});

describe("similar and buy", () => {
  it("“something like Indigo Hour” never returns Indigo Hour and ranks the rest by similarity", async () => {
    const r = await post(chatDeps(h.db, { identity: null }), { assistant: "patron", message: userMessage("something like Indigo Hour") });
    const call = r.chunks.find((c) => c.type === "tool-input-available") as { toolName: string };
    expect(call.toolName).toBe("findSimilarArtworks");
    const out = toolOutputs(r)[0] as { artworks: { slug: string }[]; how: string };
    expect(out.artworks.length).toBeGreaterThan(0);
    expect(out.artworks.map((a) => a.slug)).not.toContain("indigo-hour");
    expect(r.text).not.toContain("](/artworks/indigo-hour) by");
    if (!vectors) return expect(out.how).not.toBe("vector");
    // ranked by the stored embeddings: the order is the nearest-neighbour order
    const rows = await h.db.$queryRaw<{ slug: string }[]>`
      SELECT a."slug" FROM "ArtworkEmbedding" e JOIN "Artwork" a ON a."id" = e."artworkId"
       WHERE a."slug" = ANY(${out.artworks.map((a) => a.slug)}::text[])
       ORDER BY e."embedding" <=> (SELECT "embedding" FROM "ArtworkEmbedding" WHERE "artworkId" = ${seeded.ids.get("indigo-hour")!})`;
    expect(out.how).toBe("vector");
    expect(out.artworks.map((a) => a.slug)).toEqual(rows.map((r) => r.slug));
  });

  it("“how do I buy Indigo Hour?” gives its availability, price, link and the real steps", async () => {
    const buyer = await makeUser(h.db, ["BUYER"]);
    const r = await post(chatDeps(h.db, { identity: identityOf(buyer) }), { assistant: "patron", message: userMessage("how do I buy Indigo Hour?") });
    const out = toolOutputs(r)[0] as { found: boolean; price: string; purchasable: boolean; url: string };
    expect(out).toMatchObject({ found: true, url: "/artworks/indigo-hour" });
    expect(r.text).toContain("[Indigo Hour](/artworks/indigo-hour)");
    expect(r.text).toContain(out.price);
    // the seeded artists have no Stripe account, so it is honestly not for sale yet
    if (out.purchasable) expect(r.text).toMatch(/Add to cart[\s\S]*Check out/);
    else expect(r.text).toMatch(/can't be bought right now/);
    expect(r.text).not.toMatch(INTERNAL);
  });
});
