import crypto from "node:crypto";
import pg from "pg";
import { e2eDatabaseUrl } from "./support/database";

/** Inserts an approved artist and a few published works straight into the e2e database; returns what it made. */
export async function seedSmallCatalogue() {
  const tag = crypto.randomBytes(3).toString("hex");
  const client = new pg.Client({ connectionString: e2eDatabaseUrl });
  await client.connect();
  try {
    const userId = `e2e-artist-${tag}`;
    const artistSlug = `e2e-artist-${tag}`;
    await client.query(`INSERT INTO "User" ("id", "email", "name", "updatedAt") VALUES ($1, $2, $3, now())`, [userId, `${userId}@e2e.atelier`, "Elin Gray"]);
    await client.query(`INSERT INTO "UserRole" ("id", "userId", "role") VALUES ($1, $2, 'ARTIST')`, [`r-${userId}`, userId]);
    await client.query(
      `INSERT INTO "ArtistProfile" ("id", "userId", "slug", "displayName", "bio", "updatedAt") VALUES ($1, $2, $3, 'Elin Gray', 'Paints weather.', now())`,
      [`p-${tag}`, userId, artistSlug],
    );
    const works = [
      { slug: `storm-${tag}`, title: `Storm Over Skagen ${tag}`, medium: `Oil on linen ${tag}`, price: 125_000, tags: ["sea"] },
      { slug: `fjord-${tag}`, title: `Fjord Morning ${tag}`, medium: `Watercolour ${tag}`, price: 48_000, tags: ["landscape"] },
      { slug: `kelp-${tag}`, title: `Kelp Forest ${tag}`, medium: `Oil on linen ${tag}`, price: 89_900, tags: ["sea"] },
    ];
    for (const [i, w] of works.entries()) {
      await client.query(
        `INSERT INTO "Artwork" ("id", "artistId", "slug", "title", "description", "medium", "widthTenths", "heightTenths", "tags", "priceAmount", "currency", "status", "publishedAt", "updatedAt")
         VALUES ($1, $2, $3, $4, 'From the coast.', $5, 600, 805, $6, $7, 'EUR', 'PUBLISHED', now() - ($8 || ' minutes')::interval, now())`,
        [`w-${w.slug}`, `p-${tag}`, w.slug, w.title, w.medium, w.tags, w.price, String(i)],
      );
    }
    await client.query(
      `INSERT INTO "Artwork" ("id", "artistId", "slug", "title", "medium", "widthTenths", "heightTenths", "priceAmount", "currency", "status", "updatedAt")
      VALUES ($1, $2, $3, $4, $5, 600, 800, 1000, 'EUR', 'DRAFT', now())`,
      [`w-draft-${tag}`, `p-${tag}`, `draft-${tag}`, `Secret Draft ${tag}`, `Oil on linen ${tag}`],
    );
    return { tag, artistSlug, works };
  } finally {
    await client.end();
  }
}
