import { createDb, type Db } from "@atelier/db";
import { expect, test, type Page } from "@playwright/test";
import { signUp, uniqueEmail } from "./helpers.ts";
import { e2eDatabaseUrl } from "./support/database";

// The app under test runs on the embedded database; the test reaches it the same way the app does.
let db: Db;
test.beforeAll(() => {
  db = createDb({ connectionString: e2eDatabaseUrl });
});
test.afterAll(async () => {
  await db?.$disconnect();
});
test.use({ viewport: { width: 390, height: 844 } });

/** A freshly signed-up account made an artist with a profile and one published work. */
async function newArtistWithWork(page: Page) {
  const user = { name: "Noor Haddad", email: uniqueEmail("licensing"), password: "a-good-password" };
  await signUp(page, user);
  const { id: userId } = await db.user.findUniqueOrThrow({ where: { email: user.email } });
  await db.userRole.createMany({ data: [{ userId, role: "ARTIST" }], skipDuplicates: true });
  const profile = await db.artistProfile.create({ data: { userId, displayName: user.name, slug: `noor-haddad-${userId.slice(-6)}` } });
  const artwork = await db.artwork.create({
    data: {
      artistId: profile.id,
      slug: `dune-light-${userId.slice(-6)}`,
      title: "Dune Light",
      medium: "Oil on linen",
      widthTenths: 600,
      heightTenths: 800,
      priceAmount: 180_000,
      currency: "EUR",
      status: "PUBLISHED",
      publishedAt: new Date(),
    },
  });
  return { profile, artwork };
}

const a3 = (page: Page) => page.getByTestId("example-giclee-a3");

test("an artist sets licensing terms in the studio and the earnings example follows every change", async ({ page }) => {
  const { profile, artwork } = await newArtistWithWork(page);

  await page.goto("/studio/licensing");
  await expect(page.getByRole("heading", { name: "Licensing", exact: true })).toBeVisible();
  await expect(page.getByText("You have not set terms yet, so Atelier's defaults apply")).toBeVisible();
  await expect(page.getByLabel("Royalty from other stores (%)")).toHaveValue("10");
  // defaults: no third-party stores; an A3 giclée at its suggested €45 pays €45 − €19 production − €4.50 fee in the artist's shop
  await expect(a3(page).getByTestId("store-earnings")).toHaveText("Other stores may not sell it");
  await expect(a3(page).getByTestId("shop-earnings")).toHaveText("Your shop: €21.50");

  await page.getByLabel("Let other stores sell my work").check();
  await expect(a3(page).getByTestId("store-earnings")).toContainText("Sold by a store: €4.50");
  await expect(a3(page).getByTestId("store-earnings")).toContainText("€3.60 at €36.00, the most off you allow");

  await page.getByLabel("Royalty from other stores (%)").fill("15");
  await expect(a3(page).getByTestId("store-earnings")).toContainText("Sold by a store: €6.75");
  await page.getByLabel("Largest discount (%)").fill("10");
  await expect(a3(page).getByTestId("store-earnings")).toContainText("€6.07 at €40.50, the most off you allow");

  // a mistake is named at its field, the example keeps the last valid terms, and nothing is saved
  await page.getByLabel("Royalty from other stores (%)").fill("60");
  await expect(page.getByText("The royalty can be at most 50%")).toBeVisible();
  await page.getByRole("button", { name: "Save terms" }).click();
  await expect(a3(page).getByTestId("store-earnings")).toContainText("Sold by a store: €6.75");
  expect(await db.artistLicensingTerms.count({ where: { artistId: profile.id } })).toBe(0);

  await page.getByLabel("Royalty from other stores (%)").fill("15");
  await page.getByLabel("T-shirt").uncheck();
  await expect(page.getByTestId("example-tshirt-m")).toContainText("Not licensed");
  await page.getByRole("button", { name: "Save terms" }).click();
  await expect(page.getByText("Saved. Sales already made keep the terms they were sold under.")).toBeVisible();
  expect(await db.artistLicensingTerms.findUniqueOrThrow({ where: { artistId: profile.id } })).toMatchObject({
    royaltyBps: 1_500,
    maxDiscountBps: 1_000,
    minimumPriceAmount: 500,
    allowThirdPartyStores: true,
    allowedProductTypes: ["giclee-print", "canvas", "poster", "postcard", "tote", "digital-download"],
    version: 1,
  });
  await page.reload();
  await expect(page.getByLabel("Royalty from other stores (%)")).toHaveValue("15");
  await expect(page.getByText("You have not set terms yet")).toHaveCount(0);
  await page.screenshot({ path: "test-results/screens/licensing-terms-390.png", fullPage: true });

  // one work's own terms, on its edit page: a 20% royalty for this work only
  await page.goto(`/studio/artworks/${artwork.id}`);
  const section = page.getByRole("region", { name: "Licensing" });
  await expect(section.getByLabel("Royalty from other stores (%)")).toHaveAttribute("placeholder", "15");
  await expect(section.getByText("Leave empty to use your terms (15%).")).toBeVisible();
  await expect(a3(page).getByTestId("store-earnings")).toContainText("Sold by a store: €6.75");
  await section.getByLabel("Royalty from other stores (%)").fill("20");
  await expect(a3(page).getByTestId("store-earnings")).toContainText("Sold by a store: €9.00");
  await section.getByRole("button", { name: "Save licensing for this work" }).click();
  await expect(section.getByText("Saved: this work has its own terms.")).toBeVisible();
  await expect(section.getByText("This work has terms of its own where a field below is set")).toBeVisible();
  expect(await db.artworkLicensingTerms.findUniqueOrThrow({ where: { artworkId: artwork.id } })).toMatchObject({ royaltyBps: 2_000, maxDiscountBps: null });
  await section.screenshot({ path: "test-results/screens/licensing-artwork-390.png" });
});
