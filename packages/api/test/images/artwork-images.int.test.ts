import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { TRPCError } from "@trpc/server";
import { isAppError } from "@atelier/core/errors";
import { beforeAll, describe, expect, it } from "vitest";
import { appRouter, createContext } from "../../src/index.ts";
import { addArtworkImage, keysOfImage, parseVariants } from "@atelier/core/images";
import { localStorage, type Storage } from "@atelier/core/storage";
import { useTestDatabase } from "../harness.ts";
import { buildFixture, type Fixture } from "../authz/fixture.ts";
import { makeImage } from "./fixtures.ts";

const h = useTestDatabase();
let fx: Fixture;
let root: string;
let storage: Storage;
let jpeg: Uint8Array;

beforeAll(async () => {
  fx = await buildFixture(h.db);
  root = fs.mkdtempSync(path.join(os.tmpdir(), "atelier-images-"));
  storage = localStorage(root);
  jpeg = await makeImage({ width: 700, height: 500 });
});

function filesOnDisk(): string[] {
  return fs.existsSync(root) ? (fs.readdirSync(root, { recursive: true }) as string[]).filter((f) => fs.statSync(path.join(root, f)).isFile()) : [];
}

async function caller(userId: string | null) {
  return appRouter.createCaller(await createContext({ db: h.db, headers: new Headers(), getSessionUserId: async () => userId, storage }));
}

const add = (userId: string, artworkId: string, bytes = jpeg, altText = "") =>
  addArtworkImage({ db: h.db, storage }, { userId, artworkId, bytes, filename: "x.jpg", altText });

async function codeOf(p: Promise<unknown>): Promise<string> {
  try {
    await p;
    return "OK";
  } catch (e) {
    if (isAppError(e) || e instanceof TRPCError) return e.code;
    throw e;
  }
}

describe("adding images", () => {
  it("lets the owner upload: files stored, row recorded at the next position", async () => {
    const art = await fx.newArtwork();
    const first = await add(fx.users.owner.id, art.id, jpeg, "A blue field with a pale sun");
    const png = await makeImage({ width: 640, height: 640, format: "png" });
    const second = await addArtworkImage({ db: h.db, storage }, { userId: fx.users.owner.id, artworkId: art.id, bytes: png, filename: "renamed.jpg" });
    expect([first.position, second.position]).toEqual([0, 1]);
    expect(first.altText).toBe("A blue field with a pale sun");
    expect(second.mimeType).toBe("image/png"); // detected from bytes, not the .jpg name
    expect(first.dominantColor).toMatch(/^#[0-9a-f]{6}$/);
    const variants = parseVariants(first.variants);
    expect(variants.map((v) => `${v.format}${v.width}`)).toEqual(["avif320", "webp320", "avif640", "webp640", "avif700", "webp700"]);
    for (const key of keysOfImage(first)) expect(await storage.exists(key)).toBe(true);
    expect(first.originalKey).toMatch(new RegExp(`^artworks/${art.id}/[0-9a-f]{24}/original\\.jpg$`));
  });

  it("answers NOT_FOUND to another artist, a buyer and the admin, and stores nothing", async () => {
    const art = await fx.newArtwork();
    const before = filesOnDisk().length;
    for (const u of [fx.users.otherArtist, fx.users.buyer, fx.users.admin]) expect(await codeOf(add(u.id, art.id))).toBe("NOT_FOUND");
    expect(await codeOf(add(fx.users.owner.id, "does-not-exist"))).toBe("NOT_FOUND");
    expect(filesOnDisk().length).toBe(before);
    expect(await h.db.artworkImage.count({ where: { artworkId: art.id } })).toBe(0);
  });

  it("rejects a bad file with a field error and writes nothing", async () => {
    const art = await fx.newArtwork();
    const before = filesOnDisk().length;
    await expect(
      add(fx.users.owner.id, art.id, new TextEncoder().encode("<svg xmlns='http://www.w3.org/2000/svg'><script>alert(1)</script></svg>")),
    ).rejects.toMatchObject({
      code: "BAD_REQUEST",
      fieldErrors: { file: [expect.stringMatching(/SVG/)] },
    });
    expect(filesOnDisk().length).toBe(before);
    expect(await h.db.artworkImage.count({ where: { artworkId: art.id } })).toBe(0);
  });

  it("rejects alt text over 300 characters before storing anything", async () => {
    const art = await fx.newArtwork();
    expect(await codeOf(add(fx.users.owner.id, art.id, jpeg, "x".repeat(301)))).toBe("BAD_REQUEST");
    expect(await h.db.artworkImage.count({ where: { artworkId: art.id } })).toBe(0);
  });

  it("refuses a 13th image", async () => {
    const art = await fx.newArtwork();
    const small = await makeImage({ width: 240, height: 240 });
    for (let i = 0; i < 12; i++) await add(fx.users.owner.id, art.id, small);
    const before = filesOnDisk().length;
    await expect(add(fx.users.owner.id, art.id, small)).rejects.toMatchObject({
      code: "CONFLICT",
      fieldErrors: { file: [expect.stringMatching(/at most 12 images/)] },
    });
    expect(await h.db.artworkImage.count({ where: { artworkId: art.id } })).toBe(12);
    expect(filesOnDisk().length).toBe(before);
  });

  it("leaves no orphan files when the database write fails", async () => {
    const art = await fx.newArtwork();
    await h.db.$executeRawUnsafe(
      `CREATE OR REPLACE FUNCTION fail_image_insert() RETURNS trigger AS $$ BEGIN RAISE EXCEPTION 'simulated database failure'; END $$ LANGUAGE plpgsql`,
    );
    await h.db.$executeRawUnsafe(`CREATE TRIGGER fail_image_insert BEFORE INSERT ON "ArtworkImage" FOR EACH ROW EXECUTE FUNCTION fail_image_insert()`);
    const before = filesOnDisk().length;
    try {
      await expect(add(fx.users.owner.id, art.id)).rejects.toThrow(/simulated database failure/);
    } finally {
      await h.db.$executeRawUnsafe(`DROP TRIGGER fail_image_insert ON "ArtworkImage"`);
    }
    expect(filesOnDisk().length).toBe(before);
    expect(fs.existsSync(path.join(root, "artworks", art.id)) ? filesOnDisk().filter((f) => f.startsWith(`artworks/${art.id}/`)) : []).toEqual([]);
  });

  it("sends a published artwork back to review", async () => {
    const art = await fx.newArtwork({ status: "PUBLISHED" });
    await add(fx.users.owner.id, art.id);
    const row = await h.db.artwork.findUniqueOrThrow({ where: { id: art.id } });
    expect(row.status).toBe("IN_REVIEW");
    expect(row.submittedAt).toBeInstanceOf(Date);
  });
});

describe("managing images through tRPC", () => {
  it("reorders, sets primary, edits alt text and deletes (with files)", async () => {
    const art = await fx.newArtwork();
    const [a, b, c] = [await add(fx.users.owner.id, art.id), await add(fx.users.owner.id, art.id), await add(fx.users.owner.id, art.id)];
    const owner = await caller(fx.users.owner.id);

    const reordered = await owner.artwork.image.reorder({ artworkId: art.id, orderedImageIds: [c!.id, a!.id, b!.id] });
    expect(reordered.map((i) => i.id)).toEqual([c!.id, a!.id, b!.id]);

    const primary = await owner.artwork.image.setPrimary({ imageId: b!.id });
    expect(primary.map((i) => [i.id, i.position])).toEqual([
      [b!.id, 0],
      [c!.id, 1],
      [a!.id, 2],
    ]);

    const alt = await owner.artwork.image.updateAlt({ imageId: a!.id, altText: "  Detail of the lower edge  " });
    expect(alt.altText).toBe("Detail of the lower edge");
    await expect(owner.artwork.image.updateAlt({ imageId: a!.id, altText: "y".repeat(301) })).rejects.toMatchObject({ code: "BAD_REQUEST" });

    await owner.artwork.image.delete({ imageId: c!.id });
    for (const key of keysOfImage(c!)) expect(await storage.exists(key)).toBe(false);
    const list = await owner.artwork.image.list({ artworkId: art.id });
    expect(list.map((i) => [i.id, i.position])).toEqual([
      [b!.id, 0],
      [a!.id, 1],
    ]);
    // the admin can look, another artist cannot
    expect((await (await caller(fx.users.admin.id)).artwork.image.list({ artworkId: art.id })).length).toBe(2);
    expect(await codeOf((await caller(fx.users.otherArtist.id)).artwork.image.list({ artworkId: art.id }))).toBe("NOT_FOUND");
    expect(await codeOf((await caller(fx.users.otherArtist.id)).artwork.image.delete({ imageId: a!.id }))).toBe("NOT_FOUND");
    expect(await storage.exists(a!.originalKey)).toBe(true);
  });

  it("rejects an order that is not exactly the artwork's images", async () => {
    const art = await fx.newArtwork();
    const other = await fx.newArtwork();
    const [a, b] = [await add(fx.users.owner.id, art.id), await add(fx.users.owner.id, art.id)];
    const x = await add(fx.users.owner.id, other.id);
    const owner = await caller(fx.users.owner.id);
    for (const ids of [[a!.id], [a!.id, a!.id], [a!.id, b!.id, x!.id], [a!.id, x!.id], []]) {
      await expect(owner.artwork.image.reorder({ artworkId: art.id, orderedImageIds: ids })).rejects.toMatchObject({ code: "BAD_REQUEST" });
    }
    const list = await owner.artwork.image.list({ artworkId: art.id });
    expect(list.map((i) => i.id)).toEqual([a!.id, b!.id]);
  });

  it("moves a published artwork back to review when images are reordered or deleted", async () => {
    const art = await fx.newArtwork();
    const [a, b] = [await add(fx.users.owner.id, art.id), await add(fx.users.owner.id, art.id)];
    const owner = await caller(fx.users.owner.id);
    await h.db.artwork.update({ where: { id: art.id }, data: { status: "PUBLISHED", submittedAt: null } });
    await owner.artwork.image.reorder({ artworkId: art.id, orderedImageIds: [b!.id, a!.id] });
    expect((await h.db.artwork.findUniqueOrThrow({ where: { id: art.id } })).status).toBe("IN_REVIEW");
    await h.db.artwork.update({ where: { id: art.id }, data: { status: "PUBLISHED" } });
    await owner.artwork.image.delete({ imageId: a!.id });
    expect((await h.db.artwork.findUniqueOrThrow({ where: { id: art.id } })).status).toBe("IN_REVIEW");
  });
});
