import { createDb, type Db } from "@atelier/db";
import { hashPassword } from "@atelier/core/accounts/password";
import { expect, test } from "@playwright/test";
import { ADMIN, signInAndWait, signUp, uniqueEmail } from "./helpers.ts";
import { e2eDatabaseUrl } from "./support/database";

// The app under test runs on the embedded database; the test reaches it the same way the app does.
let db: Db;
test.beforeAll(() => {
  db = createDb({ connectionString: e2eDatabaseUrl });
});
test.afterAll(async () => {
  await db?.$disconnect();
});

async function makeArtist(userId: string, name: string) {
  await db.userRole.createMany({ data: [{ userId, role: "ARTIST" }], skipDuplicates: true });
  return db.artistProfile.create({ data: { userId, displayName: name, slug: `${name.toLowerCase().replace(/\W+/g, "-")}-${userId.slice(-6)}` } });
}

test("an artist sees inline errors first, then creates a draft that shows in the studio", async ({ page }) => {
  const user = { name: "Ines Varga", email: uniqueEmail("artist"), password: "a-good-password" };
  await signUp(page, user);
  const { id: userId } = await db.user.findUniqueOrThrow({ where: { email: user.email } });
  await page.goto("/studio");
  await expect(page.getByRole("heading", { name: "The studio is for Atelier artists" })).toBeVisible();
  await expect(page.getByRole("link", { name: "Apply to sell on Atelier" })).toHaveAttribute("href", "/apply");
  await makeArtist(userId, user.name);

  await page.goto("/studio/profile");
  await page.getByLabel("Website", { exact: true }).fill("not a site");
  await page.getByRole("button", { name: "Save profile" }).click();
  await expect(page.getByText("Enter a full web address starting with https://")).toBeVisible();
  await page.getByLabel("Website", { exact: true }).fill("https://ines.example");
  await page.getByLabel("Artist statement", { exact: true }).fill("Drawing the tide, every morning.");
  await page.getByRole("button", { name: "Save profile" }).click();
  await expect(page.getByText("Saved.")).toBeVisible();
  expect(await db.artistProfile.findUniqueOrThrow({ where: { userId } })).toMatchObject({
    website: "https://ines.example",
    statement: "Drawing the tide, every morning.",
  });

  await page.goto("/studio/artworks/new");
  await page.getByLabel("Width", { exact: true }).fill("0");
  await page.getByLabel("Price", { exact: true }).fill("12.345");
  await page.getByLabel("Kind", { exact: true }).selectOption("EDITION");
  await page.getByRole("button", { name: "Create draft" }).click();
  await expect(page.getByText("Give the artwork a title")).toBeVisible();
  await expect(page.getByText("Name the medium, e.g. Oil on canvas")).toBeVisible();
  await expect(page.getByText("Choose the category that fits the work best")).toBeVisible();
  await expect(page.getByText("Width must be more than zero")).toBeVisible();
  await expect(page.getByText("EUR prices have at most 2 decimals")).toBeVisible();
  await expect(page.getByText("Editions need an edition size (2 to 10,000)")).toBeVisible();
  await expect(page.getByLabel("Price", { exact: true })).toHaveAttribute("aria-invalid", "true");
  await page.screenshot({ path: "test-results/screens/studio-form-errors.png", fullPage: true });
  expect(await db.artwork.count({ where: { artist: { userId } } })).toBe(0);

  await page.getByLabel("Title", { exact: true }).fill("Tidal Study");
  await page.getByLabel("Category", { exact: true }).selectOption("DRAWING");
  await page.getByLabel("Medium", { exact: true }).fill("Ink on paper");
  await page.getByLabel("Width", { exact: true }).fill("40");
  await page.getByLabel("Height", { exact: true }).fill("50.5");
  await page.getByLabel("Price", { exact: true }).fill("950");
  await page.getByLabel("Edition size", { exact: true }).fill("20");
  await page.getByLabel("Tags", { exact: true }).fill("Sea, ink, sea");
  await page.getByRole("button", { name: "Create draft" }).click();
  await expect(page).toHaveURL(/\/studio\/artworks\/[^/?]+\?created=1$/);
  await expect(page.getByText("Draft created.")).toBeVisible();

  const row = await db.artwork.findFirstOrThrow({ where: { artist: { userId } } });
  expect(row).toMatchObject({
    title: "Tidal Study",
    category: "DRAWING",
    status: "DRAFT",
    widthTenths: 400,
    heightTenths: 505,
    priceAmount: 95000,
    currency: "EUR",
    kind: "EDITION",
    editionSize: 20,
    tags: ["sea", "ink"],
  });

  await page.goto("/studio");
  const card = page.getByTestId("studio-artwork").filter({ hasText: "Tidal Study" });
  await expect(card).toContainText("Draft");
  await expect(card).toContainText("€950");
  await page.screenshot({ path: "test-results/screens/studio.png", fullPage: true });
});

test("an admin approves an artwork in review and the artist sees it published", async ({ page, browser }) => {
  const password = "a-good-password";
  const artistUser = await db.user.create({
    data: { email: uniqueEmail("reviewed"), name: "Tomas Berg", passwordHash: await hashPassword(password), roles: { create: [{ role: "BUYER" }] } },
  });
  const profile = await makeArtist(artistUser.id, "Tomas Berg");
  const artwork = await db.artwork.create({
    data: {
      artistId: profile.id,
      slug: `north-light-${profile.id.slice(-6)}`,
      title: "North Light",
      medium: "Oil on board",
      category: "PAINTING",
      widthTenths: 300,
      heightTenths: 400,
      priceAmount: 80_000,
      currency: "EUR",
      status: "IN_REVIEW",
      submittedAt: new Date(),
      description: "Morning light on the fjord.",
    },
  });
  await db.artworkImage.create({
    data: {
      artworkId: artwork.id,
      position: 0,
      originalKey: `artworks/${artwork.id}/original.jpg`,
      mimeType: "image/jpeg",
      width: 1200,
      height: 1600,
      bytes: 100_000,
      dominantColor: "#6b7b8c",
      blurDataUrl: "data:image/webp;base64,AAAA",
      variants: [{ format: "webp", width: 320, height: 427, key: `artworks/${artwork.id}/320.webp`, bytes: 9000 }],
    },
  });

  await page.goto(`/admin/artworks?id=${artwork.id}`);
  await signInAndWait(page, ADMIN.email, ADMIN.password);
  const preview = page.getByTestId("artwork-preview");
  await expect(preview).toContainText("North Light");
  await expect(preview).toContainText("Tomas Berg");
  await expect(preview).toContainText("Morning light on the fjord.");
  await page.screenshot({ path: "test-results/screens/admin-artworks.png", fullPage: true });
  await preview.getByRole("button", { name: "Approve and publish" }).click();
  await expect(page.getByTestId("review-queue")).not.toContainText("North Light");
  await expect.poll(async () => (await db.artwork.findUniqueOrThrow({ where: { id: artwork.id } })).status).toBe("PUBLISHED");
  expect(await db.auditLog.count({ where: { targetId: artwork.id, action: "artwork.approve" } })).toBe(1);

  await page.goto("/admin/audit?action=artwork.");
  await expect(page.getByTestId("audit-rows")).toContainText("artwork.approve");

  const artistPage = await (await browser.newContext()).newPage();
  await artistPage.goto("/studio");
  await signInAndWait(artistPage, artistUser.email, password);
  await expect(artistPage).toHaveURL(/\/studio$/);
  const card = artistPage.getByTestId("studio-artwork").filter({ hasText: "North Light" });
  await expect(card).toContainText("Published");

  // changing the price of a published work sends it back to review
  await card.click();
  await expect(artistPage.getByRole("button", { name: "Unpublish" })).toBeVisible();
  await artistPage.getByLabel("Price", { exact: true }).fill("850");
  await artistPage.getByRole("button", { name: "Save changes" }).click();
  await expect(artistPage.getByText("went back to review")).toBeVisible();
  await expect.poll(async () => (await db.artwork.findUniqueOrThrow({ where: { id: artwork.id } })).status).toBe("IN_REVIEW");
  expect((await db.artwork.findUniqueOrThrow({ where: { id: artwork.id } })).priceAmount).toBe(85_000);
});
