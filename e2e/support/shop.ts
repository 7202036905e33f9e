import crypto from "node:crypto";
import pg from "pg";
import { e2eDatabaseUrl } from "./database";

/**
 * Two approved artists Stripe can pay (complete Connect account rows), in Ireland and France, each with
 * published originals priced in EUR and shipping prices; returns what it made.
 */
export async function seedTwoArtistsForSale() {
  const tag = crypto.randomBytes(3).toString("hex");
  const client = new pg.Client({ connectionString: e2eDatabaseUrl });
  await client.connect();
  try {
    const artists = [
      { key: "ie", name: "Aoife Byrne", country: "IE" },
      { key: "fr", name: "Margaux Leroy", country: "FR" },
    ];
    const works: { slug: string; title: string; artist: string }[] = [];
    for (const a of artists) {
      const userId = `e2e-shop-${a.key}-${tag}`;
      await client.query(`INSERT INTO "User" ("id", "email", "name", "updatedAt") VALUES ($1, $2, $3, now())`, [userId, `${userId}@e2e.atelier`, a.name]);
      await client.query(`INSERT INTO "UserRole" ("id", "userId", "role") VALUES ($1, $2, 'ARTIST')`, [`r-${userId}`, userId]);
      await client.query(`INSERT INTO "ArtistProfile" ("id", "userId", "slug", "displayName", "country", "updatedAt") VALUES ($1, $2, $3, $4, $5, now())`, [
        `p-${userId}`,
        userId,
        `shop-${a.key}-${tag}`,
        a.name,
        a.country,
      ]);
      await client.query(
        `INSERT INTO "ConnectAccount" ("id", "userId", "stripeAccountId", "country", "detailsSubmitted", "chargesEnabled", "payoutsEnabled", "updatedAt")
         VALUES ($1, $2, $3, $4, true, true, true, now())`,
        [`ca-${userId}`, userId, `acct_e2e_${a.key}_${tag}`, a.country],
      );
      for (const n of [1, 2]) {
        const slug = `shop-${a.key}-${n}-${tag}`;
        const title = `${a.key === "ie" ? "Harbour" : "Lavender"} Study ${n} ${tag}`;
        await client.query(
          `INSERT INTO "Artwork" ("id", "artistId", "slug", "title", "medium", "widthTenths", "heightTenths", "priceAmount", "currency", "status", "publishedAt",
             "shippingDomestic", "shippingInternational", "updatedAt")
           VALUES ($1, $2, $3, $4, 'Oil on linen', 400, 500, $5, 'EUR', 'PUBLISHED', now(), 2500, 6000, now())`,
          [`w-${slug}`, `p-${userId}`, slug, title, a.key === "ie" ? 48_000 : 31_550],
        );
        works.push({ slug, title, artist: a.name });
      }
    }
    return { tag, works };
  } finally {
    await client.end();
  }
}
