import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { processImage, storeProcessedImage } from "@atelier/core/images";
import { requestMissingMockups } from "@atelier/core/mockups/backfill";
import { mockupsOfArtwork } from "@atelier/core/mockups/read";
import { syncArtworkMockups } from "@atelier/core/mockups/sync";
import { localStorage, type Storage } from "@atelier/core/storage";
import type { Db } from "@atelier/db";
import { createTestDatabase, type TestDatabase } from "@atelier/db/testing";
import { artworkPublishedEvent, licensingTermsChangedEvent } from "@atelier/events";
import zlib from "node:zlib";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { generateMockups } from "../src/functions/generate-mockups.ts";
import { mockupsForTerms } from "../src/functions/mockups-for-terms.ts";
import { backfillMockups } from "../src/functions/backfill-mockups.ts";
import { createInProcessSender, drainJobs } from "../src/index.ts";

/** generate-mockups against a real database and a real (temporary) media folder: every allowed type, none other, no rework. */
let database: TestDatabase;
let db: Db;
let storage: Storage;
let root: string;
let n = 0;
const ALL_TYPES = ["giclee-print", "canvas", "poster", "postcard", "tote", "tshirt", "digital-download"];

beforeAll(async () => {
  database = await createTestDatabase();
  db = database.db;
  root = fs.mkdtempSync(path.join(os.tmpdir(), "atelier-mockups-"));
  storage = localStorage(root);
});
afterAll(async () => {
  await database?.dispose();
  fs.rmSync(root, { recursive: true, force: true });
});

/** A plain PNG (a colour with a dark disc), written by hand: this package has no image library of its own. */
function picture(width: number, height: number, colour = [192, 86, 59]) {
  const rows = Buffer.alloc((width * 3 + 1) * height);
  for (let y = 0; y < height; y++) {
    rows[y * (width * 3 + 1)] = 0;
    for (let x = 0; x < width; x++) {
      const disc = (x - width / 2) ** 2 + (y - height / 2) ** 2 < (Math.min(width, height) / 3) ** 2;
      const c = disc ? [31, 45, 74] : colour;
      rows.set(c, y * (width * 3 + 1) + 1 + x * 3);
    }
  }
  const crcTable = Array.from({ length: 256 }, (_, k) => {
    let c = k;
    for (let i = 0; i < 8; i++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    return c >>> 0;
  });
  const crc = (b: Buffer) => {
    let c = 0xffffffff;
    for (const byte of b) c = crcTable[(c ^ byte) & 0xff]! ^ (c >>> 8);
    return (c ^ 0xffffffff) >>> 0;
  };
  const chunk = (type: string, data: Buffer) => {
    const body = Buffer.concat([Buffer.from(type), data]);
    const out = Buffer.alloc(body.length + 8);
    out.writeUInt32BE(data.length, 0);
    body.copy(out, 4);
    out.writeUInt32BE(crc(body), body.length + 4);
    return out;
  };
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header.set([8, 2, 0, 0, 0], 8);
  const png = Buffer.concat([
    Buffer.from([137, 80, 78, 71, 13, 10, 26, 10]),
    chunk("IHDR", header),
    chunk("IDAT", zlib.deflateSync(rows)),
    chunk("IEND", Buffer.alloc(0)),
  ]);
  return new Uint8Array(png);
}

async function addImage(artworkId: string, bytes: Uint8Array, position = 0) {
  const stored = await storeProcessedImage(storage, artworkId, await processImage(bytes, { avifEffort: 0, variantFormats: ["webp"] }));
  return db.artworkImage.create({
    data: {
      artworkId,
      position,
      originalKey: stored.originalKey,
      mimeType: stored.mimeType,
      width: stored.width,
      height: stored.height,
      bytes: stored.bytes,
      dominantColor: stored.dominantColor,
      blurDataUrl: stored.blurDataUrl,
      variants: stored.variants as unknown as object[],
    },
  });
}

async function publishedArtwork(opts: { allowed?: string[] } = {}) {
  const user = await db.user.create({ data: { email: `mockups-${++n}@test.atelier`, name: "Mockup Artist" } });
  const profile = await db.artistProfile.create({ data: { userId: user.id, slug: `mockup-artist-${n}`, displayName: "Mockup Artist" } });
  if (opts.allowed)
    await db.artistLicensingTerms.create({
      data: {
        artistId: profile.id,
        royaltyBps: 1000,
        minimumPriceAmount: 500,
        minimumPriceCurrency: "EUR",
        maxDiscountBps: 2000,
        allowThirdPartyStores: false,
        allowedProductTypes: opts.allowed,
      },
    });
  const art = await db.artwork.create({
    data: {
      artistId: profile.id,
      slug: `mockup-work-${n}`,
      title: "Harbour Light",
      medium: "Oil on canvas",
      category: "PAINTING",
      widthTenths: 300,
      heightTenths: 400,
      priceAmount: 50_000,
      currency: "EUR",
      status: "PUBLISHED",
      publishedAt: new Date(),
    },
  });
  await addImage(art.id, picture(900, 1200));
  return { art, profile, user };
}

const filesExist = async (keys: string[]) => (await Promise.all(keys.map((k) => storage.exists(k)))).every(Boolean);

describe("generate-mockups", () => {
  it("draws one mockup per allowed product type with WebP variants, and a second run redraws nothing", async () => {
    const { art } = await publishedArtwork();
    const first = await syncArtworkMockups({ db, storage }, art.id);
    expect(first).toMatchObject({ status: "synced", removed: [] });
    const mockups = await mockupsOfArtwork(db, art.id);
    expect(mockups.map((m) => m.productTypeCode)).toEqual(ALL_TYPES);
    for (const m of mockups) {
      const variants = m.variants as { format: string; width: number; key: string }[];
      expect(variants.map((v) => v.format)).toEqual(variants.map(() => "webp"));
      expect(variants.map((v) => v.width)).toEqual(m.productTypeCode === "digital-download" ? [320, 640, 900] : [320, 640, 1200]);
      expect(await filesExist([m.originalKey, ...variants.map((v) => v.key)])).toBe(true);
      expect(m.blurDataUrl).toMatch(/^data:image\/webp;base64,/);
    }
    const giclee = mockups.find((m) => m.productTypeCode === "giclee-print")!;
    expect(giclee).toMatchObject({ productName: "Giclée print", variantName: "A4 (21 × 29.7 cm)", width: 1200, height: 1200 });
    const rows = await db.productMockup.findMany({ where: { artworkId: art.id }, orderBy: { productTypeCode: "asc" } });
    expect(new Set(rows.map((r) => r.sourceImageId)).size).toBe(1);

    const again = await syncArtworkMockups({ db, storage }, art.id);
    expect(again).toEqual({ status: "synced", drawn: [], unchanged: ALL_TYPES, removed: [] });
    expect(await db.productMockup.findMany({ where: { artworkId: art.id }, orderBy: { productTypeCode: "asc" } })).toEqual(rows);
  });

  it("draws only the types the terms allow, removes a type once it is disallowed, and redraws after a new primary image", async () => {
    const { art, profile } = await publishedArtwork({ allowed: ["poster", "tote"] });
    await syncArtworkMockups({ db, storage }, art.id);
    const before = await db.productMockup.findMany({ where: { artworkId: art.id }, orderBy: { productTypeCode: "asc" } });
    expect(before.map((m) => m.productTypeCode)).toEqual(["poster", "tote"]);

    await db.artistLicensingTerms.update({ where: { artistId: profile.id }, data: { allowedProductTypes: ["poster"], version: { increment: 1 } } });
    expect(await syncArtworkMockups({ db, storage }, art.id)).toEqual({ status: "synced", drawn: [], unchanged: ["poster"], removed: ["tote"] });
    const tote = before.find((m) => m.productTypeCode === "tote")!;
    expect(await storage.exists(tote.originalKey)).toBe(false);

    const image = await addImage(art.id, picture(1200, 900, [47, 107, 122]), -1);
    const redrawn = await syncArtworkMockups({ db, storage }, art.id);
    expect(redrawn).toMatchObject({ drawn: ["poster"] });
    const poster = await db.productMockup.findFirstOrThrow({ where: { artworkId: art.id } });
    expect(poster.sourceImageId).toBe(image.id);
    expect(poster.originalKey).not.toBe(before.find((m) => m.productTypeCode === "poster")!.originalKey);
    expect(await storage.exists(before.find((m) => m.productTypeCode === "poster")!.originalKey)).toBe(false);
  });

  it("a work that allows no product types gets none, and a draft is left alone", async () => {
    const { art } = await publishedArtwork({ allowed: [] });
    expect(await syncArtworkMockups({ db, storage }, art.id)).toEqual({ status: "synced", drawn: [], unchanged: [], removed: [] });
    expect(await mockupsOfArtwork(db, art.id)).toEqual([]);
    await db.artwork.update({ where: { id: art.id }, data: { status: "DRAFT" } });
    expect(await syncArtworkMockups({ db, storage }, art.id)).toEqual({ status: "not-public" });
  });

  it("runs in-process from artwork.published and from a change of terms, and the backfill asks only for what is missing", async () => {
    const { art, profile } = await publishedArtwork({ allowed: ["postcard"] });
    const functions = [generateMockups, mockupsForTerms, backfillMockups];
    const sender = createInProcessSender(db, { functions });
    const drain = () => drainJobs(db, { functions, deps: { storage, events: sender } });
    await sender.send(artworkPublishedEvent(art.id));
    expect(await drain()).toMatchObject({ succeeded: 1, failed: 0 });
    expect((await mockupsOfArtwork(db, art.id)).map((m) => m.productTypeCode)).toEqual(["postcard"]);

    const terms = await db.artistLicensingTerms.update({
      where: { artistId: profile.id },
      data: { allowedProductTypes: ["postcard", "canvas"], version: { increment: 1 } },
    });
    await sender.send(licensingTermsChangedEvent(profile.id, null, terms.version));
    expect(await drain()).toMatchObject({ succeeded: 2, failed: 0 });
    expect((await mockupsOfArtwork(db, art.id)).map((m) => m.productTypeCode)).toEqual(["canvas", "postcard"]);

    const other = await publishedArtwork({ allowed: ["poster"] });
    const another = await publishedArtwork({ allowed: ["tote"] });
    const asked = await requestMissingMockups({ db, events: sender });
    expect(asked.requested).toBeGreaterThanOrEqual(2);
    // asking again before the job ran queues nothing new (same work, same event id)
    await requestMissingMockups({ db, events: sender });
    expect(await db.jobRun.count({ where: { functionId: "backfill-mockups" } })).toBe(1);
    // one run draws them all, one work per step
    expect(await drain()).toMatchObject({ succeeded: 1, failed: 0 });
    expect((await mockupsOfArtwork(db, another.art.id)).map((m) => m.productTypeCode)).toEqual(["tote"]);
    expect((await mockupsOfArtwork(db, other.art.id)).map((m) => m.productTypeCode)).toEqual(["poster"]);
    expect((await requestMissingMockups({ db, events: sender })).requested).toBe(0);
  });
});
