export { embeddingText, embeddingContentHash, type EmbeddableArtwork } from "./text.ts";
export { LexicalHashEmbeddingModel, lexicalHashEmbedding, lexicalHashEmbeddingModel } from "./lexical-hash-model.ts";
export { EmbeddingDimensionsError, embeddingModelFromSettings, embeddingModelName, requireDimensions, type AtelierEmbeddingModel } from "./from-settings.ts";
