export { processImage, variantWidths, MAX_PIXELS, MIN_SHORT_SIDE, MAX_LONG_SIDE, VARIANT_WIDTHS, type ProcessedImage } from "./process.ts";
export { sniffFormat, MAX_UPLOAD_BYTES, type ImageFormat } from "./detect.ts";
export { imagePipeline, createPipelineGate, MAX_CONCURRENT_PIPELINES, MAX_WAITING_PIPELINES, type PipelineGate, type PipelineStats } from "./pipeline-gate.ts";
export { storeProcessedImage, storeProcessedImageAt, removeKeys, keysOfImage, parseVariants, type ImageVariant, type StoredImage } from "./store.ts";
export { mediaUrl, pickVariant, srcSet } from "./urls.ts";
export {
  addArtworkImage,
  listArtworkImages,
  reorderArtworkImages,
  setPrimaryImage,
  updateImageAltText,
  deleteArtworkImage,
  imageSelect,
  type ImageDeps,
} from "./artwork-images.ts";
