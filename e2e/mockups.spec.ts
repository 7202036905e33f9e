import { createDb, type Db } from "@atelier/db";
import { expect, test } from "@playwright/test";
import { signUp, uniqueEmail } from "./helpers.ts";
import { e2eDatabaseUrl } from "./support/database";
import { gradientPng } from "./support/png";

let db: Db;
test.beforeAll(() => {
  db = createDb({ connectionString: e2eDatabaseUrl });
});
test.afterAll(async () => {
  await db?.$disconnect();
});
test.use({ viewport: { width: 390, height: 844 } });

test("an artist narrows one work's products and the studio shows the work on exactly those products", async ({ page }) => {
  test.setTimeout(120_000);
  const user = { name: "Ines Moreau", email: uniqueEmail("mockups"), password: "a-good-password" };
  await signUp(page, user);
  const { id: userId } = await db.user.findUniqueOrThrow({ where: { email: user.email } });
  await db.userRole.createMany({ data: [{ userId, role: "ARTIST" }], skipDuplicates: true });
  const profile = await db.artistProfile.create({ data: { userId, displayName: user.name, slug: `ines-moreau-${userId.slice(-6)}` } });
  const artwork = await db.artwork.create({
    data: {
      artistId: profile.id,
      slug: `tide-${userId.slice(-6)}`,
      title: "Tide Line",
      medium: "Acrylic on board",
      category: "PAINTING",
      widthTenths: 300,
      heightTenths: 400,
      priceAmount: 90_000,
      currency: "EUR",
    },
  });

  // its picture goes through the real upload; then it is published (as an admin's approval would)
  await page.goto(`/studio/artworks/${artwork.id}/images`);
  await page
    .getByLabel("Choose files")
    .setInputFiles([{ name: "tide.png", mimeType: "image/png", buffer: gradientPng(900, 1200, [24, 70, 110], [236, 196, 120]) }]);
  await expect(page.getByTestId("artwork-image")).toHaveCount(1, { timeout: 30_000 });
  await db.artwork.update({ where: { id: artwork.id }, data: { status: "PUBLISHED", publishedAt: new Date() } });

  await page.goto(`/studio/artworks/${artwork.id}`);
  const section = page.getByRole("region", { name: "How your work looks on each product" });
  await expect(section.getByTestId("no-mockups")).toContainText("drawn in the background");

  // only a poster and a tote bag for this work
  const licensing = page.getByRole("region", { name: "Licensing" });
  await licensing.getByLabel("Products", { exact: true }).selectOption("choose");
  for (const name of ["Giclée print", "Canvas", "Postcard", "T-shirt", "Digital download"]) await licensing.getByLabel(name).uncheck();
  await licensing.getByRole("button", { name: "Save licensing for this work" }).click();
  await expect(licensing.getByText("Saved: this work has its own terms.")).toBeVisible();

  // the change of terms reaches generate-mockups through the job worker
  await expect
    .poll(
      async () => {
        await page.reload();
        return section.getByTestId("mockups").getByRole("listitem").count();
      },
      { timeout: 60_000, intervals: [2_000] },
    )
    .toBe(2);
  await expect(section.getByRole("img", { name: "Tide Line as a poster" })).toBeVisible();
  await expect(section.getByRole("img", { name: "Tide Line as a tote bag" })).toBeVisible();
  await expect(section.getByText("Edge to edge, as the poster is printed.")).toBeVisible();
  // the strip scrolls sideways on a phone, and the pictures load as they come into view
  for (const img of await section.locator("img").all()) {
    await img.scrollIntoViewIfNeeded();
    await expect.poll(() => img.evaluate((el: HTMLImageElement) => el.complete && el.naturalWidth > 0)).toBe(true);
  }
  // nothing on the page is wider than the phone
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
  expect((await db.productMockup.findMany({ where: { artworkId: artwork.id }, orderBy: { productTypeCode: "asc" } })).map((m) => m.productTypeCode)).toEqual([
    "poster",
    "tote",
  ]);
  await section.getByTestId("mockups").evaluate((el) => el.scrollTo({ left: 0 }));
  await section.scrollIntoViewIfNeeded();
  await page.screenshot({ path: "test-results/screens/mockups-studio-390.png" });

  // the licensing page shows the most recently published work the same way
  await page.goto("/studio/licensing");
  const latest = page.getByRole("region", { name: "How your work looks on each product" });
  await expect(latest.getByRole("link", { name: "Tide Line" })).toBeVisible();
  await expect(latest.getByTestId("mockups").getByRole("listitem")).toHaveCount(2);
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
  await latest.screenshot({ path: "test-results/screens/mockups-licensing-390.png" });
});
