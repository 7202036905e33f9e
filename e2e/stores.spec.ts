import { createDb, type Db } from "@atelier/db";
import { expect, test } from "@playwright/test";
import { ADMIN, signInAndWait, signUp, uniqueEmail } from "./helpers.ts";
import { e2eDatabaseUrl } from "./support/database";
import { withDemoPicture } from "./support/pictures";

// The app under test runs on the embedded database; the test reaches it the same way the app does.
let db: Db;
test.beforeAll(() => {
  db = createDb({ connectionString: e2eDatabaseUrl });
});
test.afterAll(async () => {
  await db?.$disconnect();
});
test.use({ viewport: { width: 390, height: 844 } });

/** An artist whose terms allow stores (€20 floor, 20% off at most, prints and posters), with one published work. */
async function artistAllowingStores() {
  const tag = crypto.randomUUID().slice(0, 6);
  const user = await db.user.create({
    data: { email: uniqueEmail("store-artist"), name: "Ines Duarte", roles: { create: [{ role: "ARTIST" }, { role: "BUYER" }] } },
  });
  const profile = await db.artistProfile.create({ data: { userId: user.id, displayName: "Ines Duarte", slug: `ines-duarte-${tag}` } });
  await db.artistLicensingTerms.create({
    data: {
      artistId: profile.id,
      royaltyBps: 1_000,
      minimumPriceAmount: 2_000,
      minimumPriceCurrency: "EUR",
      maxDiscountBps: 2_000,
      allowThirdPartyStores: true,
      allowedProductTypes: ["giclee-print", "poster"],
    },
  });
  const artwork = await db.artwork.create({
    data: {
      artistId: profile.id,
      slug: `harbour-fog-${tag}`,
      title: `Harbour Fog ${tag}`,
      medium: "Oil on linen",
      widthTenths: 600,
      heightTenths: 800,
      priceAmount: 180_000,
      currency: "EUR",
      status: "PUBLISHED",
      publishedAt: new Date(),
    },
  });
  await withDemoPicture(db, artwork.id);
  return { profile, artwork };
}

test("a store owner applies, an admin approves, the store lists a print within the artist's terms and its public page shows it", async ({ page, browser }) => {
  const { artwork, profile } = await artistAllowingStores();
  const storeName = `Quay Prints ${crypto.randomUUID().slice(0, 6)}`;
  const owner = { name: "Aoife Byrne", email: uniqueEmail("store-owner"), password: "a-good-password" };

  // 1. someone signs up and applies for a store; a mistake is named at its field
  await signUp(page, owner);
  await page.goto("/store");
  await expect(page.getByRole("heading", { name: "You don't have a store yet" })).toBeVisible();
  await page.getByRole("link", { name: "Apply for a store" }).click();
  await page.getByLabel("Store name").fill(storeName);
  await page.getByLabel("About your store").fill("short");
  await page.getByRole("button", { name: "Submit application" }).click();
  await expect(page.getByText("Describe your store in at least 20 characters")).toBeVisible();
  await page.getByLabel("About your store").fill("Prints of contemporary painting for small flats, framed by hand in Galway.");
  await page.getByLabel("What would you sell, and to whom?").fill("Giclée prints and posters, to people furnishing their first home.");
  await page.getByRole("button", { name: "Submit application" }).click();
  await expect(page.getByTestId("store-application-pending")).toContainText(storeName);
  await page.screenshot({ path: "test-results/screens/store-apply-390.png", fullPage: true });

  // 2. an admin approves it (in a browser of their own)
  const adminContext = await browser.newContext({ viewport: { width: 390, height: 844 } });
  const admin = await adminContext.newPage();
  await admin.goto("/sign-in");
  await signInAndWait(admin, ADMIN.email, ADMIN.password);
  await admin.goto("/admin/store-applications");
  await admin.getByRole("link", { name: storeName }).click();
  await admin.getByRole("button", { name: "Approve" }).click();
  await expect(admin.getByTestId("application-status")).toHaveText("Approved");
  await adminContext.close();

  // 3. the store owner lists a poster of the work: under the floor is refused at the price, within the terms it is on sale
  await page.goto("/store");
  await expect(page.getByRole("heading", { name: storeName })).toBeVisible();
  await expect(page.getByTestId("payout-state")).toHaveText("Not set up");
  const form = page.getByTestId("new-listing-form");
  await form.getByLabel("Work").selectOption({ label: `${artwork.title} — Ines Duarte` });
  await expect(form.getByTestId("listing-terms")).toContainText("at least €20.00 after any discount, at most 20% off");
  await form.getByLabel("Product").selectOption({ label: "Poster — A3 (29.7 × 42 cm)" });
  await form.getByLabel("Price (EUR)").fill("19");
  await form.getByRole("button", { name: "List it" }).click();
  await expect(form.getByText("The artist's minimum price is €20.00 a unit")).toBeVisible();
  await form.getByLabel("Price (EUR)").fill("30");
  await form.getByLabel("Discount (%, optional)").fill("10");
  await form.getByRole("button", { name: "List it" }).click();
  await expect(form.getByText("Listed. It is on sale now.")).toBeVisible();
  const row = page.getByTestId("my-listing").filter({ hasText: artwork.title });
  await expect(row.getByTestId("listing-status")).toHaveText("On sale");
  await expect(row).toContainText("€27 (€30 less 10%)");
  // where a sale's €27 goes: the lab's €7.50, the artist's 10% royalty, Atelier's 10% fee, the rest to the store
  await expect(row.getByTestId("listing-earnings")).toHaveText(
    "Each sale of €27.00: your store €14.10 · artist's royalty €2.70 · print lab €7.50 · Atelier €2.70",
  );
  await page.screenshot({ path: "test-results/screens/store-dashboard-390.png", fullPage: true });

  // 4. the public store page and the artwork page show it, with the price after the discount
  const store = await db.store.findFirstOrThrow({ where: { name: storeName } });
  await page.goto(`/stores/${store.slug}`);
  const card = page.getByTestId("listing-card").filter({ hasText: artwork.title });
  await expect(card).toContainText("Poster");
  await expect(card.getByTestId("listing-price")).toContainText("€27");
  await page.screenshot({ path: "test-results/screens/store-page-390.png", fullPage: true });
  await page.goto(`/artworks/${artwork.slug}`);
  await expect(page.getByTestId("prints-and-products")).toContainText(`Sold by ${storeName}`);
  await page.getByTestId("prints-and-products").screenshot({ path: "test-results/screens/artwork-products-390.png" });
  // and the gallery's "with prints and products" filter finds the work
  await page.goto(`/gallery?products=1&availability=all&artist=${profile.slug}`);
  await page.screenshot({ path: "test-results/screens/gallery-products-390.png", fullPage: true });
  await expect(page.getByTestId("artwork-card").locator("h3")).toHaveText([artwork.title]);
});

test("an admin removes a store's selling rights at /admin/users: its page closes and its listings pause; granting back resumes nothing", async ({ page }) => {
  const { artwork } = await artistAllowingStores();
  const tag = crypto.randomUUID().slice(0, 6);
  const email = uniqueEmail("closed-store");
  const owner = await db.user.create({ data: { email, name: "Rory Walsh", roles: { create: [{ role: "BUYER" }, { role: "STORE_OWNER" }] } } });
  const store = await db.store.create({
    data: { ownerUserId: owner.id, slug: `pier-prints-${tag}`, name: `Pier Prints ${tag}`, description: "Posters by the pier." },
  });
  const listing = await db.listing.create({
    data: { seller: "STORE", storeId: store.id, artworkId: artwork.id, variantCode: "poster-a3", unitAmount: 3_000, currency: "EUR" },
  });
  await page.goto(`/stores/${store.slug}`);
  await expect(page.getByTestId("listing-card").filter({ hasText: artwork.title })).toBeVisible();

  await page.goto("/sign-in");
  await signInAndWait(page, ADMIN.email, ADMIN.password);
  await page.goto("/admin/users");
  await page.getByLabel("Search users").fill(email);
  const row = page.getByTestId(`user-row-${email}`);
  const role = row.getByRole("button", { name: "store owner" });
  await expect(role).toHaveAttribute("aria-pressed", "true");
  await role.click();
  await expect(role).toHaveAttribute("aria-pressed", "false");
  await page.screenshot({ path: "test-results/screens/admin-users-store-owner-390.png", fullPage: true });

  expect(await db.listing.findUniqueOrThrow({ where: { id: listing.id } })).toMatchObject({
    status: "PAUSED",
    pauseReason: "The store's selling rights were removed by an admin",
  });
  const closed = await page.goto(`/stores/${store.slug}`);
  expect(closed?.status()).toBe(404);
  await expect(page.getByRole("heading", { name: "We couldn't find that page" })).toBeVisible();

  // granting it back reopens the page, with nothing on sale until the owner resumes it
  await page.goto("/admin/users");
  await page.getByLabel("Search users").fill(email);
  await role.click();
  await expect(role).toHaveAttribute("aria-pressed", "true");
  await page.goto(`/stores/${store.slug}`);
  await expect(page.getByRole("heading", { name: store.name })).toBeVisible();
  await expect(page.getByTestId("listing-card")).toHaveCount(0);
  expect((await db.listing.findUniqueOrThrow({ where: { id: listing.id } })).status).toBe("PAUSED");
});
