import type { Db } from "@atelier/db";
import { beforeAll, describe, expect, it } from "vitest";
import { callerAs, makeUser, useTestDatabase } from "../harness.ts";
import { makeArtists } from "./catalogue.ts";

const h = useTestDatabase();
const BASE = Date.UTC(2026, 0, 1);
let n = 0;

async function work(db: Db, artistId: string, opts: { status?: "PUBLISHED" | "DRAFT" | "SOLD"; image?: boolean; favourites?: number } = {}) {
  const i = ++n;
  const status = opts.status ?? "PUBLISHED";
  const a = await db.artwork.create({
    data: {
      artistId,
      slug: `featured-${i}`,
      title: `Featured ${i}`,
      medium: "Oil on canvas",
      widthTenths: 500,
      heightTenths: 600,
      priceAmount: 10_000,
      currency: "EUR",
      status,
      publishedAt: status === "DRAFT" ? null : new Date(BASE + i * 60_000),
    },
  });
  if (opts.image !== false) {
    await db.artworkImage.create({
      data: {
        artworkId: a.id,
        position: 0,
        originalKey: `k/${i}`,
        mimeType: "image/webp",
        width: 800,
        height: 1000,
        bytes: 1,
        dominantColor: "#000000",
        blurDataUrl: "",
      },
    });
  }
  for (let f = 0; f < (opts.favourites ?? 0); f++) {
    const fan = await makeUser(db);
    await db.favorite.create({ data: { userId: fan.id, artworkId: a.id } });
  }
  return a.slug;
}

let slugs: Record<string, string>;

beforeAll(async () => {
  const [ana, ben, cy] = await makeArtists(h.db, ["Ana Featured", "Ben Featured", "Cy Featured"]);
  slugs = {
    anaTop: await work(h.db, ana!.id, { favourites: 4 }),
    anaSecond: await work(h.db, ana!.id, { favourites: 3 }),
    benOne: await work(h.db, ben!.id, { favourites: 1 }),
    benNewerNoFavs: await work(h.db, ben!.id),
    cyNoImage: await work(h.db, cy!.id, { favourites: 9, image: false }),
    cyDraft: await work(h.db, cy!.id, { favourites: 0, status: "DRAFT" }),
    cySold: await work(h.db, cy!.id, { favourites: 8, status: "SOLD" }),
  };
});

describe("artwork.featured (the landing page's hero)", () => {
  it("takes the most-favourited work of each artist first, then fills from the rest", async () => {
    const visitor = await callerAs(h.db, null);
    const featured = await visitor.artwork.featured({ limit: 3 });
    expect(featured.map((a) => a.slug)).toEqual([slugs.anaTop, slugs.benOne, slugs.anaSecond]);
    expect(featured.every((a) => a.image !== null && a.availability.state !== "sold")).toBe(true);
  });

  it("leaves out works without an image, unpublished and sold works", async () => {
    const featured = await (await callerAs(h.db, null)).artwork.featured({ limit: 12 });
    const shown = featured.map((a) => a.slug);
    expect(shown).toEqual([slugs.anaTop, slugs.benOne, slugs.anaSecond, slugs.benNewerNoFavs]);
    expect(shown).not.toContain(slugs.cyNoImage);
    expect(shown).not.toContain(slugs.cyDraft);
    expect(shown).not.toContain(slugs.cySold);
  });

  it("rejects a limit out of range with the field named", async () => {
    await expect((await callerAs(h.db, null)).artwork.featured({ limit: 50 })).rejects.toMatchObject({ code: "BAD_REQUEST" });
  });
});
