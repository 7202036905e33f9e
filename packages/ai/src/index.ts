export * from "./settings.ts";

// embeddings (feat/search)
export * from "./embeddings/index.ts";
