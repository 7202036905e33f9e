import { generateText } from "ai";
import { z } from "zod";
import { idField, multilineText } from "../../schemas/text.ts";
import type { AssistantToolContext } from "../definition.ts";
import { ownArtwork, ownArtworks, ownProfile, type OwnArtwork } from "./data.ts";
import { COPY_KINDS, copyInstructions, dataBlock, type CopyKind } from "./nested-prompts.ts";

export const writeCopyInputSchema = z.strictObject({
  kind: z.enum(COPY_KINDS),
  brief: multilineText({ max: 2000 }).optional().describe("What the artist asked for: occasion, tone, length, the work or show it is about"),
  artworkId: idField().optional().describe("One of the artist's own artworks (id from myArtworks), when the copy is about it"),
});
export type WriteCopyInput = z.infer<typeof writeCopyInputSchema>;

/** What a nested copy prompt carries: the artist's own data, and nothing else. */
export interface CopyData {
  kind: CopyKind;
  brief: string | null;
  /** the artist's own words and places; not the payout country (where their bank is, not necessarily where they work) */
  artist: { name: string; location: string | null; bio: string; statement: string; website: string | null; instagram: string | null };
  focus: CopyArtwork | null;
  artworks: CopyArtwork[];
}

export type CopyArtwork = Pick<OwnArtwork, "title" | "medium" | "dimensions" | "year" | "tags" | "description" | "kind" | "editionSize" | "status"> & {
  price: string;
};

const forCopy = (a: OwnArtwork): CopyArtwork => ({
  title: a.title,
  medium: a.medium,
  dimensions: a.dimensions,
  year: a.year,
  tags: a.tags,
  description: a.description,
  kind: a.kind,
  editionSize: a.editionSize,
  status: a.status,
  price: a.price.display,
});

/** Published work first (that is what copy is usually about), then the newest of the rest. */
function pickArtworks(all: OwnArtwork[], max: number): OwnArtwork[] {
  const published = all.filter((a) => a.status === "PUBLISHED" || a.status === "SOLD");
  const rest = all.filter((a) => !published.includes(a) && a.status !== "ARCHIVED");
  return [...published, ...rest].slice(0, max);
}

export async function loadCopyData(ctx: AssistantToolContext, userId: string, input: WriteCopyInput): Promise<CopyData> {
  const [profile, artworks, focus] = await Promise.all([
    ownProfile(ctx.db, userId),
    ownArtworks(ctx.db, userId, { limit: 50 }),
    input.artworkId ? ownArtwork(ctx.db, userId, input.artworkId) : Promise.resolve(null),
  ]);
  return {
    kind: input.kind,
    brief: input.brief?.trim() || null,
    artist: {
      name: profile.displayName,
      location: profile.location,
      bio: profile.bio,
      statement: profile.statement,
      website: profile.website,
      instagram: profile.instagram,
    },
    focus: focus ? forCopy(focus) : null,
    artworks: pickArtworks(artworks, 8).map(forCopy),
  };
}

/** Which of the artist's data the copy was based on, so the artist can check it. */
function basedOnOf(data: CopyData) {
  const a = data.artist;
  const profileFields = Object.entries({ name: a.name, location: a.location, bio: a.bio, statement: a.statement, website: a.website, instagram: a.instagram })
    .filter(([, v]) => typeof v === "string" && v.trim() !== "")
    .map(([k]) => k);
  return { profileFields, artwork: data.focus?.title ?? null, artworks: data.artworks.map((w) => w.title) };
}

/**
 * Copy for the artist to accept or edit: written by a nested call to the configured model from the
 * artist's own data. It is only returned — nothing is saved.
 */
export async function writeCopy(ctx: AssistantToolContext, userId: string, input: WriteCopyInput, abortSignal?: AbortSignal) {
  const data = await loadCopyData(ctx, userId, input);
  const request = data.brief ? `The artist asks: ${data.brief}` : "Write it from the data.";
  const { text } = await generateText({
    model: ctx.model,
    instructions: copyInstructions(input.kind),
    prompt: `${request}\n\n${dataBlock(data)}`,
    abortSignal,
  });
  return { kind: input.kind, text: text.trim(), basedOn: basedOnOf(data), saved: false as const };
}
