import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { createApiToken } from "@atelier/core/accounts/api-tokens";
import { localStorage } from "@atelier/core/storage";
import { beforeAll, describe, expect, it } from "vitest";
import { handleImageUpload } from "../../src/http/image-upload.ts";
import { buildFixture, type Fixture } from "../authz/fixture.ts";
import { useTestDatabase } from "../harness.ts";
import { makeImage } from "./fixtures.ts";

const h = useTestDatabase();
let fx: Fixture;
let jpeg: Uint8Array;
const storage = localStorage(fs.mkdtempSync(path.join(os.tmpdir(), "atelier-upload-origin-")));

beforeAll(async () => {
  fx = await buildFixture(h.db);
  jpeg = await makeImage({ width: 400, height: 300 });
});

function upload(artworkId: string, headers: Record<string, string>, sessionUserId: string | null) {
  const form = new FormData();
  form.set("file", new File([jpeg as BlobPart], "photo.jpg", { type: "image/jpeg" }));
  const req = new Request(`https://atelier.example/api/artworks/${artworkId}/images`, { method: "POST", body: form, headers });
  return handleImageUpload(req, artworkId, { db: h.db, storage, appUrl: "https://atelier.example", getSessionUserId: async () => sessionUserId });
}

describe("image uploads refuse cross-site requests", () => {
  it("the owner's session cookie sent from another site's page gets 403 and nothing is stored", async () => {
    const art = await fx.newArtwork();
    for (const headers of <Record<string, string>[]>[
      { origin: "https://evil.example", cookie: "s=1" },
      { "sec-fetch-site": "cross-site", cookie: "s=1" },
    ]) {
      const res = await upload(art.id, headers, fx.users.owner.id);
      expect(res.status).toBe(403);
      expect(await res.json()).toMatchObject({ error: { code: "FORBIDDEN" } });
    }
    expect(await h.db.artworkImage.count({ where: { artworkId: art.id } })).toBe(0);
  });

  it("same-origin uploads and scripts with an API token pass", async () => {
    const art = await fx.newArtwork();
    expect((await upload(art.id, { origin: "https://atelier.example", cookie: "s=1" }, fx.users.owner.id)).status).toBe(201);
    const { token } = await createApiToken(h.db, fx.users.owner.id, { name: "uploader" });
    const res = await upload(art.id, { authorization: `Bearer ${token}`, origin: "https://evil.example" }, null);
    expect(res.status).toBe(201);
    expect(res.headers.get("x-request-id")).toBeTruthy();
  });
});
