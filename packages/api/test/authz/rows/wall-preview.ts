import type { Fixture } from "../fixture.ts";
import { only, type MatrixRow } from "../types.ts";

/**
 * See it on your wall: sample rooms are for everyone; a room photo and its previews belong to their owner
 * (`owner` here) — anyone else, admins included, gets NOT_FOUND. Rows only (no files): the renders stop
 * at "this work has no picture" (PRECONDITION_FAILED), which is checked after who may use the room.
 */

let n = 0;

/** A room photo row of `owner` (storage keys only). */
async function ownersRoom(fx: Fixture) {
  const key = `private/rooms/${fx.users.owner.id}/matrix${++n}`;
  const room = await fx.db.roomPhoto.create({
    data: {
      userId: fx.users.owner.id,
      name: `Matrix wall ${n}`,
      originalKey: `${key}/original.jpg`,
      mimeType: "image/jpeg",
      width: 1600,
      height: 1200,
      bytes: 1000,
    },
    select: { id: true, originalKey: true },
  });
  return room;
}

async function ownersPreview(fx: Fixture) {
  const room = await ownersRoom(fx);
  const art = await fx.newArtwork({ status: "PUBLISHED" });
  const p = await fx.db.wallPreview.create({
    data: {
      userId: fx.users.owner.id,
      roomPhotoId: room.id,
      artworkId: art.id,
      key: `${room.originalKey}.preview.jpg`,
      width: 1600,
      height: 1200,
      frame: "oak",
      renderer: "composite",
    },
    select: { id: true },
  });
  return p.id;
}

const render = (artworkId: string, room: unknown) => ({
  artworkId,
  room,
  calibration: { kind: "photoWidth", widthTenths: 4000, unit: "CM" },
  placement: { x: 0.5, y: 0.4 },
  frame: "oak",
});

const ownersOnly = { anonymous: "UNAUTHORIZED", buyer: "NOT_FOUND", owner: "OK", otherArtist: "NOT_FOUND", admin: "NOT_FOUND" } as const;

export const rows: MatrixRow[] = [
  { path: "wall.samples", input: () => undefined, expect: only.everyone },
  {
    path: "wall.render",
    input: async (fx) => render((await fx.newArtwork({ status: "PUBLISHED" })).id, { kind: "sample", sampleId: "living-room" }),
    expect: {
      anonymous: "PRECONDITION_FAILED",
      buyer: "PRECONDITION_FAILED",
      owner: "PRECONDITION_FAILED",
      otherArtist: "PRECONDITION_FAILED",
      admin: "PRECONDITION_FAILED",
    },
  },
  {
    // a draft is not public: nobody previews it, its artist included (they have the studio)
    path: "wall.render",
    input: async (fx) => render((await fx.newArtwork()).id, { kind: "sample", sampleId: "bedroom" }),
    expect: { anonymous: "NOT_FOUND", buyer: "NOT_FOUND", owner: "NOT_FOUND", otherArtist: "NOT_FOUND", admin: "NOT_FOUND" },
  },
  {
    path: "wall.render",
    input: async (fx) => render((await fx.newArtwork({ status: "PUBLISHED" })).id, { kind: "photo", roomPhotoId: (await ownersRoom(fx)).id }),
    expect: { ...ownersOnly, owner: "PRECONDITION_FAILED" },
  },
  { path: "wall.rooms", input: () => undefined, expect: only.signedIn },
  { path: "wall.renameRoom", input: async (fx) => ({ roomPhotoId: (await ownersRoom(fx)).id, name: "Hallway" }), expect: ownersOnly },
  { path: "wall.deleteRoom", input: async (fx) => ({ roomPhotoId: (await ownersRoom(fx)).id }), expect: ownersOnly },
  { path: "wall.previews", input: () => ({}), expect: only.signedIn },
  { path: "wall.deletePreview", input: async (fx) => ({ previewId: await ownersPreview(fx) }), expect: ownersOnly },
];
