import { TRPCError } from "@trpc/server";
import { beforeAll, describe, expect, it } from "vitest";
import { testImageRow } from "./authz/fixture.ts";
import { validArtworkFields } from "./authz/rows/artwork-core.ts";
import { callerAs, makeUser, useTestDatabase } from "./harness.ts";

const h = useTestDatabase();
let artist: { id: string };
let other: { id: string };

async function makeArtist(name: string) {
  const u = await makeUser(h.db, ["ARTIST", "BUYER"], { name });
  await h.db.artistProfile.create({ data: { userId: u.id, displayName: name, slug: `${name.toLowerCase().replace(/\W+/g, "-")}-${u.id.slice(-6)}` } });
  return u;
}

beforeAll(async () => {
  artist = await makeArtist("Studio Artist");
  other = await makeArtist("Other Artist");
});

async function errorOf(p: Promise<unknown>): Promise<TRPCError> {
  try {
    await p;
  } catch (e) {
    if (e instanceof TRPCError) return e;
    throw e;
  }
  throw new Error("expected the call to fail");
}

function fieldErrors(e: TRPCError): Record<string, string[]> {
  const cause = e.cause as { issues?: { path: PropertyKey[]; message: string }[]; fieldErrors?: Record<string, string[]> } | undefined;
  if (cause?.fieldErrors) return cause.fieldErrors;
  const out: Record<string, string[]> = {};
  for (const i of cause?.issues ?? []) (out[i.path.join(".")] ??= []).push(i.message);
  return out;
}

describe("artwork.create", () => {
  it("creates a DRAFT with exact stored values and a slug from the title", async () => {
    const api = await callerAs(h.db, artist.id);
    const created = await api.artwork.create({ ...validArtworkFields("Blue Hour, No. 3"), depth: "4.5", year: 2024, unit: "IN" });
    expect(created.status).toBe("DRAFT");
    expect(created.slug).toBe("blue-hour-no-3");
    const row = await h.db.artwork.findUniqueOrThrow({ where: { id: created.id } });
    expect(row).toMatchObject({
      widthTenths: 605,
      heightTenths: 800,
      depthTenths: 45,
      dimensionUnit: "IN",
      priceAmount: 120050,
      currency: "EUR",
      tags: ["sea", "blue"],
      year: 2024,
      editionSize: null,
    });
    const again = await api.artwork.create(validArtworkFields("Blue Hour, No. 3"));
    expect(again.slug).not.toBe(created.slug);
    expect(again.slug.startsWith("blue-hour-no-3-")).toBe(true);
  });

  it("stores JPY without minor units and editions with their size", async () => {
    const api = await callerAs(h.db, artist.id);
    const { id } = await api.artwork.create({ ...validArtworkFields("Print"), price: "15000", currency: "JPY", kind: "EDITION", editionSize: 50 });
    expect(await h.db.artwork.findUniqueOrThrow({ where: { id } })).toMatchObject({ priceAmount: 15000, currency: "JPY", kind: "EDITION", editionSize: 50 });
  });

  const bad: [string, Record<string, unknown>, string][] = [
    ["negative price", { price: "-5" }, "price"],
    ["zero price", { price: "0" }, "price"],
    ["three decimals in EUR", { price: "12.345" }, "price"],
    ["decimals in JPY", { price: "10.5", currency: "JPY" }, "price"],
    ["absurd price", { price: "1000000.01" }, "price"],
    ["10 kB title", { title: "x".repeat(10_000) }, "title"],
    ["empty title", { title: "   " }, "title"],
    ["unknown currency", { currency: "XYZ" }, "currency"],
    ["EDITION without size", { kind: "EDITION" }, "editionSize"],
    ["EDITION of 1", { kind: "EDITION", editionSize: 1 }, "editionSize"],
    ["ORIGINAL with size", { kind: "ORIGINAL", editionSize: 10 }, "editionSize"],
    ["zero width", { width: "0" }, "width"],
    ["absurd height", { height: "10000.1" }, "height"],
    ["two-decimal width", { width: "10.25" }, "width"],
    ["future year", { year: new Date().getFullYear() + 1 }, "year"],
    ["21 tags", { tags: Array.from({ length: 21 }, (_, i) => `t${i}`) }, "tags"],
    ["33-char tag", { tags: ["x".repeat(33)] }, "tags.0"],
  ];
  for (const [name, patch, field] of bad) {
    it(`rejects ${name} as a field error on ${field} and writes nothing`, async () => {
      const api = await callerAs(h.db, artist.id);
      const before = await h.db.artwork.count();
      const e = await errorOf(api.artwork.create({ ...validArtworkFields(), ...patch } as never));
      expect(e.code).toBe("BAD_REQUEST");
      expect(Object.keys(fieldErrors(e))).toContain(field);
      expect(await h.db.artwork.count()).toBe(before);
    });
  }

  it("reports several field errors at once (price checked even when the title is bad)", async () => {
    const api = await callerAs(h.db, artist.id);
    const e = await errorOf(api.artwork.create({ ...validArtworkFields(""), price: "-1" } as never));
    expect(Object.keys(fieldErrors(e)).sort()).toEqual(["price", "title"]);
  });
});

describe("artwork.update and lifecycle", () => {
  async function publishedWork() {
    const api = await callerAs(h.db, artist.id);
    const { id } = await api.artwork.create(validArtworkFields("Published Work"));
    await h.db.artwork.update({ where: { id }, data: { status: "PUBLISHED", publishedAt: new Date("2026-01-01T00:00:00Z") } });
    return { api, id };
  }

  it("keeps a published work published for description/tags/medium edits", async () => {
    const { api, id } = await publishedWork();
    const r = await api.artwork.update({ id, fields: { ...validArtworkFields("Published Work"), description: "New words", tags: ["calm"], medium: "Oil" } });
    expect(r).toMatchObject({ status: "PUBLISHED", sentToReview: false });
    expect(await h.db.artwork.findUniqueOrThrow({ where: { id } })).toMatchObject({ status: "PUBLISHED", description: "New words", tags: ["calm"] });
  });

  for (const [what, patch] of [
    ["title", { title: "A New Title" }],
    ["price", { price: "1300" }],
    ["currency", { currency: "USD" }],
    ["kind", { kind: "EDITION", editionSize: 20 }],
  ] as const) {
    it(`sends a published work back to IN_REVIEW when the ${what} changes`, async () => {
      const { api, id } = await publishedWork();
      const r = await api.artwork.update({ id, fields: { ...validArtworkFields("Published Work"), ...patch } });
      expect(r).toMatchObject({ status: "IN_REVIEW", sentToReview: true });
      const row = await h.db.artwork.findUniqueOrThrow({ where: { id } });
      expect(row.status).toBe("IN_REVIEW");
      expect(row.publishedAt?.toISOString()).toBe("2026-01-01T00:00:00.000Z");
    });
  }

  it("refuses edits of SOLD and ARCHIVED works", async () => {
    const { api, id } = await publishedWork();
    await h.db.artwork.update({ where: { id }, data: { status: "SOLD" } });
    expect((await errorOf(api.artwork.update({ id, fields: validArtworkFields("Changed") }))).code).toBe("PRECONDITION_FAILED");
    await h.db.artwork.update({ where: { id }, data: { status: "ARCHIVED" } });
    expect((await errorOf(api.artwork.update({ id, fields: validArtworkFields("Changed") }))).code).toBe("PRECONDITION_FAILED");
    expect((await h.db.artwork.findUniqueOrThrow({ where: { id } })).title).toBe("Published Work");
  });

  it("answers NOT_FOUND for another artist's artwork and changes nothing", async () => {
    const { id } = await publishedWork();
    const intruder = await callerAs(h.db, other.id);
    const before = await h.db.artwork.findUniqueOrThrow({ where: { id } });
    for (const call of [
      () => intruder.artwork.update({ id, fields: validArtworkFields("Stolen") }),
      () => intruder.artwork.unpublish({ id }),
      () => intruder.artwork.archive({ id }),
      () => intruder.artwork.submit({ id }),
      () => intruder.artwork.getForEdit({ id }),
    ]) {
      expect((await errorOf(call())).code).toBe("NOT_FOUND");
    }
    expect(await h.db.artwork.findUniqueOrThrow({ where: { id } })).toEqual(before);
  });

  it("refuses to submit without images, then submits with one", async () => {
    const api = await callerAs(h.db, artist.id);
    const { id } = await api.artwork.create(validArtworkFields("Needs Images"));
    const e = await errorOf(api.artwork.submit({ id }));
    expect(e.code).toBe("PRECONDITION_FAILED");
    expect(e.message).toMatch(/at least one image/);
    expect((await h.db.artwork.findUniqueOrThrow({ where: { id } })).status).toBe("DRAFT");
    await h.db.artworkImage.create({ data: testImageRow(id) });
    expect(await api.artwork.submit({ id })).toMatchObject({ status: "IN_REVIEW" });
    expect((await h.db.artwork.findUniqueOrThrow({ where: { id } })).submittedAt).not.toBeNull();
    expect((await errorOf(api.artwork.submit({ id }))).code).toBe("PRECONDITION_FAILED");
  });

  it("unpublishes, republishes and archives through allowed transitions only", async () => {
    const { api, id } = await publishedWork();
    expect((await errorOf(api.artwork.republish({ id }))).code).toBe("PRECONDITION_FAILED");
    expect(await api.artwork.unpublish({ id })).toMatchObject({ status: "UNPUBLISHED" });
    expect(await api.artwork.republish({ id })).toMatchObject({ status: "PUBLISHED" });
    expect(await api.artwork.archive({ id })).toMatchObject({ status: "ARCHIVED" });
    expect((await errorOf(api.artwork.archive({ id }))).code).toBe("PRECONDITION_FAILED");
  });

  it("lists my artworks with counts by status and a 320px thumbnail", async () => {
    const api = await callerAs(h.db, artist.id);
    const { id } = await api.artwork.create(validArtworkFields("With Thumb"));
    const img = testImageRow(id);
    await h.db.artworkImage.create({ data: img });
    const mine = await api.artwork.mine({});
    const item = mine.items.find((i) => i.id === id);
    expect(item?.thumbnail?.key).toBe(img.variants[0]?.key);
    expect(item?.imageCount).toBe(1);
    expect(mine.counts.DRAFT).toBeGreaterThan(0);
    expect(mine.items.every((i) => i.id)).toBe(true);
    const drafts = await api.artwork.mine({ status: "DRAFT" });
    expect(drafts.items.every((i) => i.status === "DRAFT")).toBe(true);
    const otherMine = await (await callerAs(h.db, other.id)).artwork.mine({});
    expect(otherMine.items.find((i) => i.id === id)).toBeUndefined();
  });

  it("gives the edit form its values back as strings", async () => {
    const api = await callerAs(h.db, artist.id);
    const { id } = await api.artwork.create({ ...validArtworkFields("Round Trip"), depth: "3", price: "99.90" });
    const edit = await api.artwork.getForEdit({ id });
    expect(edit.form).toMatchObject({ width: "60.5", height: "80", depth: "3", price: "99.90", currency: "EUR" });
  });
});
