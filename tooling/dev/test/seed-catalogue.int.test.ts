import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { localStorage } from "@atelier/core/storage";
import { parseVariants } from "@atelier/core/images/urls";
import { hashPassword } from "@atelier/core/accounts/password";
import { DEMO_BUYER, seedDatabase } from "@atelier/db/seed";
import { DEMO_ARTWORKS } from "@atelier/db/seed/catalogue";
import { createTestDatabase, type TestDatabase } from "@atelier/db/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { seedCatalogue } from "../src/seed-catalogue.ts";
import { seedStores } from "../src/seed-stores.ts";
import { DEMO_SHOP_LISTINGS, DEMO_STORE, DEMO_STORE_LISTINGS } from "@atelier/db/seed/catalogue";

let t: TestDatabase;
let root: string;
const lines: string[] = [];

beforeAll(async () => {
  t = await createTestDatabase();
  root = fs.mkdtempSync(path.join(os.tmpdir(), "atelier-seed-"));
  const deps = { storage: localStorage(root), hashPassword, log: (l: string) => lines.push(l), imageSize: 400 };
  const { buyer } = await seedDatabase(t.db, { hashPassword }, { admin: { email: "admin@atelier.local", password: "atelier-admin" }, demoBuyer: true });
  await seedCatalogue(t.db, deps, buyer!.id);
  await seedCatalogue(t.db, deps, buyer!.id); // second run: nothing new
  await seedStores(t.db, deps);
  await seedStores(t.db, deps); // second run: nothing new
}, 240_000);
afterAll(async () => {
  await t?.dispose();
});

describe("demo catalogue seed", () => {
  it("opens a store with listings within the artists' terms, one store application to review, and artists' own shops", async () => {
    const store = await t.db.store.findUniqueOrThrow({ where: { slug: DEMO_STORE.slug }, include: { owner: { include: { roles: true } } } });
    expect(store.owner.roles.map((r) => r.role).sort()).toEqual(["BUYER", "STORE_OWNER"]);
    expect(await t.db.listing.count({ where: { storeId: store.id, status: "ACTIVE" } })).toBe(DEMO_STORE_LISTINGS.length);
    expect(await t.db.listing.count({ where: { seller: "ARTIST_SHOP", status: "ACTIVE" } })).toBe(DEMO_SHOP_LISTINGS.length);
    expect(await t.db.storeApplication.count({ where: { status: "PENDING" } })).toBe(1);
    expect(lines.filter((l) => l.startsWith("stores:")).at(-1)).toContain("0 listings added");
  });

  it("creates approved artists with profiles", async () => {
    const artists = await t.db.artistProfile.findMany({ include: { user: { include: { roles: true } } } });
    expect(artists.length).toBeGreaterThanOrEqual(4);
    for (const a of artists) {
      expect(a.user.roles.map((r) => r.role)).toContain("ARTIST");
      expect(a.bio.length).toBeGreaterThan(50);
      expect(a.statement.length).toBeGreaterThan(50);
      expect(a.location).toBeTruthy();
    }
  });

  it("creates a varied catalogue with the required statuses, and every artwork has 1–2 stored images", async () => {
    const works = await t.db.artwork.findMany({ include: { images: true } });
    expect(works.length).toBeGreaterThanOrEqual(48);
    const count = (s: string) => works.filter((w) => w.status === s).length;
    expect(count("IN_REVIEW")).toBe(1);
    expect(count("DRAFT")).toBe(2);
    expect(count("SOLD")).toBe(1);
    expect(count("PUBLISHED")).toBe(works.length - 4);
    expect(new Set(works.map((w) => w.kind))).toEqual(new Set(["ORIGINAL", "EDITION"]));
    const prices = works.map((w) => w.priceAmount);
    expect(Math.min(...prices)).toBeLessThanOrEqual(8_000);
    expect(Math.max(...prices)).toBeGreaterThanOrEqual(1_200_000);
    for (const medium of ["oil", "acrylic", "watercolour", "pigment print", "woodcut", "bronze", "stoneware", "mixed media"]) {
      expect(
        works.some((w) => w.medium.toLowerCase().includes(medium)),
        medium,
      ).toBe(true);
    }
    for (const w of works) {
      expect(w.images.length, w.slug).toBeGreaterThanOrEqual(1);
      expect(w.images.length, w.slug).toBeLessThanOrEqual(2);
      for (const img of w.images) {
        expect(fs.existsSync(path.join(root, img.originalKey))).toBe(true);
        const variants = parseVariants(img.variants);
        expect(variants.some((v) => v.format === "avif") && variants.some((v) => v.format === "webp")).toBe(true);
        for (const v of variants) expect(fs.existsSync(path.join(root, v.key))).toBe(true);
        expect(img.altText.length).toBeGreaterThan(5);
      }
    }
  });

  it("is idempotent", async () => {
    expect(lines.filter((l) => l.includes("images generated")).at(-1)).toMatch(/\(0 new\), 0 images generated/);
    const expected = DEMO_ARTWORKS.reduce((n, w) => n + (w.art.alt2 ? 2 : 1), 0);
    expect(await t.db.artworkImage.count()).toBe(expected);
    expect(await t.db.artwork.count()).toBe(DEMO_ARTWORKS.length);
  });

  it("has realistic search text: several small blue abstract paintings under €500", async () => {
    const hits = await t.db.$queryRaw<{ slug: string }[]>`
      SELECT slug FROM "Artwork"
      WHERE status = 'PUBLISHED' AND "priceAmount" < 50000 AND "searchVector" @@ websearch_to_tsquery('english', 'blue abstract')`;
    expect(hits.length).toBeGreaterThanOrEqual(4);
    expect(hits.map((h) => h.slug)).toContain("small-blue-study-i");
  });

  it("gives the demo buyer favourites and follows, and leaves a pending application", async () => {
    const buyer = await t.db.user.findUniqueOrThrow({ where: { email: DEMO_BUYER.email }, include: { favorites: true, follows: true } });
    expect(buyer.favorites.length).toBeGreaterThanOrEqual(5);
    expect(buyer.follows.length).toBeGreaterThanOrEqual(2);
    expect(await t.db.artistApplication.count({ where: { status: "PENDING" } })).toBe(1);
  });
});

describe("search relevance on the seeded catalogue (through artwork.search)", () => {
  // Each query a visitor might type, and a work that must be in the top 5.
  const cases: [query: string, expectedSlug: string][] = [
    ["Glen Coe", "rain-over-glen-coe"],
    ["koi", "koi-circles"],
    ["bronze bird", "small-bronze-bird"],
    ["Kreuzberg night", "night-shift-kreuzberg"],
    ["thistle", "thistle-study"],
    ["persimmon", "persimmons-risograph"], // stemming: the title says "Persimmons"
    ["fog", "raukar-in-fog"],
    ["Hana Sato", "koi-circles"], // the artist's name finds her work
    ["small blue study", "small-blue-study-i"],
  ];

  for (const [query, expected] of cases) {
    it(`"${query}" finds ${expected} in the top 5`, async () => {
      const { appRouter, createContext } = await import("@atelier/api");
      const caller = appRouter.createCaller(await createContext({ db: t.db, headers: new Headers(), getSessionUserId: async () => null }));
      const result = await caller.artwork.search({ q: query, limit: 5 });
      expect(result.items.map((i) => i.slug)).toContain(expected);
    });
  }

  it("edits move the index: a retitled work is found by its new title only", async () => {
    const { appRouter, createContext } = await import("@atelier/api");
    const caller = appRouter.createCaller(await createContext({ db: t.db, headers: new Headers(), getSessionUserId: async () => null }));
    await t.db.artwork.update({ where: { slug: "moss-garden" }, data: { title: "Lichen Courtyard" } });
    expect((await caller.artwork.search({ q: "lichen courtyard", limit: 5 })).items.map((i) => i.slug)).toContain("moss-garden");
    await t.db.artwork.update({ where: { slug: "moss-garden" }, data: { title: "Moss Garden" } });
    expect((await caller.artwork.search({ q: "lichen courtyard", limit: 5 })).items).toEqual([]);
  });
});
