import { vectorSearchAvailable } from "@atelier/db/vector";
import { TRPCError } from "@trpc/server";
import { beforeAll, describe, expect, it } from "vitest";
import { callerAs, makeUser, useTestDatabase } from "../harness.ts";
import { seedSearchCatalogue } from "./seeded-catalogue.ts";

const h = useTestDatabase();
let seeded: Awaited<ReturnType<typeof seedSearchCatalogue>>;
let vectors = false;
const PRIVATE = ["green-interval", "rowan-berries", "night-field"];

beforeAll(async () => {
  seeded = await seedSearchCatalogue(h.db);
  vectors = await vectorSearchAvailable(h.db);
}, 120_000);

const slugs = (items: { slug: string }[]) => items.map((i) => i.slug);

describe("artwork.moreLikeThis", () => {
  it("finds related work by other artists (vectors where there are, shared tags otherwise)", async () => {
    const caller = await callerAs(h.db, null);
    const res = await caller.artwork.moreLikeThis({ slug: "great-wave-small-boat", limit: 6 });
    expect(res.mode).toBe(vectors ? "vector" : "tags");
    expect(res.items.length).toBeGreaterThan(0);
    expect(slugs(res.items)).not.toContain("great-wave-small-boat");
    for (const i of res.items) expect(i.artist.slug).not.toBe("hana-sato");
    for (const hidden of PRIVATE) expect(slugs(res.items)).not.toContain(hidden);
  });

  it("small blue abstract → other blue abstracts first", async () => {
    const res = await (await callerAs(h.db, null)).artwork.moreLikeThis({ slug: "small-blue-study-i", limit: 3 });
    expect(slugs(res.items)).toContain("blue-grid-no-4");
  });

  it("falls back to shared tags for an artwork without an embedding", async () => {
    const id = seeded.ids.get("koi-circles")!;
    await h.db.artworkEmbedding.deleteMany({ where: { artworkId: id } });
    const res = await (await callerAs(h.db, null)).artwork.moreLikeThis({ slug: "koi-circles", limit: 4 });
    expect(res.mode).toBe("tags");
    expect(res.items.length).toBeGreaterThan(0);
  });

  it("is NOT_FOUND for a draft, and a bad limit is a field error", async () => {
    const caller = await callerAs(h.db, null);
    await expect(caller.artwork.moreLikeThis({ slug: "green-interval" })).rejects.toMatchObject({ code: "NOT_FOUND" });
    const err = await caller.artwork.moreLikeThis({ slug: "koi-circles", limit: 100 }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(TRPCError);
    expect((err as TRPCError).code).toBe("BAD_REQUEST");
  });
});

describe("artwork.recommended", () => {
  it("needs a signed-in user", async () => {
    await expect((await callerAs(h.db, null)).artwork.recommended({})).rejects.toMatchObject({ code: "UNAUTHORIZED" });
  });

  it("recommends available work near the buyer's favourites and from followed artists, never a favourite", async () => {
    const res = await (await callerAs(h.db, seeded.buyer.id)).artwork.recommended({ limit: 8 });
    expect(res.mode).toBe(vectors ? "vector" : "tags");
    expect(res.items).toHaveLength(8);
    const favourites = (await h.db.favorite.findMany({ where: { userId: seeded.buyer.id }, select: { artwork: { select: { slug: true } } } })).map(
      (f) => f.artwork.slug,
    );
    for (const s of slugs(res.items)) expect(favourites).not.toContain(s);
    for (const hidden of PRIVATE) expect(slugs(res.items)).not.toContain(hidden);
    for (const i of res.items) expect(i.status).toBe("PUBLISHED");
  });

  it("has nothing to go on for a new user, and uses follows alone when there are no favourites", async () => {
    const fresh = await makeUser(h.db);
    expect(await (await callerAs(h.db, fresh.id)).artwork.recommended({})).toEqual({ items: [], mode: "none" });
    await h.db.follow.create({ data: { userId: fresh.id, artistId: seeded.profiles.get("jonah-reyes")! } });
    const res = await (await callerAs(h.db, fresh.id)).artwork.recommended({ limit: 4 });
    expect(res.mode).toBe("following");
    for (const i of res.items) expect(i.artist.slug).toBe("jonah-reyes");
  });

  it("never recommends the user's own work", async () => {
    const artistUserId = (await h.db.artistProfile.findUniqueOrThrow({ where: { slug: "ada-novak" }, select: { userId: true } })).userId;
    await h.db.favorite.create({ data: { userId: artistUserId, artworkId: seeded.ids.get("small-blue-study-i")! } });
    const res = await (await callerAs(h.db, artistUserId)).artwork.recommended({ limit: 12 });
    for (const i of res.items) expect(i.artist.slug).not.toBe("ada-novak");
  });
});
