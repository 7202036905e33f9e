import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { callerAs, useTestDatabase } from "../harness.ts";
import { buildArtistWorld, snapshotArtist, type ArtistWorld } from "./artist-world.ts";
import { chatDeps, post, userMessage } from "./world.ts";

const h = useTestDatabase();
let w: ArtistWorld;

beforeAll(async () => {
  w = await buildArtistWorld(h.db);
});
afterAll(() => w?.dispose());

const deps = async (userId: string | null) => ({ ...chatDeps(h.db, { identity: userId ? await w.identity(userId) : null }), storage: w.storage });

describe("POST /api/chat with the artist assistant", () => {
  it("is for artists only: a buyer gets 403 and a visitor 401, and nothing is stored", async () => {
    const before = await h.db.conversation.count();
    const buyer = await post(await deps(w.users.buyer.id), { assistant: "artist", message: userMessage("write my bio") });
    expect(buyer.res.status).toBe(403);
    expect(((await buyer.res.json()) as { error: string }).error).toMatch(/artist/i);
    const visitor = await post(await deps(null), { assistant: "artist", message: userMessage("write my bio") });
    expect(visitor.res.status).toBe(401);
    expect(await h.db.conversation.count()).toBe(before);
  });

  it("drafts a listing from the conversation as a DRAFT of the calling artist, and nothing else changes", async () => {
    const otherBefore = await snapshotArtist(h.db, w.profiles.other.id);
    const mineBefore = await h.db.artwork.count({ where: { artistId: w.profiles.owner.id } });
    const r = await post(await deps(w.users.owner.id), {
      assistant: "artist",
      message: userMessage("draft a listing: Storm Light, oil on canvas, 60 x 80 cm, €900"),
    });
    expect(r.res.status).toBe(200);
    const out = r.chunks.find((c) => c.type === "tool-output-available") as { output: { id: string; status: string; editUrl: string } };
    expect(out.output.status).toBe("DRAFT");
    const created = await h.db.artwork.findUniqueOrThrow({ where: { id: out.output.id } });
    expect(created).toMatchObject({
      artistId: w.profiles.owner.id,
      status: "DRAFT",
      title: "Storm Light",
      widthTenths: 600,
      heightTenths: 800,
      priceAmount: 90_000,
      currency: "EUR",
    });
    expect(await h.db.artwork.count({ where: { artistId: w.profiles.owner.id } })).toBe(mineBefore + 1);
    expect(await snapshotArtist(h.db, w.profiles.other.id)).toEqual(otherBefore);
    expect(r.text).toContain(out.output.editUrl);
    // the conversation is the artist's, under the artist assistant
    const convo = await (await callerAs(h.db, w.users.owner.id)).assistant.conversation({ id: r.conversationId! });
    expect(convo.assistant).toBe("ARTIST");
  });

  it("describes the artist's own artwork from its stored image (offline: from the pixels)", async () => {
    const r = await post(await deps(w.users.owner.id), { assistant: "artist", message: userMessage("describe Harbour in Blue") });
    expect(r.res.status).toBe(200);
    const card = r.chunks.find((c) => c.type === "tool-output-available" && (c as { output: { description?: string } }).output.description) as {
      output: { description: string };
    };
    expect(card.output.description.toLowerCase()).toContain("blue");
    expect(r.text).toMatch(/offline/i);
  });

  it("a patron conversation cannot be continued with the artist assistant", async () => {
    const patron = await post(await deps(w.users.owner.id), { assistant: "patron", message: userMessage("prints") });
    const r = await post(await deps(w.users.owner.id), { assistant: "artist", conversationId: patron.conversationId, message: userMessage("write my bio") });
    expect(r.res.status).toBe(404);
  });
});
