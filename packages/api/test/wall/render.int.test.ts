import sharp from "sharp";
import { TRPCError } from "@trpc/server";
import { MockImageModelV4 } from "ai/test";
import { beforeAll, describe, expect, it } from "vitest";
import { SAMPLE_ROOM_PX_PER_CM, SAMPLE_ROOMS } from "@atelier/core/wall-preview/sample-rooms";
import { buildFixture, type Fixture } from "../authz/fixture.ts";
import { callerAs, useTestDatabase } from "../harness.ts";
import { fetchOwnFile, phonePhoto, publishedWorkWithPicture, tempStorage, uploadAs } from "./world.ts";

const h = useTestDatabase();
let fx: Fixture;
const t = tempStorage();
let redWork: { id: string };

beforeAll(async () => {
  fx = await buildFixture(h.db);
  redWork = await publishedWorkWithPicture(fx, t.storage, { widthTenths: 600, heightTenths: 800, colour: "#c81414" });
});

const living = SAMPLE_ROOMS["living-room"];
const onSample = (artworkId: string, extra: Record<string, unknown> = {}) => ({
  artworkId,
  room: { kind: "sample" as const, sampleId: "living-room" as const },
  calibration: living.calibration,
  placement: { x: 0.5, y: 0.3 },
  frame: "none" as const,
  ...extra,
});

async function pixels(src: string) {
  const jpeg = Buffer.from(src.replace(/^data:image\/jpeg;base64,/, ""), "base64");
  const { data, info } = await sharp(jpeg).raw().toBuffer({ resolveWithObject: true });
  return { info, at: (x: number, y: number) => [...data.subarray((y * info.width + x) * 3, (y * info.width + x) * 3 + 3)] as [number, number, number] };
}
const isRed = ([r, g, b]: number[]) => r! > 120 && g! < 70 && b! < 70;

describe("a work on a sample room", () => {
  it("is rendered for a visitor at true scale: 60 × 80 cm at 4.5 px per cm is 270 × 360 px, where it was placed", async () => {
    const visitor = await callerAs(h.db, null, {}, { storage: t.storage });
    const p = await visitor.wall.render(onSample(redWork.id));
    expect(p).toMatchObject({
      renderer: "composite",
      rendererLabel: null,
      notice: null,
      previewId: null,
      width: 1800,
      height: 1200,
      framedSize: "60 × 80 cm, unframed",
    });
    expect(p.src).toMatch(/^data:image\/jpeg;base64,/);
    const img = await pixels(p.src);
    const w = 60 * SAMPLE_ROOM_PX_PER_CM; // 270
    const hgt = 80 * SAMPLE_ROOM_PX_PER_CM; // 360
    const [cx, cy] = [900, 360];
    expect(isRed(img.at(cx, cy))).toBe(true);
    // just inside each edge is the work, just outside is the wall (the shadow falls below and to the right)
    for (const [x, y] of [
      [cx - w / 2 + 4, cy],
      [cx + w / 2 - 4, cy],
      [cx, cy - hgt / 2 + 4],
      [cx, cy + hgt / 2 - 4],
    ])
      expect(isRed(img.at(x!, y!)), `${x},${y}`).toBe(true);
    for (const [x, y] of [
      [cx - w / 2 - 6, cy],
      [cx, cy - hgt / 2 - 6],
    ]) {
      const px = img.at(x!, y!);
      expect(isRed(px), `${x},${y}`).toBe(false);
      expect(Math.min(...px)).toBeGreaterThan(150); // the light wall
    }
    expect(await h.db.wallPreview.count()).toBe(0); // sample-room previews are not stored
  });

  it("puts a frame around the work: a 3 cm oak moulding is 13.5 px on each side", async () => {
    const visitor = await callerAs(h.db, null, {}, { storage: t.storage });
    const p = await visitor.wall.render(onSample(redWork.id, { frame: "oak" }));
    expect(p.framedSize).toBe("60 × 80 cm in an oak frame, 66 × 86 cm overall");
    const img = await pixels(p.src);
    const [r, g, b] = img.at(900 - 135 - 7, 360); // in the moulding, left of the picture
    expect(r).toBeGreaterThan(b + 30); // oak brown: red over blue
    expect(g).toBeGreaterThan(b);
    expect(isRed(img.at(900 - 135 - 7, 360))).toBe(false);
    expect(isRed(img.at(900 - 135 + 6, 360))).toBe(true);
  });

  it("refuses a scale that cannot be right, and bad input, with the field — and stores nothing", async () => {
    const visitor = await callerAs(h.db, null, {}, { storage: t.storage });
    const fieldsOf = async (input: unknown) => {
      const e = await visitor.wall.render(input as never).catch((err: unknown) => err);
      expect(e).toBeInstanceOf(TRPCError);
      expect((e as TRPCError).code).toBe("BAD_REQUEST");
      return e as TRPCError;
    };
    // the sofa marked as 22 cm: the work would be ten times larger than the room
    const tooBig = await fieldsOf(onSample(redWork.id, { calibration: { ...living.calibration, lengthTenths: 220 } }));
    expect(tooBig.message).toMatch(/larger than the whole photo/);
    expect((tooBig.cause as { fieldErrors?: Record<string, string[]> }).fieldErrors).toHaveProperty("calibration");
    for (const [input, field] of [
      [onSample(redWork.id, { calibration: { ...living.calibration, lengthTenths: 0 } }), "calibration.lengthTenths"],
      [
        onSample(redWork.id, { calibration: { ...living.calibration, b: living.calibration.kind === "points" ? living.calibration.a : null } }),
        "calibration.b",
      ],
      [onSample(redWork.id, { placement: { x: 2, y: 0.5 } }), "placement.x"],
      [onSample(redWork.id, { frame: "gold" }), "frame"],
      [onSample(redWork.id, { room: { kind: "sample", sampleId: "kitchen" } }), "room.sampleId"],
    ] as const) {
      const e = await fieldsOf(input);
      expect((e.cause as unknown as { issues: { path: (string | number)[] }[] }).issues.map((i) => i.path.join("."))).toContain(field);
    }
    expect(await h.db.wallPreview.count()).toBe(0);
  });
});

describe("a work on the buyer's own photo", () => {
  it("is stored with the photo and served to them only; the scale they marked is remembered", async () => {
    const res = await uploadAs(h.db, t.storage, fx.users.buyer.id, { file: await phonePhoto({ width: 1600, height: 1200, orientation: 1 }) });
    const { room } = (await res.json()) as { room: { id: string } };
    const buyer = await callerAs(h.db, fx.users.buyer.id, {}, { storage: t.storage });
    const calibration = { kind: "points" as const, a: { x: 0.1, y: 0.8 }, b: { x: 0.6, y: 0.8 }, lengthTenths: 360, unit: "IN" as const };
    const p = await buyer.wall.render({
      artworkId: redWork.id,
      room: { kind: "photo", roomPhotoId: room.id },
      calibration,
      placement: { x: 0.5, y: 0.4 },
      frame: "white-mat",
    });
    expect(p.src).toBe(`/api/wall/previews/${p.previewId}`);
    expect(p.framedSize).toBe("60 × 80 cm in a white frame with a mat, 76 × 96 cm overall");
    const mine = await fetchOwnFile(h.db, t.storage, fx.users.buyer.id, "preview", p.previewId!);
    expect(mine.status).toBe(200);
    expect(mine.headers.get("content-type")).toBe("image/jpeg");
    expect((await sharp(Buffer.from(await mine.arrayBuffer())).metadata()).width).toBe(1600);
    for (const someone of [fx.users.otherArtist.id, fx.users.admin.id, null])
      expect((await fetchOwnFile(h.db, t.storage, someone, "preview", p.previewId!)).status).toBe(404);

    expect((await buyer.wall.rooms()).find((r) => r.id === room.id)?.calibration).toEqual(calibration);
    const listed = await buyer.wall.previews({});
    expect(listed[0]).toMatchObject({ id: p.previewId, composite: true, frame: "White with mat", room: { id: room.id } });
    expect(await (await callerAs(h.db, fx.users.otherArtist.id)).wall.previews({})).toEqual([]);

    // a visitor cannot use a room photo at all
    const visitor = await callerAs(h.db, null, {}, { storage: t.storage });
    await expect(
      visitor.wall.render({ artworkId: redWork.id, room: { kind: "photo", roomPhotoId: room.id }, calibration, placement: { x: 0.5, y: 0.4 }, frame: "none" }),
    ).rejects.toMatchObject({
      code: "UNAUTHORIZED",
    });
    await buyer.wall.deletePreview({ previewId: p.previewId! });
    expect((await fetchOwnFile(h.db, t.storage, fx.users.buyer.id, "preview", p.previewId!)).status).toBe(404);
  });
});

describe("with an image model configured", () => {
  const model = (doGenerate: MockImageModelV4["doGenerate"]) =>
    new MockImageModelV4({ provider: "google.generative-ai", modelId: "gemini-2.5-flash-image", doGenerate });
  const timestamp = new Date();

  it("sends the true-scale composite to the model and shows its render, labelled with the model", async () => {
    let sent: { text?: string; files: number; aspectRatio?: string } | null = null;
    const m = model(async (options) => {
      sent = { text: options.prompt, files: options.files?.length ?? 0, aspectRatio: options.aspectRatio };
      const file = options.files![0]!;
      const input = file.type === "file" ? (typeof file.data === "string" ? Buffer.from(file.data, "base64") : Buffer.from(file.data)) : Buffer.alloc(0);
      const greyed = await sharp(input).greyscale().png().toBuffer();
      return { images: [new Uint8Array(greyed)], warnings: [], response: { timestamp, modelId: "gemini-2.5-flash-image", headers: undefined } };
    });
    const visitor = await callerAs(h.db, null, {}, { storage: t.storage, imageModel: m });
    const p = await visitor.wall.render(onSample(redWork.id));
    expect(p).toMatchObject({ renderer: "realistic", rendererLabel: "Gemini (gemini-2.5-flash-image)", notice: null, width: 1800, height: 1200 });
    expect(sent).toMatchObject({ files: 1, aspectRatio: "3:2" });
    expect(sent!.text).toMatch(/exactly the same size/);
    const img = await pixels(p.src);
    const [r, g, b] = img.at(900, 360);
    expect(Math.abs(r - g) + Math.abs(g - b)).toBeLessThan(12); // the model's (grey) picture, not the composite
  });

  it("falls back to the composite, and says so, when the model fails or changes the proportions", async () => {
    const failing = model(async () => {
      throw new Error("429 RESOURCE_EXHAUSTED");
    });
    const square = model(async () => ({
      images: [
        new Uint8Array(
          await sharp({ create: { width: 1024, height: 1024, channels: 3, background: "#888" } })
            .png()
            .toBuffer(),
        ),
      ],
      warnings: [],
      response: { timestamp, modelId: "gemini-2.5-flash-image", headers: undefined },
    }));
    for (const m of [failing, square]) {
      const visitor = await callerAs(h.db, null, {}, { storage: t.storage, imageModel: m });
      const p = await visitor.wall.render(onSample(redWork.id));
      expect(p).toMatchObject({ renderer: "composite", rendererLabel: null });
      expect(p.notice).toMatch(/didn't work this time, so this is the composite/);
      expect(isRed((await pixels(p.src)).at(900, 360))).toBe(true);
    }
  });
});
