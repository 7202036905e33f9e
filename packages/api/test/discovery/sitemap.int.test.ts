import { publicSitemapEntries } from "@atelier/core/discovery/sitemap";
import { describe, expect, it } from "vitest";
import { useTestDatabase } from "../harness.ts";
import { makeArtist, makeArtwork } from "../orders/fixtures.ts";

const h = useTestDatabase();

describe("sitemap entries", () => {
  it("lists published and sold works and the artists who have one; never drafts, reviews, unpublished or archived work", async () => {
    const shown = await makeArtist(h.db, "Shown Artist");
    const hidden = await makeArtist(h.db, "Hidden Artist");
    const published = await makeArtwork(h.db, shown);
    const sold = await makeArtwork(h.db, shown);
    await h.db.artwork.update({ where: { id: sold.id }, data: { status: "SOLD" } });
    const notPublic = [];
    for (const status of ["DRAFT", "IN_REVIEW", "UNPUBLISHED", "ARCHIVED", "REJECTED"] as const) {
      const a = await makeArtwork(h.db, hidden);
      await h.db.artwork.update({ where: { id: a.id }, data: { status } });
      notPublic.push(a.slug);
    }
    const { artworks, artists } = await publicSitemapEntries(h.db);
    const slugs = artworks.map((a) => a.slug);
    expect(slugs).toEqual(expect.arrayContaining([published.slug, sold.slug]));
    for (const s of notPublic) expect(slugs).not.toContain(s);
    const artistSlugs = artists.map((a) => a.slug);
    const shownSlug = (await h.db.artistProfile.findUniqueOrThrow({ where: { id: shown.profileId } })).slug;
    const hiddenSlug = (await h.db.artistProfile.findUniqueOrThrow({ where: { id: hidden.profileId } })).slug;
    expect(artistSlugs).toContain(shownSlug);
    expect(artistSlugs).not.toContain(hiddenSlug);
    expect(artworks.every((a) => a.updatedAt instanceof Date)).toBe(true);
  });
});
