import { OfflineLanguageModel } from "@atelier/ai";
import { generateText, isStepCount, streamText, type ModelMessage } from "ai";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { artistAssistant } from "@atelier/core/assistant/artist/definition";
import { useTestDatabase } from "../harness.ts";
import { buildArtistWorld, snapshotArtist, type ArtistWorld } from "./artist-world.ts";

const h = useTestDatabase();
let w: ArtistWorld;

beforeAll(async () => {
  w = await buildArtistWorld(h.db);
});
afterAll(() => w?.dispose());

/** What the artist sees: the suggested copy or description (shown as a card) and the answer. */
function shown(r: { text: string; steps: { toolResults: { toolName: string; output: unknown }[] }[] }): string {
  const cards = r.steps.flatMap((s) =>
    s.toolResults.flatMap((t) => {
      const o = t.output as { text?: string; description?: string };
      return t.toolName === "writeCopy" && o.text ? [o.text] : t.toolName === "describeArtwork" && o.description ? [o.description] : [];
    }),
  );
  return [...cards, r.text].join("\n\n");
}

/** One chat turn through the real AI SDK loop, with the offline model playing the artist assistant. */
async function chat(userId: string, messages: string | ModelMessage[]) {
  const model = new OfflineLanguageModel(artistAssistant.offlinePolicy);
  const ctx = await w.ctx(userId, model);
  const r = await generateText({
    model,
    instructions: await artistAssistant.instructions(ctx),
    tools: artistAssistant.tools(ctx),
    ...(typeof messages === "string" ? { prompt: messages } : { messages }),
    stopWhen: isStepCount(5),
  });
  return { steps: r.steps, text: shown(r) };
}

const toolNames = (r: Awaited<ReturnType<typeof chat>>) => r.steps.flatMap((s) => s.toolCalls.map((c) => c.toolName));

describe("offline artist assistant, end to end", () => {
  it("a new work told in a sentence becomes a DRAFT listing", async () => {
    const r = await chat(w.users.owner.id, "I just finished a 40×50 oil on linen called Harbour at Night, €900");
    expect(toolNames(r)).toEqual(["draftListing"]);
    const row = await h.db.artwork.findFirstOrThrow({ where: { title: "Harbour at Night" } });
    expect(row).toMatchObject({
      artistId: w.profiles.owner.id,
      status: "DRAFT",
      medium: "Oil on linen",
      widthTenths: 400,
      heightTenths: 500,
      priceAmount: 90_000,
    });
    expect(r.text).toContain(`/studio/artworks/${row.id}`);
  });

  it("answers a question about the trade from the knowledge base, cited", async () => {
    const r = await chat(w.users.owner.id, "what is a giclée?");
    expect(toolNames(r)).toEqual(["lookUpArtKnowledge"]);
    expect(r.text).toContain("[Giclée (inkjet print)](/learn/giclee)");
    expect(r.text).toMatch(/Sources: /);
  });

  it("“draft a listing …” creates one DRAFT for the caller and links it", async () => {
    const before = await h.db.artwork.count();
    const othersBefore = await snapshotArtist(h.db, w.profiles.other.id);
    const r = await chat(w.users.owner.id, "Draft a listing: Harbour at Dusk, oil on canvas, 60 x 80 cm, €900");
    expect(toolNames(r)).toEqual(["draftListing"]);
    expect(await h.db.artwork.count()).toBe(before + 1);
    const row = await h.db.artwork.findFirstOrThrow({ where: { title: "Harbour at Dusk" } });
    expect(row).toMatchObject({
      artistId: w.profiles.owner.id,
      status: "DRAFT",
      medium: "Oil on canvas",
      widthTenths: 600,
      heightTenths: 800,
      priceAmount: 90_000,
      currency: "EUR",
    });
    expect(r.text).toContain(`/studio/artworks/${row.id}`);
    expect(r.text).toMatch(/draft/i);
    expect(r.text).toMatch(/not published/i);
    expect(r.text).toMatch(/offline assistant/i);
    expect(await snapshotArtist(h.db, w.profiles.other.id)).toEqual(othersBefore);
  });

  it("asks for what is missing instead of guessing, and writes nothing", async () => {
    const before = await h.db.artwork.count();
    const r = await chat(w.users.owner.id, "draft a listing for my new painting");
    expect(toolNames(r)).toEqual([]);
    expect(r.text).toMatch(/medium/);
    expect(r.text).toMatch(/size/);
    expect(r.text).toMatch(/price/);
    expect(await h.db.artwork.count()).toBe(before);
  });

  it("completes the listing from a follow-up message", async () => {
    const r = await chat(w.users.owner.id, [
      { role: "user", content: "draft a listing: Quiet Pier" },
      { role: "assistant", content: "To draft a listing I still need the medium …" },
      { role: "user", content: "acrylic on panel, 30 x 40 cm, 450 EUR" },
    ]);
    expect(toolNames(r)).toEqual(["draftListing"]);
    expect(await h.db.artwork.findFirstOrThrow({ where: { title: "Quiet Pier" } })).toMatchObject({
      artistId: w.profiles.owner.id,
      status: "DRAFT",
      priceAmount: 45_000,
    });
  });

  it("“describe <title>” resolves the artwork and describes its real colours", async () => {
    const r = await chat(w.users.owner.id, "Describe Harbour in Blue");
    expect(toolNames(r)).toEqual(["myArtworks", "describeArtwork"]);
    expect(r.steps[1]?.toolCalls[0]?.input).toEqual({ artworkId: w.artworks.harbour.id });
    // the fixture image is a #2f5d8a field with a cream (#e8d5a8) disc left of centre
    expect(r.text).toMatch(/Blue (fills most of the picture|leads the palette)/);
    expect(r.text).toContain("cream");
    expect(r.text).toContain("left of centre");
    expect(r.text).toContain("landscape format");
    expect(r.text).toMatch(/The mood is /);
    // copy a person would publish: no measurements of the photograph
    expect(r.text).not.toMatch(/\d+\s*%|\bpx\b|× 600/);
    expect(r.text).toMatch(/offline/i);
    expect(r.text).not.toMatch(/\bred\b/);
  });

  it("“describe my latest artwork” picks the newest one with an image", async () => {
    const r = await chat(w.users.owner.id, "describe my latest artwork");
    expect(toolNames(r)).toEqual(["myArtworks", "describeArtwork"]);
    expect(r.text).toContain("Harbour in Blue");
  });

  it("cannot describe another artist's work: it is not among the caller's artworks", async () => {
    const r = await chat(w.users.owner.id, "describe Forest Woodcut");
    expect(toolNames(r)).toEqual(["myArtworks"]);
    expect(r.text).toMatch(/couldn't find an artwork of yours/);
    expect(r.text).not.toMatch(/\bred\b/);
  });

  it("“write my bio” answers with copy from the artist's real name and place, and saves nothing", async () => {
    const profileBefore = await h.db.artistProfile.findUniqueOrThrow({ where: { id: w.profiles.owner.id } });
    const r = await chat(w.users.owner.id, "write my bio");
    expect(toolNames(r)).toEqual(["writeCopy"]);
    // the place is the artist's own location, never the payout country
    expect(r.text).toMatch(/Mara Quinn is an artist based in Galway( working in [^.]+)?\./);
    expect(r.text).not.toContain("Ireland");
    expect(r.text).toContain("I paint weather more than places."); // the statement, in the artist's words
    expect(r.text).toContain("Harbour in Blue");
    expect(r.text).toMatch(/not saved/);
    expect(r.text).toMatch(/Offline draft/);
    expect(r.text).not.toContain("Ivo Brandt");
    expect(await h.db.artistProfile.findUniqueOrThrow({ where: { id: w.profiles.owner.id } })).toEqual(profileBefore);
  });

  it("writes sales text about a named artwork with its real price", async () => {
    const r = await chat(w.users.owner.id, "write sales text for Harbour in Blue");
    expect(toolNames(r)).toEqual(["myArtworks", "writeCopy"]);
    expect(r.text).toContain("“Harbour in Blue” by Mara Quinn");
    expect(r.text).toContain("Price: €900."); // a price tag: whole amounts without zero cents
  });

  it("lists only the caller's artworks, with studio links", async () => {
    const r = await chat(w.users.owner.id, "show my artworks");
    expect(r.text).toContain(`[Harbour in Blue](/studio/artworks/${w.artworks.harbour.id})`);
    expect(r.text).not.toContain("Forest Woodcut");
  });

  it("explains what it can do, and that it is offline, for anything else", async () => {
    const r = await chat(w.users.owner.id, "hello");
    expect(toolNames(r)).toEqual([]);
    expect(r.text).toMatch(/offline artist assistant/);
    expect(r.text).toMatch(/never publish/);
  });

  it("streams the same way (streamText)", async () => {
    const model = new OfflineLanguageModel(artistAssistant.offlinePolicy);
    const ctx = await w.ctx(w.users.owner.id, model);
    const result = streamText({
      model,
      instructions: await artistAssistant.instructions(ctx),
      tools: artistAssistant.tools(ctx),
      prompt: "write my artist statement",
      stopWhen: isStepCount(5),
    });
    let streamed = "";
    for await (const delta of result.textStream) streamed += delta;
    expect(streamed).toMatch(/not saved/);
    expect(streamed).toMatch(/offline assistant/i);
    expect(shown({ text: streamed, steps: await result.steps })).toContain("I paint weather more than places.");
  });
});
