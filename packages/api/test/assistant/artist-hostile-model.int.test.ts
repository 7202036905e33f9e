import { generateText, isStepCount } from "ai";
import { MockLanguageModelV4 } from "ai/test";
import { z } from "zod";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { artistAssistant } from "@atelier/core/assistant/artist/definition";
import { useTestDatabase } from "../harness.ts";
import { buildArtistWorld, snapshotArtist, type ArtistWorld } from "./artist-world.ts";
import { usage } from "./tool-helpers.ts";

const h = useTestDatabase();
let w: ArtistWorld;

beforeAll(async () => {
  w = await buildArtistWorld(h.db);
});
afterAll(() => w?.dispose());

type Call = { toolName: string; input: Record<string, unknown> };

/** A model that makes the given tool calls in its first step, then stops with a text answer. */
function modelCalling(calls: Call[]) {
  return new MockLanguageModelV4({
    doGenerate: [
      {
        content: calls.map((c, i) => ({ type: "tool-call" as const, toolCallId: `call-${i}`, toolName: c.toolName, input: JSON.stringify(c.input) })),
        finishReason: { unified: "tool-calls", raw: undefined },
        usage,
        warnings: [],
      },
      { content: [{ type: "text", text: "done" }], finishReason: { unified: "stop", raw: undefined }, usage, warnings: [] },
    ],
  });
}

async function runAs(userId: string, calls: Call[]) {
  const model = modelCalling(calls);
  const ctx = await w.ctx(userId, model);
  const result = await generateText({
    model,
    instructions: await artistAssistant.instructions(ctx),
    tools: artistAssistant.tools(ctx),
    prompt: "do it",
    stopWhen: isStepCount(5),
  });
  const parts = result.steps.flatMap((s) => s.content);
  return { result, errors: parts.filter((p) => p.type === "tool-error"), results: parts.filter((p) => p.type === "tool-result") };
}

const world = async () => ({
  total: await h.db.artwork.count(),
  other: await snapshotArtist(h.db, w.profiles.other.id),
  own: await h.db.artwork.findMany({ where: { artistId: w.profiles.owner.id }, orderBy: { id: "asc" } }),
});

const listing = { title: "Borrowed", medium: "Oil on canvas", widthCm: 50, heightCm: 70, description: "", suggestedPrice: 100 };

describe("a model that tries to overstep", () => {
  it("offers no tool that publishes, submits, reprices or names another artist", () => {
    const tools = artistAssistant.tools({} as never);
    expect(Object.keys(tools).sort()).toEqual([
      "describeArtwork",
      "draftInvoice",
      "draftListing",
      "lookUpArtKnowledge",
      "myArtworks",
      "myProfile",
      "mySales",
      "writeCopy",
    ]);
    expect([...artistAssistant.writeTools]).toEqual(["draftListing", "draftInvoice"]);
    // an invoice mails a real person: it runs only after the artist's click
    expect([...artistAssistant.confirmTools]).toEqual(["draftInvoice"]);
    const fields = Object.fromEntries(
      Object.entries(tools).map(([name, t]) => [
        name,
        Object.keys((z.toJSONSchema(t.inputSchema as z.ZodType, { io: "input" }) as { properties?: object }).properties ?? {}).sort(),
      ]),
    );
    expect(fields).toEqual({
      myProfile: [],
      myArtworks: ["status"], // a read filter
      mySales: ["year"], // a read filter: the caller's own statement
      writeCopy: ["artworkId", "brief", "kind"],
      lookUpArtKnowledge: ["limit", "query"], // reads the shared knowledge base only
      describeArtwork: ["artworkId"],
      // names, an email and a work's title: never an id, so it cannot bill for another artist's work
      draftInvoice: ["amount", "artwork", "balanceDueInDays", "buyerEmail", "buyerName", "currency", "depositPercent", "dueInDays", "memo", "title"],
      draftListing: ["category", "currency", "depthCm", "description", "heightCm", "medium", "suggestedPrice", "tags", "title", "widthCm", "year"],
    });
  });

  it("cannot draft a listing for another artist, or as published: the call fails and nothing is written", async () => {
    const before = await world();
    const { errors, results } = await runAs(w.users.owner.id, [
      { toolName: "draftListing", input: { ...listing, artistId: w.profiles.other.id } },
      { toolName: "draftListing", input: { ...listing, userId: w.users.other.id } },
      { toolName: "draftListing", input: { ...listing, status: "PUBLISHED" } },
    ]);
    expect(results).toHaveLength(0);
    expect(errors).toHaveLength(3);
    expect(await world()).toEqual(before);
  });

  it("cannot call tools that do not exist (publish, update price): nothing changes", async () => {
    const before = await world();
    const { errors, results } = await runAs(w.users.owner.id, [
      { toolName: "publishArtwork", input: { artworkId: w.artworks.sketch.id } },
      { toolName: "updateArtwork", input: { artworkId: w.artworks.harbour.id, priceAmount: 1 } },
      { toolName: "submitForReview", input: { artworkId: w.artworks.sketch.id } },
    ]);
    expect(results).toHaveLength(0);
    expect(errors.map((e) => e.toolName).sort()).toEqual(["publishArtwork", "submitForReview", "updateArtwork"]);
    expect(await world()).toEqual(before);
  });

  it("cannot read or describe another artist's artwork by id", async () => {
    const { errors, results } = await runAs(w.users.owner.id, [
      { toolName: "describeArtwork", input: { artworkId: w.artworks.othersWork.id } },
      { toolName: "writeCopy", input: { kind: "sales", artworkId: w.artworks.othersWork.id } },
    ]);
    expect(results).toHaveLength(0);
    expect(errors.map((e) => String(e.error))).toEqual([expect.stringMatching(/not found/i), expect.stringMatching(/not found/i)]);
    expect(JSON.stringify(errors)).not.toContain("Forest Woodcut");
  });

  it("a draftListing call with a valid input still only creates the caller's DRAFT", async () => {
    const before = await world();
    const { results } = await runAs(w.users.owner.id, [{ toolName: "draftListing", input: listing }]);
    expect(results).toHaveLength(1);
    const out = results[0]?.output as { id: string; status: string };
    expect(out.status).toBe("DRAFT");
    expect(await h.db.artwork.findUniqueOrThrow({ where: { id: out.id } })).toMatchObject({ artistId: w.profiles.owner.id, status: "DRAFT" });
    const after = await world();
    expect(after.total).toBe(before.total + 1);
    expect(after.other).toEqual(before.other);
  });

  it("is refused to a buyer, whatever the model calls", async () => {
    expect(artistAssistant.canUse(await w.identity(w.users.buyer.id))).toBe(false);
    expect(artistAssistant.canUse(null)).toBe(false);
    expect(artistAssistant.canUse(await w.identity(w.users.owner.id))).toBe(true);
    const before = await world();
    const { errors } = await runAs(w.users.buyer.id, [
      { toolName: "draftListing", input: listing },
      { toolName: "myArtworks", input: {} },
    ]);
    expect(errors).toHaveLength(2);
    expect(await world()).toEqual(before);
  });
});
