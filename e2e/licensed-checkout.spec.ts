import { hashPassword } from "@atelier/core/accounts/password";
import { createDb, type Db } from "@atelier/db";
import { expect, test, type Page } from "@playwright/test";
import { ADMIN, signInAndWait, signUp, uniqueEmail } from "./helpers.ts";
import { e2eDatabaseUrl } from "./support/database";
import { withDemoPicture } from "./support/pictures";
import { fillShippingAddress, payableSandboxAccount } from "./support/shop";

/**
 * The four-party checkout as its people meet it, at phone width: an artist lists a poster of a work in their
 * own shop, a store lists a giclée print of the same work at 10% off, a buyer pays for both in one checkout,
 * and the store's sales, the artist's royalties and the admin's metrics agree to the cent; the print lab makes
 * and ships both, and the buyer's order page shows the tracking.
 */
let db: Db;
test.beforeAll(() => {
  db = createDb({ connectionString: e2eDatabaseUrl });
});
test.afterAll(async () => {
  await db?.$disconnect();
});
test.use({ viewport: { width: 390, height: 844 } });

const PASSWORD = "a-good-password";

async function payableUser(name: string, email: string, roles: ("ARTIST" | "STORE_OWNER" | "BUYER")[]) {
  const user = await db.user.create({
    data: { email, name, passwordHash: await hashPassword(PASSWORD), emailVerified: new Date(), roles: { create: roles.map((role) => ({ role })) } },
  });
  await db.connectAccount.create({
    data: {
      userId: user.id,
      stripeAccountId: await payableSandboxAccount("IE"),
      country: "IE",
      detailsSubmitted: true,
      chargesEnabled: true,
      payoutsEnabled: true,
    },
  });
  return user;
}

async function listProduct(page: Page, path: string, work: string, product: string, price: string, discount?: string) {
  await page.goto(path);
  const form = page.getByTestId("new-listing-form");
  await form.getByLabel("Work").selectOption({ label: work });
  await form.getByLabel("Product").selectOption({ label: product });
  await form.getByLabel("Price (EUR)").fill(price);
  if (discount) await form.getByLabel("Discount (%, optional)").fill(discount);
  await form.getByRole("button", { name: "List it" }).click();
  await expect(form.getByText("Listed. It is on sale now.")).toBeVisible();
}

test("an artist's poster and a store's giclée print in one checkout: every party's share agrees to the cent, and the lab ships with tracking", async ({
  page,
  browser,
}) => {
  test.setTimeout(120_000);
  const tag = crypto.randomUUID().slice(0, 6);
  const artist = await payableUser("Ines Duarte", uniqueEmail("lic-artist"), ["ARTIST", "BUYER"]);
  const profile = await db.artistProfile.create({ data: { userId: artist.id, displayName: "Ines Duarte", slug: `ines-duarte-${tag}`, country: "IE" } });
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
      slug: `tide-line-${tag}`,
      title: `Tide Line ${tag}`,
      medium: "Oil on linen",
      category: "PAINTING",
      widthTenths: 600,
      heightTenths: 800,
      priceAmount: 180_000,
      currency: "EUR",
      status: "PUBLISHED",
      publishedAt: new Date(),
    },
  });
  await withDemoPicture(db, artwork.id); // the print lab prints the work's own picture, fetched from /media
  const owner = await payableUser("Aoife Byrne", uniqueEmail("lic-store"), ["STORE_OWNER", "BUYER"]);
  const store = await db.store.create({
    data: { ownerUserId: owner.id, slug: `quay-prints-${tag}`, name: `Quay Prints ${tag}`, description: "Prints of contemporary painting for small flats." },
  });
  const workLabel = `${artwork.title} — Ines Duarte`;

  // 1. the artist lists a poster in their own shop; the store lists a giclée print at 10% off (each in a browser of their own)
  const artistContext = await browser.newContext({ viewport: { width: 390, height: 844 } });
  const artistPage = await artistContext.newPage();
  await signInAndWait(artistPage, artist.email, PASSWORD);
  await listProduct(artistPage, "/studio/shop", workLabel, "Poster — A3 (29.7 × 42 cm)", "24");
  const ownerContext = await browser.newContext({ viewport: { width: 390, height: 844 } });
  const ownerPage = await ownerContext.newPage();
  await signInAndWait(ownerPage, owner.email, PASSWORD);
  await listProduct(ownerPage, "/store", workLabel, "Giclée print — A3 (29.7 × 42 cm)", "45", "10");

  // 2. a buyer puts both in the cart from the artwork page and pays once
  await signUp(page, { name: "Nora Collector", email: uniqueEmail("lic-buyer"), password: PASSWORD });
  await page.goto(`/artworks/${artwork.slug}`);
  const products = page.getByTestId("prints-and-products");
  await expect(products).toContainText(`Sold by ${store.name}`);
  for (const label of [`Poster, A3 (29.7 × 42 cm), of ${artwork.title}`, `Giclée print, A3 (29.7 × 42 cm), of ${artwork.title}`]) {
    await products.getByRole("button", { name: `Add ${label} to cart` }).click();
  }
  await expect(products.getByTestId("view-cart")).toHaveCount(2);
  await products.screenshot({ path: "test-results/screens/licensed-products-390.png" });

  await page.goto("/cart");
  await expect(page.getByTestId("cart-line")).toHaveCount(2);
  await page.getByLabel("Ship to").selectOption("IE");
  // poster €24.00 + lab shipping €5.95; giclée €45.00 less 10% = €40.50 + lab shipping €5.95
  await expect(page.getByTestId("cart-total-EUR")).toHaveText("€76.40");
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
  await page.screenshot({ path: "test-results/screens/licensed-cart-390.png", fullPage: true });
  await page.getByTestId("checkout-EUR").click();
  await expect(page.getByTestId("checkout-total")).toHaveText("€76.40");
  await fillShippingAddress(page);
  await page.getByLabel("Card number").fill("4242 4242 4242 4242");
  await page.getByRole("button", { name: /^Pay/ }).click();
  await expect(page).toHaveURL(/\/checkout\/success\?order=/);
  await expect(page.getByTestId("order-status")).toHaveAttribute("data-status", "PAID", { timeout: 30_000 });
  const orderId = new URL(page.url()).searchParams.get("order")!;

  // 3. three views of the same charge agree: the store's share, the artist's earnings, the admin's metrics
  //    giclée €40.50 + €5.95: lab €24.95 (€19 + €5.95) · artist's royalty €4.05 · Atelier €4.05 · store €13.40
  //    poster  €24.00 + €5.95: lab €13.45 (€7.50 + €5.95) · Atelier €2.40 · artist €14.10
  await ownerPage.goto("/store");
  const sale = ownerPage.getByTestId("store-sale").filter({ hasText: artwork.title });
  await expect(sale.getByTestId("store-sale-share")).toHaveText("€13.40");
  await expect(sale).toContainText("€46.45"); // €40.50 + the lab's €5.95 shipping
  await expect(sale).not.toContainText("download");
  await expect(ownerPage.getByTestId("store-totals-EUR")).toContainText("€13.40");
  expect(await ownerPage.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
  await ownerPage.screenshot({ path: "test-results/screens/licensed-store-sales-390.png", fullPage: true });
  await ownerContext.close();

  await artistPage.goto("/studio/earnings");
  const royalties = artistPage.getByTestId("royalty-row");
  await expect(royalties.filter({ hasText: store.name })).toContainText("€4.05");
  await expect(royalties.filter({ hasText: "Your shop" })).toContainText("€14.10");
  expect(await artistPage.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
  await artistPage.screenshot({ path: "test-results/screens/licensed-earnings-390.png", fullPage: true });
  await artistContext.close();

  const adminContext = await browser.newContext({ viewport: { width: 390, height: 844 } });
  const admin = await adminContext.newPage();
  await signInAndWait(admin, ADMIN.email, ADMIN.password);
  await admin.goto("/admin/metrics");
  await expect(admin.getByTestId("metrics-EUR")).toContainText("Prints and products");
  await adminContext.close();

  // the ledger holds the same parts (one SALE line per party, per item) and the transfers went to both sellers
  const lines = await db.ledgerEntry.findMany({ where: { orderId, kind: "SALE" } });
  const byPayee = (payee: string) => lines.filter((l) => l.payee === payee).reduce((n, l) => n + l.amount, 0);
  expect({ artist: byPayee("ARTIST"), store: byPayee("STORE"), lab: byPayee("PRINT_LAB"), platform: byPayee("PLATFORM") }).toEqual({
    artist: 405 + 1_410,
    store: 1_340,
    lab: 2_495 + 1_345,
    platform: 405 + 240,
  });
  await expect
    .poll(async () => (await db.transfer.findMany({ where: { orderId, status: "PAID" } })).map((t) => t.amount).sort((a, b) => a - b), { timeout: 30_000 })
    .toEqual([1_340, 1_815]);

  // 4. the print lab makes and ships both; the order page shows who sold each and the tracking
  await page.goto(`/orders/${orderId}`);
  await expect(page.getByText(`Sold by ${store.name}`)).toBeVisible();
  await expect(page.getByText("From the artist's own shop")).toBeVisible();
  await expect(async () => {
    await page.reload();
    await expect(page.getByTestId("tracking")).toHaveCount(2, { timeout: 1_000 });
  }).toPass({ timeout: 60_000 });
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
  await page.screenshot({ path: "test-results/screens/licensed-order-shipped-390.png", fullPage: true });
});
