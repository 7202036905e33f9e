import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import sharp from "sharp";
import { addArtworkImage } from "@atelier/core/images/artwork-images";
import { localStorage, type Storage } from "@atelier/core/storage";
import type { Db } from "@atelier/db";
import { handleRoomPhotoUpload } from "../../src/http/room-photo-upload.ts";
import { serveOwnWallFile } from "../../src/http/wall-media.ts";
import type { Fixture } from "../authz/fixture.ts";

/** A storage root of the test's own, and a way to list every file in it. */
export function tempStorage(): { storage: Storage; root: string; files: () => string[] } {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), "atelier-wall-"));
  const files = () => (fs.readdirSync(root, { recursive: true }) as string[]).filter((f) => fs.statSync(path.join(root, f)).isFile()).sort();
  return { storage: localStorage(root), root, files };
}

/** A published work of `owner`, `widthTenths` × `heightTenths` cm, whose picture is one solid colour. */
export async function publishedWorkWithPicture(
  fx: Fixture,
  storage: Storage,
  opts: { widthTenths: number; heightTenths: number; colour: string; unit?: "CM" | "IN" },
) {
  const art = await fx.newArtwork();
  await fx.db.artwork.update({
    where: { id: art.id },
    data: { widthTenths: opts.widthTenths, heightTenths: opts.heightTenths, dimensionUnit: opts.unit ?? "CM" },
  });
  const w = 600;
  const h = Math.round((w * opts.heightTenths) / opts.widthTenths);
  const png = await sharp({ create: { width: w, height: h, channels: 3, background: opts.colour } })
    .png()
    .toBuffer();
  await addArtworkImage({ db: fx.db, storage }, { userId: fx.users.owner.id, artworkId: art.id, bytes: new Uint8Array(png) });
  await fx.db.artwork.update({ where: { id: art.id }, data: { status: "PUBLISHED", publishedAt: new Date() } });
  return art;
}

/** A wall photo as a phone takes it: JPEG, EXIF with the camera and GPS position, rotated by its Orientation tag. */
export async function phonePhoto(opts: { width?: number; height?: number; orientation?: number } = {}) {
  const { width = 1200, height = 800, orientation = 6 } = opts;
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}"><rect width="100%" height="100%" fill="#e9e4da"/><rect y="${height * 0.8}" width="100%" height="${height * 0.2}" fill="#8a6a4a"/></svg>`;
  return new Uint8Array(
    await sharp(Buffer.from(svg))
      .withMetadata({ orientation })
      .withExif({
        IFD0: { Make: "PhoneCo", Model: "Pocket 9" },
        IFD3: { GPSLatitudeRef: "N", GPSLatitude: "51/1 30/1 0/1", GPSLongitudeRef: "W", GPSLongitude: "0/1 7/1 0/1" },
      })
      .jpeg({ quality: 90 })
      .toBuffer(),
  );
}

export function uploadRequest(body: { file?: Uint8Array; filename?: string; name?: string }, headers: Record<string, string> = {}) {
  const form = new FormData();
  if (body.file) form.set("file", new File([body.file as BlobPart], body.filename ?? "wall.jpg", { type: "image/jpeg" }));
  if (body.name !== undefined) form.set("name", body.name);
  return new Request("http://localhost/api/wall/rooms", { method: "POST", body: form, headers });
}

export function uploadAs(db: Db, storage: Storage, userId: string | null, body: Parameters<typeof uploadRequest>[0]) {
  return handleRoomPhotoUpload(uploadRequest(body), { db, storage, getSessionUserId: async () => userId });
}

export function fetchOwnFile(db: Db, storage: Storage, userId: string | null, kind: "room" | "preview", id: string) {
  const url = kind === "room" ? `http://localhost/api/wall/rooms/${id}/photo` : `http://localhost/api/wall/previews/${id}`;
  return serveOwnWallFile(new Request(url), kind, id, { db, storage, getSessionUserId: async () => userId });
}
