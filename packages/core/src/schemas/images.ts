import { z } from "zod";
import { idField, multilineText } from "./text.ts";

export const MAX_IMAGES_PER_ARTWORK = 12;
export const MAX_ALT_TEXT = 300;

const id = idField();

export const altTextSchema = multilineText({ max: MAX_ALT_TEXT, maxMessage: `Alt text can be at most ${MAX_ALT_TEXT} characters.` });

export const imageListInput = z.object({ artworkId: id });
export const imageReorderInput = z.object({
  artworkId: id,
  orderedImageIds: z.array(id).max(MAX_IMAGES_PER_ARTWORK, `An artwork has at most ${MAX_IMAGES_PER_ARTWORK} images.`),
});
export const imageIdInput = z.object({ imageId: id });
export const imageUpdateAltInput = z.object({ imageId: id, altText: altTextSchema });

/** The non-file fields of the multipart upload (POST /api/artworks/[id]/images). */
export const imageUploadFields = z.object({ artworkId: id, alt: altTextSchema.default("") });
