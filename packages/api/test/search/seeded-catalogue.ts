import { lexicalHashEmbeddingModel } from "@atelier/ai";
import type { Db } from "@atelier/db";
import { DEMO_ARTISTS, DEMO_ARTWORKS, DEMO_BUYER_FAVOURITES, DEMO_BUYER_FOLLOWS } from "@atelier/db/seed/catalogue";
import { backfillEmbeddings } from "@atelier/core/embeddings";
import { makeUser } from "../harness.ts";

/** The deterministic test embedding model (the same local lexical model the offline app uses). */
export const testEmbeddings = lexicalHashEmbeddingModel();

/**
 * The demo catalogue's artists and artworks (text, statuses, prices — no images, which search does
 * not need), a buyer with the demo favourites and follows, and embeddings from the lexical model
 * where the database has pgvector. Returns ids by slug and the buyer.
 */
export async function seedSearchCatalogue(db: Db) {
  const profiles = new Map<string, string>();
  for (const a of DEMO_ARTISTS) {
    const user = await makeUser(db, ["ARTIST", "BUYER"], { name: a.name });
    const p = await db.artistProfile.create({
      data: { userId: user.id, slug: a.slug, displayName: a.name, bio: a.bio, statement: a.statement, location: a.location },
      select: { id: true },
    });
    profiles.set(a.slug, p.id);
  }
  const ids = new Map<string, string>();
  for (const [i, w] of DEMO_ARTWORKS.entries()) {
    const status = w.status ?? "PUBLISHED";
    const listed = status === "PUBLISHED" || status === "SOLD";
    const row = await db.artwork.create({
      data: {
        artistId: profiles.get(w.artist)!,
        slug: w.slug,
        title: w.title,
        description: w.description,
        medium: w.medium,
        category: w.category,
        widthTenths: w.size[0] * 10,
        heightTenths: w.size[1] * 10,
        depthTenths: w.size[2] ? w.size[2] * 10 : null,
        year: w.year,
        tags: w.tags,
        priceAmount: w.price * 100,
        currency: "EUR",
        kind: w.kind ?? "ORIGINAL",
        editionSize: w.editionSize ?? null,
        editionsSold: w.editionsSold ?? 0,
        status,
        publishedAt: listed ? new Date(Date.UTC(2026, 0, 1) - i * 86_400_000) : null,
      },
      select: { id: true },
    });
    ids.set(w.slug, row.id);
  }
  const buyer = await makeUser(db, ["BUYER"], { name: "Demo Buyer" });
  await db.favorite.createMany({ data: DEMO_BUYER_FAVOURITES.map((s) => ({ userId: buyer.id, artworkId: ids.get(s)! })) });
  await db.follow.createMany({ data: DEMO_BUYER_FOLLOWS.map((s) => ({ userId: buyer.id, artistId: profiles.get(s)! })) });
  const backfill = await backfillEmbeddings({ db, model: testEmbeddings });
  return { ids, profiles, buyer, backfill, slugOf: (id: string) => [...ids].find(([, v]) => v === id)?.[0] ?? id };
}
