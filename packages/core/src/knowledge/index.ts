/** The art knowledge base: entries kept in the repo, loaded into KnowledgeEntry, found by hybrid search. */
export { KNOWLEDGE_ENTRIES, knowledgeEntry, entriesByTopic } from "./entries/index.ts";
export { KNOWLEDGE_TOPICS, TOPIC_LABELS, knowledgeFact, learnUrl, type KnowledgeEntryData, type KnowledgeFact, type KnowledgeTopic } from "./entry.ts";
export { syncKnowledgeBase, ensureKnowledgeBase, type KnowledgeSyncSummary } from "./sync.ts";
export { searchKnowledge, type KnowledgeSearchResult } from "./search.ts";
