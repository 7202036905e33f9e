import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import zlib from "node:zlib";
import { defaultCoreSettings, type CoreSettings } from "@atelier/core/env";
import { imagePipeline, MAX_CONCURRENT_PIPELINES } from "@atelier/core/images";
import { localStorage, type Storage } from "@atelier/core/storage";
import { beforeAll, describe, expect, it } from "vitest";
import { handleImageUpload } from "../../src/http/image-upload.ts";
import { buildFixture, type Fixture } from "../authz/fixture.ts";
import { callerAs, useTestDatabase } from "../harness.ts";
import { makeImage } from "./fixtures.ts";

/** Uploads cannot stall the server: a pipeline that decodes one image at a time, a header check first, a per-user rate limit. */
const h = useTestDatabase();
let fx: Fixture;
let storage: Storage;
beforeAll(async () => {
  fx = await buildFixture(h.db);
  storage = localStorage(fs.mkdtempSync(path.join(os.tmpdir(), "atelier-upload-limits-")));
});

function upload(artworkId: string, file: Uint8Array, userId: string, opts: { settings?: CoreSettings; clock?: () => Date } = {}) {
  const form = new FormData();
  form.set("file", new File([file as BlobPart], "work.png", { type: "image/png" }));
  const req = new Request(`http://localhost/api/artworks/${artworkId}/images`, { method: "POST", body: form });
  return handleImageUpload(req, artworkId, { db: h.db, storage, getSessionUserId: async () => userId, ...opts });
}

/** A small real PNG whose header declares width×height (a decompression bomb's shape). */
async function declaring(width: number, height: number) {
  const png = Buffer.from(await makeImage({ width: 300, height: 300, format: "png" }));
  png.writeUInt32BE(width, 16);
  png.writeUInt32BE(height, 20);
  png.writeUInt32BE(zlib.crc32(png.subarray(12, 29)), 29);
  return new Uint8Array(png);
}

describe("six uploads at once", () => {
  it("are decoded one at a time while the database keeps answering", async () => {
    const art = await fx.newArtwork();
    const image = await makeImage({ width: 900, height: 600, format: "png" });
    let queuedAtOnce = 0;
    let uploadsDone = 0;
    const healthAnsweredWhileBusy: number[] = [];
    const anon = await callerAs(h.db, null);
    const before = imagePipeline.stats().started;

    const uploads = Promise.all(
      Array.from({ length: 6 }, async () => {
        const res = await upload(art.id, image, fx.users.owner.id);
        uploadsDone++;
        return res.status;
      }),
    );
    while (uploadsDone < 6) {
      const s = imagePipeline.stats();
      queuedAtOnce = Math.max(queuedAtOnce, s.active + s.waiting);
      expect(s.active).toBeLessThanOrEqual(MAX_CONCURRENT_PIPELINES);
      const health = await anon.health();
      expect(health.status).toBe("ok");
      if (uploadsDone < 6) healthAnsweredWhileBusy.push(uploadsDone);
      await new Promise((r) => setTimeout(r, 10));
    }
    expect(await uploads).toEqual([201, 201, 201, 201, 201, 201]);
    const after = imagePipeline.stats();
    expect(after.started - before).toBe(6);
    expect(after.mostActive).toBeLessThanOrEqual(MAX_CONCURRENT_PIPELINES);
    // they really were in flight together (queued for the pipeline), and the health check answered in between
    expect(queuedAtOnce).toBeGreaterThanOrEqual(3);
    expect(healthAnsweredWhileBusy.filter((done) => done > 0 && done < 6).length).toBeGreaterThan(0);
    expect(await h.db.artworkImage.count({ where: { artworkId: art.id } })).toBe(6);
  });
});

describe("an image over the pixel cap", () => {
  it("is refused from its header with a 400 on the file field, before it waits for the decoder", async () => {
    const art = await fx.newArtwork();
    const before = imagePipeline.stats().started;
    const res = await upload(art.id, await declaring(7746, 7746), fx.users.owner.id);
    expect(res.status).toBe(400);
    expect(await res.json()).toEqual({
      error: { code: "BAD_REQUEST", field: "file", message: expect.stringMatching(/7746×7746 px \(60\.0 megapixels\); the limit is 50 megapixels/) },
    });
    expect(imagePipeline.stats().started).toBe(before);
    expect(await h.db.artworkImage.count({ where: { artworkId: art.id } })).toBe(0);
  });
});

describe("the upload rate limit", () => {
  it("answers 429 with a message and Retry-After past the limit, per user, until the window passes", async () => {
    const settings = { ...defaultCoreSettings, RATE_LIMIT_UPLOADS_PER_10_MIN: 2 };
    const t0 = new Date("2031-03-01T10:00:00Z");
    const clock = () => t0;
    const art = await fx.newArtwork();
    const image = await makeImage({ width: 400, height: 300 });
    for (let i = 0; i < 2; i++) expect((await upload(art.id, image, fx.users.owner.id, { settings, clock })).status).toBe(201);
    const limited = await upload(art.id, image, fx.users.owner.id, { settings, clock });
    expect(limited.status).toBe(429);
    expect(limited.headers.get("retry-after")).toBe("600");
    expect(await limited.json()).toEqual({
      error: {
        code: "TOO_MANY_REQUESTS",
        field: "file",
        message: "That's a lot of images at once: at most 2 uploads every 10 minutes. Try again in 10 minutes.",
      },
    });
    expect(await h.db.artworkImage.count({ where: { artworkId: art.id } })).toBe(2);
    // another artist has their own allowance
    const other = await h.db.artwork.create({
      data: {
        artistId: fx.artistProfiles.otherArtist.id,
        slug: `limits-other-${Date.now()}`,
        title: "Other",
        medium: "Ink",
        widthTenths: 300,
        heightTenths: 300,
        priceAmount: 1000,
        currency: "EUR",
      },
    });
    expect((await upload(other.id, image, fx.users.otherArtist.id, { settings, clock })).status).toBe(201);
    // and the next window starts afresh
    expect((await upload(art.id, image, fx.users.owner.id, { settings, clock: () => new Date(t0.getTime() + 10 * 60_000) })).status).toBe(201);
  });

  it("is 30 uploads per 10 minutes unless RATE_LIMIT_UPLOADS_PER_10_MIN says otherwise", async () => {
    expect(defaultCoreSettings.RATE_LIMIT_UPLOADS_PER_10_MIN).toBe(30);
    const { coreEnv } = await import("@atelier/core/env");
    expect(coreEnv({ RATE_LIMIT_UPLOADS_PER_10_MIN: "5" }).RATE_LIMIT_UPLOADS_PER_10_MIN).toBe(5);
    expect(() => coreEnv({ RATE_LIMIT_UPLOADS_PER_10_MIN: "0" })).toThrow();
  });
});
