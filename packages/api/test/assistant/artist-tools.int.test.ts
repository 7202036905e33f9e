import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { artistTools } from "@atelier/core/assistant/artist/tools";
import { useTestDatabase } from "../harness.ts";
import { buildArtistWorld, snapshotArtist, type ArtistWorld } from "./artist-world.ts";
import { codeOf, run, textModel } from "./tool-helpers.ts";

const h = useTestDatabase();
let w: ArtistWorld;

beforeAll(async () => {
  w = await buildArtistWorld(h.db);
});
afterAll(() => w?.dispose());

const toolsFor = async (userId: string | null, model = textModel("unused")) => artistTools(await w.ctx(userId, model));

const counts = async () => ({
  artworks: await h.db.artwork.count(),
  images: await h.db.artworkImage.count(),
  profiles: await h.db.artistProfile.count(),
  users: await h.db.user.count(),
});

describe("draftListing", () => {
  const listing = {
    title: "Storm over Inishmore",
    medium: "Oil on linen",
    widthCm: 60,
    heightCm: 80.5,
    description: "Grey sea, green light.",
    suggestedPrice: 1200.5,
    currency: "EUR" as const,
    tags: ["Sea", "sea", "storm"],
    year: 2024,
  };

  it("creates exactly one DRAFT owned by the calling artist, and nothing else", async () => {
    const tools = await toolsFor(w.users.owner.id);
    const before = await counts();
    const othersBefore = await snapshotArtist(h.db, w.profiles.other.id);
    const ownBefore = await h.db.artwork.findMany({ where: { artistId: w.profiles.owner.id }, orderBy: { id: "asc" } });

    const out = await run(tools.draftListing, listing);

    expect(out).toMatchObject({ status: "DRAFT", editUrl: `/studio/artworks/${out.id}`, title: "Storm over Inishmore" });
    expect(await counts()).toEqual({ ...before, artworks: before.artworks + 1 });
    const row = await h.db.artwork.findUniqueOrThrow({ where: { id: out.id } });
    expect(row).toMatchObject({
      artistId: w.profiles.owner.id,
      status: "DRAFT",
      slug: out.slug,
      title: "Storm over Inishmore",
      medium: "Oil on linen",
      widthTenths: 600,
      heightTenths: 805,
      depthTenths: null,
      dimensionUnit: "CM",
      priceAmount: 120_050,
      currency: "EUR",
      kind: "ORIGINAL",
      tags: ["sea", "storm"],
      year: 2024,
      publishedAt: null,
      submittedAt: null,
    });
    // the caller's other artworks and everything of the other artist are untouched
    expect(await snapshotArtist(h.db, w.profiles.other.id)).toEqual(othersBefore);
    expect(await h.db.artwork.findMany({ where: { artistId: w.profiles.owner.id, id: { not: out.id } }, orderBy: { id: "asc" } })).toEqual(ownBefore);
  });

  it("answers bad input with field errors under the tool's field names and writes nothing", async () => {
    const tools = await toolsFor(w.users.owner.id);
    const before = await counts();
    const bad = { ...listing, title: " ", widthCm: -5, suggestedPrice: 0, currency: "EUR" as const };
    await expect(run(tools.draftListing, bad)).rejects.toMatchObject({
      code: "BAD_REQUEST",
      fieldErrors: { title: [expect.any(String)], widthCm: [expect.any(String)], suggestedPrice: [expect.stringMatching(/more than zero/)] },
    });
    await expect(run(tools.draftListing, { ...listing, suggestedPrice: 12.345 })).rejects.toMatchObject({
      fieldErrors: { suggestedPrice: [expect.stringMatching(/decimals/)] },
    });
    expect(await counts()).toEqual(before);
  });

  it("refuses fields the model may not set (artist, status, slug): nothing is written", async () => {
    const tools = await toolsFor(w.users.owner.id);
    const before = await counts();
    const sneaky = { ...listing, artistId: w.profiles.other.id, status: "PUBLISHED", slug: "taken" } as unknown as typeof listing;
    await expect(run(tools.draftListing, sneaky)).rejects.toMatchObject({
      code: "BAD_REQUEST",
      fieldErrors: { _form: [expect.stringMatching(/artistId|status|slug/)] },
    });
    expect(await counts()).toEqual(before);
  });

  it("is refused to a visitor, a buyer and an artist without a profile", async () => {
    const before = await counts();
    expect(await codeOf(run((await toolsFor(null)).draftListing, listing))).toBe("UNAUTHORIZED");
    expect(await codeOf(run((await toolsFor(w.users.buyer.id)).draftListing, listing))).toBe("FORBIDDEN");
    const { makeUser } = await import("../harness.ts");
    const noProfile = await makeUser(h.db, ["ARTIST"]);
    expect(await codeOf(run((await toolsFor(noProfile.id)).draftListing, listing))).toBe("PRECONDITION_FAILED");
    expect((await counts()).artworks).toBe(before.artworks);
  });
});

describe("reading own data", () => {
  it("myArtworks lists only the caller's artworks, any status", async () => {
    const mine = await run((await toolsFor(w.users.owner.id)).myArtworks, {});
    const ids = mine.items.map((a) => a.id);
    expect(ids).toEqual(expect.arrayContaining([w.artworks.harbour.id, w.artworks.sketch.id]));
    expect(ids).not.toContain(w.artworks.othersWork.id);
    const expected = await h.db.artwork.count({ where: { artistId: w.profiles.owner.id } });
    expect(mine.count).toBe(expected);
    const harbour = mine.items.find((a) => a.id === w.artworks.harbour.id);
    expect(harbour).toMatchObject({
      slug: w.artworks.harbour.slug,
      title: "Harbour in Blue",
      status: "PUBLISHED",
      price: { amount: 90_000, currency: "EUR", display: "€900" },
      dimensions: "60 × 80 cm",
      imageCount: 1,
    });
    const drafts = await run((await toolsFor(w.users.owner.id)).myArtworks, { status: "DRAFT" });
    expect(drafts.items.every((a) => a.status === "DRAFT")).toBe(true);
    expect(drafts.items.map((a) => a.id)).toContain(w.artworks.sketch.id);
  });

  it("myProfile is the caller's own profile", async () => {
    const p = await run((await toolsFor(w.users.owner.id)).myProfile, {});
    expect(p).toMatchObject({ displayName: "Mara Quinn", location: "Galway", country: "IE", website: "https://maraquinn.example" });
  });
});

describe("describeArtwork", () => {
  it("sends the caller's own stored image to the model as a file part", async () => {
    const model = textModel("A deep blue field with a pale round form.");
    const out = await run((await toolsFor(w.users.owner.id, model)).describeArtwork, { artworkId: w.artworks.harbour.id });
    expect(out).toEqual({ artworkId: w.artworks.harbour.id, title: "Harbour in Blue", description: "A deep blue field with a pale round form.", saved: false });
    const prompt = model.doGenerateCalls[0]?.prompt ?? [];
    const files = prompt.flatMap((m) => (m.role === "user" ? m.content.filter((p) => p.type === "file") : []));
    expect(files).toHaveLength(1);
    expect(files[0]?.mediaType).toBe("image/webp");
  });

  it("answers NOT_FOUND for another artist's artwork and never calls the model", async () => {
    const model = textModel("should not be used");
    const tools = await toolsFor(w.users.owner.id, model);
    expect(await codeOf(run(tools.describeArtwork, { artworkId: w.artworks.othersWork.id }))).toBe("NOT_FOUND");
    expect(await codeOf(run(tools.describeArtwork, { artworkId: "does-not-exist" }))).toBe("NOT_FOUND");
    expect(model.doGenerateCalls).toHaveLength(0);
  });

  it("says clearly when the artwork has no image yet", async () => {
    const tools = await toolsFor(w.users.owner.id);
    await expect(run(tools.describeArtwork, { artworkId: w.artworks.sketch.id })).rejects.toMatchObject({
      code: "PRECONDITION_FAILED",
      message: expect.stringMatching(/no image/),
    });
  });
});

describe("writeCopy", () => {
  it("returns the model's copy from the artist's own data and saves nothing", async () => {
    const model = textModel("  Mara Quinn is a painter from Galway.  ");
    const tools = await toolsFor(w.users.owner.id, model);
    const profileBefore = await h.db.artistProfile.findUniqueOrThrow({ where: { id: w.profiles.owner.id } });
    const before = await counts();
    const out = await run(tools.writeCopy, { kind: "bio", brief: "for a gallery in Cork" });
    expect(out).toMatchObject({
      kind: "bio",
      text: "Mara Quinn is a painter from Galway.",
      saved: false,
      basedOn: { profileFields: expect.arrayContaining(["name", "location", "bio"]) },
    });
    expect(out.basedOn.artworks).toContain("Harbour in Blue");
    expect(out.basedOn.artworks).not.toContain("Forest Woodcut");
    expect(await counts()).toEqual(before);
    expect(await h.db.artistProfile.findUniqueOrThrow({ where: { id: w.profiles.owner.id } })).toEqual(profileBefore);
    const sent = JSON.stringify(model.doGenerateCalls[0]?.prompt);
    expect(sent).toContain("Galway");
    expect(sent).not.toContain("Ivo Brandt");
  });

  it("refuses an artworkId that is not the caller's", async () => {
    const model = textModel("unused");
    const tools = await toolsFor(w.users.owner.id, model);
    expect(await codeOf(run(tools.writeCopy, { kind: "artwork-description", artworkId: w.artworks.othersWork.id }))).toBe("NOT_FOUND");
    expect(model.doGenerateCalls).toHaveLength(0);
  });
});
