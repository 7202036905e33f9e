/**
 * The production renderer: the true-scale composite goes to an image model through the AI SDK
 * (`generateImage` with the composite as the image to edit), which is asked to make it look like a
 * photograph without moving or resizing the work. The caller falls back to the composite on any failure.
 */
import type { ImageModelV4 } from "@ai-sdk/provider";
import { generateImage } from "ai";
import sharp from "sharp";

/** The aspect ratios Gemini's image models accept. */
const ASPECT_RATIOS = ["1:1", "2:3", "3:2", "3:4", "4:3", "4:5", "5:4", "9:16", "16:9", "21:9"] as const;

/** The accepted aspect ratio nearest to width / height (by log ratio, so 2:1 and 1:2 are as far from 1:1). */
export function nearestAspectRatio(width: number, height: number): (typeof ASPECT_RATIOS)[number] {
  const want = Math.log(width / height);
  const value = (r: string) => {
    const [w, h] = r.split(":").map(Number) as [number, number];
    return Math.log(w / h);
  };
  return ASPECT_RATIOS.reduce((best, r) => (Math.abs(value(r) - want) < Math.abs(value(best) - want) ? r : best));
}

/** The model's picture may differ this much in proportions from the composite before we refuse it (its scale would be off). */
export const MAX_ASPECT_DRIFT = 0.04;

export const REALISTIC_RENDER_TIMEOUT_MS = 60_000;

export class RenderRefused extends Error {}

export function wallPrompt(work: { title: string; size: string; frame: string }): string {
  return [
    `This picture shows the artwork "${work.title}" (${work.size}, ${work.frame}) placed on a wall at its true size.`,
    "Make it look like an ordinary photograph of that artwork hanging on this wall:",
    "match the room's light, colour temperature, perspective, grain and shadows, with a natural shadow behind the frame.",
    "Keep the artwork exactly where it is and exactly the same size; do not change what it depicts, crop it or restyle it.",
    "Do not change anything else in the room, do not add or remove objects, and add no text.",
  ].join(" ");
}

export async function renderRealistically(
  model: ImageModelV4,
  composite: { jpeg: Uint8Array; width: number; height: number },
  work: { title: string; size: string; frame: string },
  opts: { timeoutMs?: number } = {},
): Promise<{ jpeg: Uint8Array; width: number; height: number }> {
  const result = await generateImage({
    model,
    prompt: { images: [composite.jpeg], text: wallPrompt(work) },
    aspectRatio: nearestAspectRatio(composite.width, composite.height),
    maxRetries: 1,
    abortSignal: AbortSignal.timeout(opts.timeoutMs ?? REALISTIC_RENDER_TIMEOUT_MS),
  });
  const image = result.image.uint8Array;
  const meta = await sharp(image).metadata();
  if (!meta.width || !meta.height) throw new RenderRefused("the image model returned a picture we could not read");
  const drift = Math.abs(meta.width / meta.height / (composite.width / composite.height) - 1);
  if (drift > MAX_ASPECT_DRIFT) throw new RenderRefused("the image model changed the picture's proportions, so its scale could not be trusted");
  const out = await sharp(image).resize(composite.width, composite.height, { fit: "fill" }).jpeg({ quality: 88 }).toBuffer();
  return { jpeg: new Uint8Array(out.buffer, out.byteOffset, out.byteLength), width: composite.width, height: composite.height };
}
