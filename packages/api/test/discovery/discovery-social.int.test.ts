import { beforeAll, describe, expect, it } from "vitest";
import { callerAs, makeUser, useTestDatabase } from "../harness.ts";
import { insertWorks, knownCatalogue, makeArtists } from "./catalogue.ts";

const h = useTestDatabase();
let artists: Awaited<ReturnType<typeof makeArtists>>;
const specs = knownCatalogue("social");
const idOf = async (slug: string) => (await h.db.artwork.findUniqueOrThrow({ where: { slug } })).id;

beforeAll(async () => {
  artists = await makeArtists(h.db, ["Mara Lindqvist", "Tomasz Wren"]);
  await insertWorks(
    h.db,
    artists.map((a) => a.id),
    specs.map((s) => ({ ...s, artist: s.artist % 2 })),
  );
});

describe("favourites", () => {
  it("are idempotent, private to each user, and only for public works", async () => {
    const alice = await makeUser(h.db);
    const bob = await makeUser(h.db);
    const a = await callerAs(h.db, alice.id);
    const b = await callerAs(h.db, bob.id);
    const id = await idOf("social-0");
    await a.artwork.favorite({ artworkId: id });
    await a.artwork.favorite({ artworkId: id });
    expect((await a.artwork.favorites()).map((f) => f.slug)).toEqual(["social-0"]);
    expect(await b.artwork.favorites()).toEqual([]);
    expect((await a.artwork.bySlug({ slug: "social-0" })).isFavorite).toBe(true);
    expect((await b.artwork.bySlug({ slug: "social-0" })).isFavorite).toBe(false);
    expect((await b.artwork.bySlug({ slug: "social-0" })).favoriteCount).toBe(1);

    const draft = specs.find((s) => s.status === "DRAFT")!;
    await expect(a.artwork.favorite({ artworkId: await idOf(draft.slug) })).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect(await h.db.favorite.count({ where: { userId: alice.id } })).toBe(1);

    await a.artwork.unfavorite({ artworkId: id });
    await a.artwork.unfavorite({ artworkId: id });
    expect(await a.artwork.favorites()).toEqual([]);
  });

  it("a favourited work that is later unpublished drops out of the list", async () => {
    const u = await makeUser(h.db);
    const c = await callerAs(h.db, u.id);
    await c.artwork.favorite({ artworkId: await idOf("social-1") });
    await h.db.artwork.update({ where: { slug: "social-1" }, data: { status: "UNPUBLISHED" } });
    expect(await c.artwork.favorites()).toEqual([]);
    await expect(c.artwork.bySlug({ slug: "social-1" })).rejects.toMatchObject({ code: "NOT_FOUND" });
  });
});

describe("follows", () => {
  it("are idempotent, counted, private, and you can't follow yourself", async () => {
    const fan = await makeUser(h.db);
    const f = await callerAs(h.db, fan.id);
    const artist = artists[0]!;
    expect((await f.artist.public.follow({ artistId: artist.id })).followerCount).toBe(1);
    expect((await f.artist.public.follow({ artistId: artist.id })).followerCount).toBe(1);
    expect((await f.artist.public.following()).map((a) => a.slug)).toEqual([artist.slug]);
    const page = await f.artist.public.bySlug({ slug: artist.slug });
    expect(page).toMatchObject({ isFollowing: true, followerCount: 1, isMe: false });
    expect(page.works.items.every((w) => w.artist.slug === artist.slug)).toBe(true);

    const other = await callerAs(h.db, (await makeUser(h.db)).id);
    expect(await other.artist.public.following()).toEqual([]);
    expect((await other.artist.public.bySlug({ slug: artist.slug })).isFollowing).toBe(false);

    const self = await callerAs(h.db, artist.userId);
    await expect(self.artist.public.follow({ artistId: artist.id })).rejects.toMatchObject({ code: "BAD_REQUEST" });
    await expect(f.artist.public.follow({ artistId: "nope" })).rejects.toMatchObject({ code: "NOT_FOUND" });

    await f.artist.public.unfollow({ artistId: artist.id });
    expect((await f.artist.public.unfollow({ artistId: artist.id })).followerCount).toBe(0);
  });

  it("lists artists with public work counts, paginated", async () => {
    const anon = await callerAs(h.db, null);
    const first = await anon.artist.public.list({ limit: 1 });
    const second = await anon.artist.public.list({ limit: 1, cursor: first.nextCursor });
    expect([...first.items, ...second.items].map((a) => a.displayName)).toEqual(["Mara Lindqvist", "Tomasz Wren"]);
    const publicCount = await h.db.artwork.count({ where: { artistId: artists[0]!.id, status: { in: ["PUBLISHED", "SOLD"] } } });
    expect(first.items[0]!.workCount).toBe(publicCount);
  });
});

describe("artwork pages", () => {
  it("bySlug is NOT_FOUND for non-public works even for the owner; moreFromArtist excludes the work itself", async () => {
    const draft = specs.find((s) => s.status === "DRAFT")!;
    const owner = await callerAs(h.db, artists[draft.artist % 2]!.userId);
    await expect(owner.artwork.bySlug({ slug: draft.slug })).rejects.toMatchObject({ code: "NOT_FOUND" });
    const anon = await callerAs(h.db, null);
    const more = await anon.artwork.moreFromArtist({ slug: "social-0" });
    expect(more.length).toBeGreaterThan(0);
    expect(more.map((m) => m.slug)).not.toContain("social-0");
    expect(more.every((m) => m.artist.id === artists[0]!.id && ["PUBLISHED", "SOLD"].includes(m.status))).toBe(true);
  });
});
