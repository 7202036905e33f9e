/** The topics of the art knowledge base, in the order the /learn index shows them. */
export const KNOWLEDGE_TOPICS = ["technique", "medium", "movement", "curation", "care", "market"] as const;
export type KnowledgeTopic = (typeof KNOWLEDGE_TOPICS)[number];

export const TOPIC_LABELS: Record<KnowledgeTopic, string> = {
  technique: "Techniques",
  medium: "Mediums and materials",
  movement: "Movements and styles",
  curation: "Collecting and curating",
  care: "Conservation and care",
  market: "Buying, selling and the art market",
};

/**
 * One short entry, written in our own words. `sources` names where a reader can go further (a
 * glossary, a museum's guide, a standard); the text is not copied from them.
 */
export interface KnowledgeEntryData {
  /** url-safe id: /learn/<slug> */
  slug: string;
  title: string;
  topic: KnowledgeTopic;
  /** 2–5 sentences */
  body: string;
  tags: string[];
  sources: string[];
}

/** A knowledge entry as the assistants and pages see it, with its public page. */
export interface KnowledgeFact {
  slug: string;
  title: string;
  topic: KnowledgeTopic;
  body: string;
  tags: string[];
  sources: string[];
  url: string;
}

export const learnUrl = (slug: string) => `/learn/${slug}`;

export function knowledgeFact(e: KnowledgeEntryData): KnowledgeFact {
  return { slug: e.slug, title: e.title, topic: e.topic, body: e.body, tags: e.tags, sources: e.sources, url: learnUrl(e.slug) };
}

/** Helper for the entry files: `entry("woodcut", "Woodcut", "technique", "…", ["print"], ["Tate Art Terms: Woodcut"])`. */
export function entry(slug: string, title: string, topic: KnowledgeTopic, body: string, tags: string[], sources: string[]): KnowledgeEntryData {
  return { slug, title, topic, body, tags, sources };
}
