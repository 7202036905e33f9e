import { hashPassword } from "@atelier/core/accounts/password";
import { sandboxStripe } from "@atelier/core/payments";
import type { Page } from "@playwright/test";
import crypto from "node:crypto";
import pg from "pg";
import { e2eDatabaseUrl } from "./database";

const sandboxUrl = `http://127.0.0.1:${process.env.E2E_SANDBOX_PORT ?? "12199"}`;

/** A Connect account on the e2e server's payments sandbox that has finished onboarding (so transfers to it succeed). */
export async function payableSandboxAccount(country: string, businessName?: string): Promise<string> {
  const account = await sandboxStripe(sandboxUrl).accounts.create({
    type: "express",
    country,
    ...(businessName ? { business_profile: { name: businessName } } : {}),
    capabilities: { card_payments: { requested: true }, transfers: { requested: true } },
  });
  const done = await fetch(`${sandboxUrl}/__sandbox/accounts/${account.id}/complete_onboarding`, { method: "POST" });
  if (!done.ok) throw new Error(`sandbox onboarding failed: ${done.status} ${await done.text()}`);
  return account.id;
}

/**
 * Two approved artists Stripe can pay (complete Connect account rows), in Ireland and France, each with
 * published originals priced in EUR and shipping prices; returns what it made.
 */
export async function seedTwoArtistsForSale(opts: { payable?: boolean; password?: string } = {}) {
  const tag = crypto.randomBytes(3).toString("hex");
  const client = new pg.Client({ connectionString: e2eDatabaseUrl });
  await client.connect();
  try {
    const artists = [
      { key: "ie", name: "Aoife Byrne", country: "IE" },
      { key: "fr", name: "Margaux Leroy", country: "FR" },
    ];
    const works: { slug: string; title: string; artist: string; email: string }[] = [];
    const passwordHash = opts.password ? await hashPassword(opts.password) : null;
    for (const a of artists) {
      const userId = `e2e-shop-${a.key}-${tag}`;
      const email = `${userId}@e2e.atelier`;
      await client.query(`INSERT INTO "User" ("id", "email", "name", "passwordHash", "emailVerified", "updatedAt") VALUES ($1, $2, $3, $4, now(), now())`, [
        userId,
        email,
        a.name,
        passwordHash,
      ]);
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
        [`ca-${userId}`, userId, opts.payable ? await payableSandboxAccount(a.country) : `acct_e2e_${a.key}_${tag}`, a.country],
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
        works.push({ slug, title, artist: a.name, email });
      }
    }
    return { tag, works };
  } finally {
    await client.end();
  }
}

/** The sandbox's hosted page collects a shipping address (Checkout's shipping_address_collection). */
export async function fillShippingAddress(page: Page, name = "Nora Collector") {
  await page.getByLabel("Full name").fill(name);
  await page.getByLabel("Address line 1").fill("12 Harbour Road");
  await page.getByLabel("City").fill("Dublin");
  await page.getByLabel("Postal code").fill("D02 X285");
}
