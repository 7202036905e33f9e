import exifr from "exifr";
import sharp from "sharp";
import { TRPCError } from "@trpc/server";
import { beforeAll, describe, expect, it } from "vitest";
import { MAX_ROOM_PHOTOS } from "@atelier/core/schemas/wall-preview";
import { buildFixture, type Fixture } from "../authz/fixture.ts";
import { callerAs, useTestDatabase } from "../harness.ts";
import { fetchOwnFile, phonePhoto, publishedWorkWithPicture, tempStorage, uploadAs } from "./world.ts";

const h = useTestDatabase();
let fx: Fixture;
const t = tempStorage();

beforeAll(async () => {
  fx = await buildFixture(h.db);
});

type Room = { id: string; name: string; width: number; height: number; photoUrl: string };
async function upload(userId: string, body: Parameters<typeof uploadAs>[3]) {
  const res = await uploadAs(h.db, t.storage, userId, body);
  expect(res.status).toBe(201);
  return ((await res.json()) as { room: Room }).room;
}

describe("a buyer's room photo", () => {
  it("is stored upright with no EXIF, no GPS and no camera details, in the private key space", async () => {
    const input = await phonePhoto({ width: 1200, height: 800, orientation: 6 });
    expect(await exifr.gps(input)).toMatchObject({ latitude: 51.5 }); // the upload does carry a position
    const room = await upload(fx.users.buyer.id, { file: input, filename: "IMG_2041.jpg" });
    // Orientation 6 = rotate 90° clockwise: the stored photo is portrait
    expect(room).toMatchObject({ name: "IMG_2041", width: 800, height: 1200, photoUrl: `/api/wall/rooms/${room.id}/photo` });

    const row = await h.db.roomPhoto.findUniqueOrThrow({ where: { id: room.id } });
    expect(row.originalKey).toMatch(new RegExp(`^private/rooms/${fx.users.buyer.id}/[0-9a-f]{24}/original\\.jpg$`));
    const keys = [row.originalKey, ...(row.variants as { key: string }[]).map((v) => v.key)];
    expect(keys.length).toBeGreaterThan(1);
    for (const key of keys) {
      const stored = (await t.storage.get(key))!.bytes;
      const meta = await sharp(stored).metadata();
      expect(meta.exif, key).toBeUndefined();
      expect(meta.orientation, key).toBeUndefined();
      expect(meta.height! > meta.width!, key).toBe(true);
      expect(await exifr.parse(Buffer.from(stored), { gps: true, tiff: true, exif: true }).catch(() => undefined), key).toBeUndefined();
      expect(Buffer.from(stored).toString("latin1")).not.toContain("PhoneCo");
    }
  });

  it("is served to its owner only: anyone else, and a visitor, get the same 404 as for no photo at all", async () => {
    const room = await upload(fx.users.buyer.id, { file: await phonePhoto(), name: "Hallway" });
    const mine = await fetchOwnFile(h.db, t.storage, fx.users.buyer.id, "room", room.id);
    expect(mine.status).toBe(200);
    expect(mine.headers.get("content-type")).toBe("image/webp");
    expect(mine.headers.get("cache-control")).toMatch(/^private/);
    for (const someone of [fx.users.otherArtist.id, fx.users.admin.id, null]) {
      const res = await fetchOwnFile(h.db, t.storage, someone, "room", room.id);
      expect(res.status).toBe(404);
    }
    expect((await fetchOwnFile(h.db, t.storage, fx.users.buyer.id, "room", "no-such-room")).status).toBe(404);
    // and through the API: not listed, not renamed, not deleted, not rendered on
    const other = await callerAs(h.db, fx.users.otherArtist.id, {}, { storage: t.storage });
    expect((await other.wall.rooms()).map((r) => r.id)).not.toContain(room.id);
    await expect(other.wall.renameRoom({ roomPhotoId: room.id, name: "Mine now" })).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(other.wall.deleteRoom({ roomPhotoId: room.id })).rejects.toMatchObject({ code: "NOT_FOUND" });
    const art = await publishedWorkWithPicture(fx, t.storage, { widthTenths: 400, heightTenths: 500, colour: "#2244aa" });
    await expect(
      other.wall.render({
        artworkId: art.id,
        room: { kind: "photo", roomPhotoId: room.id },
        calibration: { kind: "photoWidth", widthTenths: 3000, unit: "CM" },
        placement: { x: 0.5, y: 0.4 },
        frame: "none",
      }),
    ).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect(await h.db.wallPreview.count({ where: { roomPhotoId: room.id } })).toBe(0);
  });

  it("is deleted with its copies and every preview rendered on it: the files are gone", async () => {
    const room = await upload(fx.users.buyer.id, { file: await phonePhoto({ orientation: 1 }) });
    const art = await publishedWorkWithPicture(fx, t.storage, { widthTenths: 600, heightTenths: 800, colour: "#aa3322" });
    const buyer = await callerAs(h.db, fx.users.buyer.id, {}, { storage: t.storage });
    const preview = await buyer.wall.render({
      artworkId: art.id,
      room: { kind: "photo", roomPhotoId: room.id },
      calibration: { kind: "photoWidth", widthTenths: 3000, unit: "CM" },
      placement: { x: 0.5, y: 0.4 },
      frame: "oak",
    });
    expect(preview.src).toBe(`/api/wall/previews/${preview.previewId}`);
    const row = await h.db.roomPhoto.findUniqueOrThrow({ where: { id: room.id } });
    const prefix = row.originalKey.replace(/\/original\.jpg$/, "/");
    const before = t.files().filter((f) => f.startsWith(prefix));
    expect(before.some((f) => f.includes("/previews/"))).toBe(true);

    const result = await buyer.wall.deleteRoom({ roomPhotoId: room.id });
    expect(result.filesRemoved).toBe(before.length);
    expect(t.files().filter((f) => f.startsWith(prefix))).toEqual([]);
    expect(await h.db.wallPreview.count({ where: { roomPhotoId: room.id } })).toBe(0);
    expect((await fetchOwnFile(h.db, t.storage, fx.users.buyer.id, "preview", preview.previewId!)).status).toBe(404);
  });

  it("refuses bad uploads with the field and a clear message, and stores nothing", async () => {
    const before = t.files().length;
    const rows = await h.db.roomPhoto.count();
    const cases: [Parameters<typeof uploadAs>[3], string | null, number, RegExp][] = [
      [{ file: new TextEncoder().encode(`<svg xmlns="http://www.w3.org/2000/svg"></svg>`), filename: "wall.jpg" }, fx.users.buyer.id, 400, /SVG/],
      [{ file: new TextEncoder().encode("just text") }, fx.users.buyer.id, 400, /not an image we accept/],
      [
        {
          file: await sharp({ create: { width: 150, height: 100, channels: 3, background: "#fff" } })
            .jpeg()
            .toBuffer(),
        },
        fx.users.buyer.id,
        400,
        /at least 200 px/,
      ],
      [{}, fx.users.buyer.id, 400, /Choose a photo/],
      [{ file: await phonePhoto(), name: "n".repeat(61) }, fx.users.buyer.id, 400, /under 60 characters/],
      [{ file: await phonePhoto() }, null, 401, /Sign in to upload/],
    ];
    for (const [body, userId, status, message] of cases) {
      const res = await uploadAs(h.db, t.storage, userId, body);
      const { error } = (await res.json()) as { error: { message: string; field: string | null } };
      expect(res.status, String(message)).toBe(status);
      expect(error.message).toMatch(message);
      if (status === 400) expect(error.field).toBe(body.name ? "name" : "file");
    }
    expect(t.files().length).toBe(before);
    expect(await h.db.roomPhoto.count()).toBe(rows);
  });

  it(`keeps at most ${MAX_ROOM_PHOTOS} photos per buyer`, async () => {
    const { id: userId } = await h.db.user.create({ data: { email: `rooms-${Date.now()}@test.atelier`, name: "Many Rooms" } });
    await h.db.roomPhoto.createMany({
      data: Array.from({ length: MAX_ROOM_PHOTOS }, (_, i) => ({
        userId,
        name: `Wall ${i}`,
        originalKey: `private/rooms/${userId}/x${i}/original.jpg`,
        mimeType: "image/jpeg",
        width: 900,
        height: 600,
        bytes: 1,
      })),
    });
    const res = await uploadAs(h.db, t.storage, userId, { file: await phonePhoto() });
    expect(res.status).toBe(409);
    expect(await res.json()).toEqual({
      error: { code: "CONFLICT", message: `You can keep at most ${MAX_ROOM_PHOTOS} room photos. Delete one first.`, field: "file" },
    });
  });

  it("is renamed by its owner, with a field error for an empty name", async () => {
    const room = await upload(fx.users.buyer.id, { file: await phonePhoto() });
    const buyer = await callerAs(h.db, fx.users.buyer.id, {}, { storage: t.storage });
    expect((await buyer.wall.renameRoom({ roomPhotoId: room.id, name: "  Living room  " })).name).toBe("Living room");
    const err = await buyer.wall.renameRoom({ roomPhotoId: room.id, name: "  " }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(TRPCError);
    expect((err as TRPCError).code).toBe("BAD_REQUEST");
  });
});
