export * from "./env.ts";
export * from "./settings.ts";
export * from "./providers.ts";
export { OfflineLanguageModel, estimateTokens, wordChunks, type OfflinePolicy, type OfflineTurn, type OfflineModelOptions } from "./offline/model.ts";
export type { OfflineConversation, OfflineToolResult, OfflineFile } from "./offline/conversation.ts";

// embeddings (feat/search)
export * from "./embeddings/index.ts";
export { imageModelFromSettings } from "./image-models.ts";
