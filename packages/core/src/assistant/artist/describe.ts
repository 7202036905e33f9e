import { AppError } from "../../errors.ts";
import { generateText } from "ai";
import { z } from "zod";
import { idField } from "../../schemas/text.ts";
import { pickVariant } from "../../images/urls.ts";
import { contentTypeForKey } from "../../storage/index.ts";
import type { AssistantToolContext } from "../definition.ts";
import { ownArtwork } from "./data.ts";
import { DESCRIBE_INSTRUCTIONS, dataBlock } from "./nested-prompts.ts";

export const describeArtworkInputSchema = z.strictObject({
  artworkId: idField().describe("One of the artist's own artworks (id from myArtworks)"),
});

/** Formats hosted vision models take everywhere (AVIF is not one of them). */
const MODEL_IMAGE_TYPES = new Set(["image/webp", "image/jpeg", "image/png"]);

/**
 * The bytes of the artwork's first image (by position): a ~1280 px WebP variant when there is one
 * (enough for a description, far smaller than the original), else the stored original.
 */
export async function loadFirstImage(ctx: AssistantToolContext, artworkId: string) {
  const image = await ctx.db.artworkImage.findFirst({
    where: { artworkId },
    orderBy: [{ position: "asc" }, { createdAt: "asc" }],
    select: { originalKey: true, variants: true, width: true, height: true },
  });
  if (!image) throw new AppError("PRECONDITION_FAILED", "This artwork has no image yet. Upload one in the studio first, then ask again.");
  const candidates = [pickVariant(image.variants, 1280, "webp")?.key, image.originalKey].filter((k): k is string => !!k);
  for (const key of candidates) {
    const mediaType = contentTypeForKey(key);
    if (!MODEL_IMAGE_TYPES.has(mediaType)) continue;
    const stored = await ctx.storage.get(key);
    if (stored) return { bytes: stored.bytes, mediaType, width: image.width, height: image.height };
  }
  throw new AppError("PRECONDITION_FAILED", "The artwork's image file could not be read from storage. Re-upload it in the studio.");
}

/**
 * A description of one of the caller's own artworks, from its stored image (sent to the configured
 * model as a file part) and its listing details. Returned for the artist to use; nothing is saved.
 */
export async function describeArtwork(ctx: AssistantToolContext, userId: string, artworkId: string, abortSignal?: AbortSignal) {
  const artwork = await ownArtwork(ctx.db, userId, artworkId);
  const image = await loadFirstImage(ctx, artwork.id);
  const details = {
    title: artwork.title,
    medium: artwork.medium,
    dimensions: artwork.dimensions,
    year: artwork.year,
    tags: artwork.tags,
    description: artwork.description,
  };
  const { text } = await generateText({
    model: ctx.model,
    instructions: DESCRIBE_INSTRUCTIONS,
    messages: [
      {
        role: "user",
        content: [
          { type: "text", text: `Describe this artwork.\n\n${dataBlock(details)}` },
          { type: "file", mediaType: image.mediaType, data: image.bytes },
        ],
      },
    ],
    abortSignal,
  });
  return { artworkId: artwork.id, title: artwork.title, description: text.trim(), saved: false as const };
}
