import { tool } from "ai";
import { z } from "zod";
import { textField } from "../schemas/text.ts";
import { searchKnowledge } from "../knowledge/search.ts";
import type { KnowledgeFact } from "../knowledge/entry.ts";
import type { AssistantToolContext } from "./definition.ts";

export const LOOK_UP_ART_KNOWLEDGE = "lookUpArtKnowledge";

/** How the assistants are told to use the knowledge base (added to both assistants' instructions). */
export const KNOWLEDGE_INSTRUCTIONS = `- For questions about art itself (techniques, mediums, movements, collecting and hanging, care and framing, editions, provenance, pricing, commissions, shipping, buying), call ${LOOK_UP_ART_KNOWLEDGE} first and answer from the entries it returns. Cite each entry you use by its title linked to its url, as markdown: [Woodcut](/learn/woodcut), and name its sources. If it returns nothing, say you have no entry on that rather than guessing.`;

/** Atelier's art knowledge base as a tool, the same for both assistants. */
export function knowledgeTools(ctx: AssistantToolContext) {
  return {
    [LOOK_UP_ART_KNOWLEDGE]: tool({
      description:
        "Look up Atelier's art knowledge base: short entries on techniques (woodcut, etching, giclée…), mediums, movements, curation, conservation and care, and the art market (editions, provenance, pricing, commissions, shipping). Returns entries with title, body, sources and a /learn url to cite.",
      inputSchema: z.object({
        query: textField({ min: 1, max: 200 }).describe("The subject asked about, e.g. 'woodcut' or 'how to frame a watercolour'"),
        limit: z.number().int().min(1).max(5).default(3),
      }),
      execute: async ({ query, limit }) => {
        const r = await searchKnowledge(ctx, query, limit);
        return { mode: r.mode, count: r.entries.length, entries: r.entries };
      },
    }),
  };
}

/** The offline assistants' answer from knowledge entries: the best one in full, cited with its page and sources, and related ones linked. */
export function knowledgeAnswer(entries: KnowledgeFact[]): string {
  const [main, ...more] = entries;
  if (!main) return "I don't have an entry on that in Atelier's art knowledge base yet. [Browse the knowledge base](/learn) or ask me to search the catalogue.";
  return [
    `[${main.title}](${main.url}): ${main.body}`,
    `Sources: ${main.sources.join("; ")}.`,
    more.length ? `Related: ${more.map((e) => `[${e.title}](${e.url})`).join(", ")}.` : "",
  ]
    .filter(Boolean)
    .join("\n\n");
}
