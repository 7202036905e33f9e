import type { KnowledgeEntryData, KnowledgeTopic } from "../entry.ts";
import { CARE_ENTRIES } from "./care.ts";
import { CURATION_ENTRIES } from "./curation.ts";
import { MARKET_ENTRIES } from "./market.ts";
import { MEDIUM_ENTRIES } from "./mediums.ts";
import { MOVEMENT_ENTRIES } from "./movements.ts";
import { PAINTING_TECHNIQUE_ENTRIES } from "./techniques-painting.ts";
import { PRINT_TECHNIQUE_ENTRIES } from "./techniques-print.ts";
import { OTHER_TECHNIQUE_ENTRIES } from "./techniques-other.ts";

/** Every entry of the art knowledge base, in the order of the files. */
export const KNOWLEDGE_ENTRIES: readonly KnowledgeEntryData[] = [
  ...PRINT_TECHNIQUE_ENTRIES,
  ...PAINTING_TECHNIQUE_ENTRIES,
  ...OTHER_TECHNIQUE_ENTRIES,
  ...MEDIUM_ENTRIES,
  ...MOVEMENT_ENTRIES,
  ...CURATION_ENTRIES,
  ...CARE_ENTRIES,
  ...MARKET_ENTRIES,
];

const bySlug = new Map(KNOWLEDGE_ENTRIES.map((e) => [e.slug, e]));

export function knowledgeEntry(slug: string): KnowledgeEntryData | undefined {
  return bySlug.get(slug);
}

export function entriesByTopic(topic: KnowledgeTopic): KnowledgeEntryData[] {
  return KNOWLEDGE_ENTRIES.filter((e) => e.topic === topic).sort((a, b) => a.title.localeCompare(b.title));
}
