import { describe, expect, it } from "vitest";
import { KNOWLEDGE_TOPICS } from "../entry.ts";
import { KNOWLEDGE_ENTRIES } from "./index.ts";

/** Sentences end with . ! or ? followed by a space and a capital (so "3/50" or "E.A. (" do not split). */
const sentences = (body: string) => body.split(/(?<=[.!?])\s+(?=[A-Z“"'])/u).filter(Boolean);

describe("the art knowledge base", () => {
  it("has a few hundred entries with unique, url-safe slugs", () => {
    expect(KNOWLEDGE_ENTRIES.length).toBeGreaterThanOrEqual(200);
    const slugs = KNOWLEDGE_ENTRIES.map((e) => e.slug);
    expect(new Set(slugs).size).toBe(slugs.length);
    for (const s of slugs) expect(s).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
  });

  it("gives every entry a title, 2–5 sentences, tags and named sources", () => {
    for (const e of KNOWLEDGE_ENTRIES) {
      expect(e.title.length, e.slug).toBeGreaterThan(2);
      const n = sentences(e.body).length;
      expect(n >= 2 && n <= 5, `${e.slug} has ${n} sentences`).toBe(true);
      expect(e.tags.length, e.slug).toBeGreaterThan(0);
      expect(e.sources.length, e.slug).toBeGreaterThan(0);
      expect(KNOWLEDGE_TOPICS).toContain(e.topic);
    }
  });

  it("covers every topic", () => {
    for (const topic of KNOWLEDGE_TOPICS) expect(KNOWLEDGE_ENTRIES.filter((e) => e.topic === topic).length, topic).toBeGreaterThanOrEqual(15);
  });
});
