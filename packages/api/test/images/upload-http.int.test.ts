import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { createApiToken } from "@atelier/core/accounts/api-tokens";
import { beforeAll, describe, expect, it } from "vitest";
import { handleImageUpload } from "../../src/http/image-upload.ts";
import { localStorage, type Storage } from "@atelier/core/storage";
import { buildFixture, type Fixture } from "../authz/fixture.ts";
import { useTestDatabase } from "../harness.ts";
import { makeImage } from "./fixtures.ts";

const h = useTestDatabase();
let fx: Fixture;
let storage: Storage;
let jpeg: Uint8Array;

beforeAll(async () => {
  fx = await buildFixture(h.db);
  storage = localStorage(fs.mkdtempSync(path.join(os.tmpdir(), "atelier-upload-")));
  jpeg = await makeImage({ width: 500, height: 400 });
});

function request(artworkId: string, body: { file?: Uint8Array; name?: string; alt?: string }, headers: Record<string, string> = {}) {
  const form = new FormData();
  if (body.file) form.set("file", new File([body.file as BlobPart], body.name ?? "photo.jpg", { type: "image/jpeg" }));
  if (body.alt !== undefined) form.set("alt", body.alt);
  return new Request(`http://localhost/api/artworks/${artworkId}/images`, { method: "POST", body: form, headers });
}

const send = (req: Request, artworkId: string, sessionUserId: string | null) =>
  handleImageUpload(req, artworkId, { db: h.db, storage, getSessionUserId: async () => sessionUserId });

describe("POST /api/artworks/:id/images", () => {
  it("accepts the owner's upload by session and returns the image", async () => {
    const art = await fx.newArtwork();
    const res = await send(request(art.id, { file: jpeg, alt: "Morning light on the quay" }), art.id, fx.users.owner.id);
    expect(res.status).toBe(201);
    const { image } = (await res.json()) as { image: { id: string; altText: string; position: number; variants: { key: string }[] } };
    expect(image).toMatchObject({ altText: "Morning light on the quay", position: 0 });
    expect(image.variants.length).toBeGreaterThan(0);
  });

  it("accepts an API token in the Authorization header", async () => {
    const art = await fx.newArtwork();
    const { token } = await createApiToken(h.db, fx.users.owner.id, { name: "uploader" });
    const res = await send(request(art.id, { file: jpeg }, { authorization: `Bearer ${token}` }), art.id, null);
    expect(res.status).toBe(201);
  });

  it("answers 401 / 403 / 404 with a JSON error and stores nothing", async () => {
    const art = await fx.newArtwork();
    const cases: [string | null, Record<string, string>, number, string][] = [
      [null, {}, 401, "UNAUTHORIZED"],
      [null, { authorization: "Bearer atl_nope" }, 401, "UNAUTHORIZED"],
      [fx.users.buyer.id, {}, 403, "FORBIDDEN"],
      [fx.users.otherArtist.id, {}, 404, "NOT_FOUND"],
    ];
    for (const [userId, headers, status, code] of cases) {
      const res = await send(request(art.id, { file: jpeg }, headers), art.id, userId);
      expect(res.status).toBe(status);
      expect(((await res.json()) as { error: { code: string } }).error.code).toBe(code);
    }
    expect(await h.db.artworkImage.count({ where: { artworkId: art.id } })).toBe(0);
  });

  it("reports rejected files and bad fields with the field name", async () => {
    const art = await fx.newArtwork();
    const svg = new TextEncoder().encode(`<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>`);
    const bad = await send(request(art.id, { file: svg, name: "innocent.png" }), art.id, fx.users.owner.id);
    expect(bad.status).toBe(400);
    expect(await bad.json()).toEqual({ error: { code: "BAD_REQUEST", message: expect.stringMatching(/SVG/), field: "file" } });

    const missing = await send(request(art.id, {}), art.id, fx.users.owner.id);
    expect(missing.status).toBe(400);
    expect(((await missing.json()) as { error: { field: string } }).error.field).toBe("file");

    const longAlt = await send(request(art.id, { file: jpeg, alt: "a".repeat(301) }), art.id, fx.users.owner.id);
    expect(longAlt.status).toBe(400);
    expect(((await longAlt.json()) as { error: { field: string } }).error.field).toBe("alt");

    const notMultipart = await send(
      new Request("http://localhost/x", { method: "POST", body: "{}", headers: { "content-type": "application/json" } }),
      art.id,
      fx.users.owner.id,
    );
    expect(notMultipart.status).toBe(415);
    expect(await h.db.artworkImage.count({ where: { artworkId: art.id } })).toBe(0);
  });
});
