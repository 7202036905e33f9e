import type { OfflineConversation, OfflineFile } from "@atelier/ai";
import { COPY_KINDS, COPY_MARKER, DESCRIBE_MARKER, readDataBlock } from "./nested-prompts.ts";
import { analyseImage } from "./offline-vision.ts";
import { offlineCopy, offlineDescription, type DescribeDetails } from "./offline-writer.ts";
import type { CopyData } from "./write-copy.ts";

/**
 * The offline model's answers to the tools' own nested calls (recognised by the marker in their
 * instructions, which only our tools write). Copy is composed from the data block; a description is
 * measured from the attached image's pixels. Null when the conversation is not a nested call.
 */
export async function answerNestedCall(conv: OfflineConversation): Promise<string | null> {
  if (conv.instructions.includes(COPY_MARKER)) return copyFromPrompt(conv);
  if (conv.instructions.includes(DESCRIBE_MARKER)) return describeFromPrompt(conv);
  return null;
}

function isCopyData(v: unknown): v is CopyData {
  const d = v as CopyData | null;
  return !!d && typeof d === "object" && (COPY_KINDS as readonly string[]).includes(d.kind) && typeof d.artist?.name === "string" && Array.isArray(d.artworks);
}

function copyFromPrompt(conv: OfflineConversation): string {
  const data = readDataBlock(conv.userText);
  if (!isCopyData(data)) return "The offline assistant could not read the artist data for this request, so it wrote nothing.";
  return offlineCopy(data);
}

function bytesOf(file: OfflineFile): Uint8Array | null {
  if (file.data instanceof Uint8Array) return file.data;
  if (typeof file.data === "string") {
    const base64 = file.data.startsWith("data:") ? file.data.slice(file.data.indexOf(",") + 1) : file.data;
    return new Uint8Array(Buffer.from(base64, "base64"));
  }
  return null; // a URL: the offline assistant does not fetch anything
}

async function describeFromPrompt(conv: OfflineConversation): Promise<string> {
  const details = readDataBlock(conv.userText) as DescribeDetails | null;
  const image = conv.userFiles.find((f) => f.mediaType.startsWith("image"));
  const bytes = image ? bytesOf(image) : null;
  if (!details || typeof details.title !== "string" || !bytes)
    return "The offline assistant could not read the image for this request, so it wrote no description.";
  try {
    return offlineDescription({ ...details, tags: Array.isArray(details.tags) ? details.tags : [] }, await analyseImage(bytes));
  } catch {
    return "The offline assistant could not decode the image, so it wrote no description.";
  }
}
