import type { Db } from "@atelier/db";
import { cardSelect, hydrateCards, toCard, type ArtworkCard } from "@atelier/core/discovery/cards";
import { beforeAll, describe, expect, it } from "vitest";
import { callerAs, useTestDatabase } from "../harness.ts";
import { makeArtists } from "./catalogue.ts";

/**
 * A catalogue page is one statement (card-sql.ts) and hydrateCards one more; both must give exactly the
 * cards the nested Prisma select (cardSelect → toCard) gave, for every kind of card a page mixes.
 */
const h = useTestDatabase();
const BASE = Date.UTC(2026, 2, 1);
let n = 0;
const ids: Record<string, string> = {};

/** The cards as they were read before: Prisma's nested select, in the order of `wanted`. */
async function nestedSelectCards(db: Db, wanted: string[]): Promise<ArtworkCard[]> {
  const rows = await db.artwork.findMany({ where: { id: { in: wanted }, status: { in: ["PUBLISHED", "SOLD"] } }, select: cardSelect });
  const byId = new Map(rows.map((r) => [r.id, toCard(r)]));
  return wanted.flatMap((id) => byId.get(id) ?? []);
}

interface WorkSpec {
  name: string;
  artistId: string;
  status?: "PUBLISHED" | "SOLD" | "DRAFT";
  kind?: "ORIGINAL" | "EDITION";
  editionSize?: number;
  editionsSold?: number;
  unitsHeld?: number;
  images?: number[];
  inches?: boolean;
  year?: number;
}

async function work(db: Db, s: WorkSpec) {
  const i = ++n;
  const a = await db.artwork.create({
    data: {
      artistId: s.artistId,
      slug: `card-${s.name}`,
      title: `Harbour ${s.name}`,
      description: "A quiet harbour in the evening.",
      medium: "Oil on canvas",
      widthTenths: 400 + i,
      heightTenths: 500 + i,
      dimensionUnit: s.inches ? "IN" : "CM",
      year: s.year ?? null,
      priceAmount: 10_000 + i * 100,
      currency: i % 2 ? "EUR" : "USD",
      kind: s.kind ?? "ORIGINAL",
      editionSize: s.editionSize ?? null,
      editionsSold: s.editionsSold ?? 0,
      unitsHeld: s.unitsHeld ?? 0,
      status: s.status ?? "PUBLISHED",
      publishedAt: s.status === "DRAFT" ? null : new Date(BASE + i * 60_000),
      tags: ["harbour"],
    },
  });
  // positions given out of order: the card shows the lowest
  for (const position of s.images ?? []) {
    await db.artworkImage.create({
      data: {
        artworkId: a.id,
        position,
        altText: `${s.name} ${position}`,
        originalKey: `artworks/${a.id}/${position}/original.jpg`,
        mimeType: "image/jpeg",
        width: 1600,
        height: 1200,
        bytes: 1000,
        dominantColor: "#336699",
        blurDataUrl: "data:image/webp;base64,AAAA",
        // widest first and one malformed entry: toPublicImage sorts and drops it
        variants: [
          { format: "webp", width: 1280, height: 960, key: `k/${a.id}/${position}/1280.webp`, bytes: 9000 },
          { format: "avif", width: 320, height: 240, key: `k/${a.id}/${position}/320.avif` },
          { format: "gif", width: 10 },
        ],
      },
    });
  }
  ids[s.name] = a.id;
}

beforeAll(async () => {
  const [paid, halfway, none, gone] = await makeArtists(h.db, ["Paid Painter", "Halfway Painter", "Unpaid Painter", "Gone Painter"]);
  const account = (userId: string, ready: boolean, deauthorizedAt: Date | null = null) =>
    h.db.connectAccount.create({
      data: {
        userId,
        stripeAccountId: `acct_card_${userId}`,
        country: "FR",
        detailsSubmitted: true,
        chargesEnabled: true,
        payoutsEnabled: ready,
        deauthorizedAt,
      },
    });
  await account(paid!.userId, true);
  await account(halfway!.userId, false);
  await account(gone!.userId, true, new Date(BASE));
  await work(h.db, { name: "original-two-images", artistId: paid!.id, images: [1, 0] });
  await work(h.db, { name: "edition-some-left", artistId: paid!.id, kind: "EDITION", editionSize: 10, editionsSold: 3, unitsHeld: 2, images: [0] });
  await work(h.db, { name: "edition-sold-out", artistId: paid!.id, kind: "EDITION", editionSize: 5, editionsSold: 5 });
  await work(h.db, { name: "sold-original", artistId: paid!.id, status: "SOLD", images: [0] });
  await work(h.db, { name: "on-hold", artistId: paid!.id, unitsHeld: 1 });
  await work(h.db, { name: "no-payouts-no-image", artistId: halfway!.id });
  await work(h.db, { name: "no-account-edition", artistId: none!.id, kind: "EDITION", editionSize: 20, editionsSold: 1, images: [2, 3] });
  await work(h.db, { name: "deauthorised-inches", artistId: gone!.id, inches: true, year: 2024 });
  await work(h.db, { name: "draft", artistId: paid!.id, status: "DRAFT", images: [0] });
});

describe("one-statement cards", () => {
  it("a catalogue page (every kind of card, all pages) equals the nested select's cards", async () => {
    const caller = await callerAs(h.db, null);
    const seen: ArtworkCard[] = [];
    let cursor: string | null = null;
    do {
      const page: Awaited<ReturnType<typeof caller.artwork.list>> = await caller.artwork.list({ filters: { availability: "all" }, limit: 3, cursor });
      expect(page.items).toStrictEqual(
        await nestedSelectCards(
          h.db,
          page.items.map((c) => c.id),
        ),
      );
      seen.push(...page.items);
      cursor = page.nextCursor;
    } while (cursor);
    expect(seen.map((c) => c.slug)).toEqual(
      Object.keys(ids)
        .filter((k) => k !== "draft")
        .reverse()
        .map((k) => `card-${k}`),
    );
    const states = Object.fromEntries(seen.map((c) => [c.slug.slice(5), c.availability.label ?? c.availability.state]));
    expect(states).toEqual({
      "original-two-images": "available",
      "edition-some-left": "Edition of 10 · 5 left",
      "edition-sold-out": "Edition of 5 · sold out",
      "sold-original": "Sold",
      "on-hold": "On hold",
      "no-payouts-no-image": "Not yet for sale",
      "no-account-edition": "Edition of 20 · not yet for sale",
      "deauthorised-inches": "Not yet for sale",
    });
    const first = seen.find((c) => c.slug === "card-original-two-images")!;
    expect(first.image).toMatchObject({ position: 0, altText: "original-two-images 0" });
    expect(first.image!.variants.map((v) => v.width)).toEqual([320, 1280]);
    expect(seen.find((c) => c.slug === "card-no-payouts-no-image")!.image).toBeNull();
  });

  it("search pages equal the nested select's cards", async () => {
    const caller = await callerAs(h.db, null);
    const page = await caller.artwork.search({ q: "harbour", filters: { availability: "all" }, limit: 24 });
    expect(page.items).toHaveLength(8);
    expect(page.items).toStrictEqual(
      await nestedSelectCards(
        h.db,
        page.items.map((c) => c.id),
      ),
    );
  });

  it("hydrateCards keeps the given order, repeats and drops what is not public, as before", async () => {
    const wanted = [ids["deauthorised-inches"]!, "no-such-id", ids["draft"]!, ids["sold-original"]!, ids["original-two-images"]!, ids["sold-original"]!];
    const cards = await hydrateCards(h.db, wanted);
    expect(cards.map((c) => c.slug)).toEqual(["card-deauthorised-inches", "card-sold-original", "card-original-two-images", "card-sold-original"]);
    expect(cards).toStrictEqual(await nestedSelectCards(h.db, wanted));
    expect(await hydrateCards(h.db, [])).toEqual([]);
  });
});
