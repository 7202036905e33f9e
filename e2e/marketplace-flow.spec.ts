import { expect, test, type Browser, type Page } from "@playwright/test";
import { ADMIN, signInAndWait, signUp, uniqueEmail } from "./helpers.ts";
import { gradientPng } from "./support/png.ts";

/**
 * The catalogue journey end to end, the way people click through it: a user applies, an admin
 * approves, the welcome mail lands in the mailbox, the new artist lists an artwork with two images,
 * reorders them and submits it, the admin approves it, it shows in the gallery and in search, and a
 * buyer favourites it.
 */
test.setTimeout(180_000);

async function asAdmin(browser: Browser): Promise<Page> {
  const page = await (await browser.newContext()).newPage();
  await page.goto("/admin");
  await signInAndWait(page, ADMIN.email, ADMIN.password);
  return page;
}

test("apply → approve → mail → list an artwork with two images → approve → gallery and search → favourite", async ({ page, browser }) => {
  const stamp = Date.now().toString(36);
  const artist = { name: "Maren Holt", email: uniqueEmail("maren"), password: "tide-and-salt-2026" };
  const displayName = `Maren Holt ${stamp}`;
  const title = `Salt Marsh at Dawn ${stamp}`;

  // 1. a user applies
  await signUp(page, artist);
  await page.goto("/apply");
  await page.getByLabel("Artist name").fill(displayName);
  await page.getByLabel("Portfolio link").fill("https://maren.example/portfolio");
  await page.getByLabel("Artist statement").fill("Salt marshes and tidal light, painted outdoors in all weathers.");
  await page.getByLabel(/I accept the artist terms/).check();
  await page.getByRole("button", { name: "Submit application" }).click();
  await expect(page.getByTestId("application-status")).toHaveAttribute("data-status", "PENDING");

  // 2. an admin approves; the welcome mail is delivered by the background job to the mailbox
  const admin = await asAdmin(browser);
  await admin.goto("/admin/applications");
  await admin.getByRole("link", { name: displayName }).click();
  await admin.getByRole("button", { name: "Approve" }).click();
  await expect(admin.getByTestId("application-status")).toHaveText("Approved");
  await expect(async () => {
    await admin.goto("/dev/mailbox");
    await expect(admin.getByTestId("mail-list").getByRole("link").filter({ hasText: artist.email }).filter({ hasText: "approved" }).first()).toBeVisible({
      timeout: 1000,
    });
  }).toPass({ timeout: 30_000 });

  // 3. the new artist lists an artwork (roles are read per request: no need to sign in again)
  await page.goto("/studio/artworks/new");
  await page.getByLabel("Title", { exact: true }).fill(title);
  await page.getByLabel("Category", { exact: true }).selectOption("PAINTING");
  await page.getByLabel("Medium", { exact: true }).fill("Oil on linen");
  await page.getByLabel("Width", { exact: true }).fill("60");
  await page.getByLabel("Height", { exact: true }).fill("45");
  await page.getByLabel("Price", { exact: true }).fill("1450");
  await page.getByLabel("Tags", { exact: true }).fill("marsh, dawn, landscape");
  await page.getByRole("button", { name: "Create draft" }).click();
  await expect(page).toHaveURL(/\/studio\/artworks\/[^/?]+\?created=1$/);
  const artworkId = new URL(page.url()).pathname.split("/").pop()!;

  // two images, then swap their order
  await page.getByLabel("Choose files").setInputFiles([
    { name: "marsh-wide.png", mimeType: "image/png", buffer: gradientPng(900, 600, [70, 90, 60], [220, 200, 150]) },
    { name: "marsh-detail.png", mimeType: "image/png", buffer: gradientPng(600, 800, [40, 60, 110], [200, 210, 230]) },
  ]);
  const images = page.getByTestId("artwork-image");
  await expect(images).toHaveCount(2, { timeout: 60_000 });
  const before = await images.evaluateAll((els) => els.map((e) => e.getAttribute("data-image-id")));
  await page.getByRole("button", { name: "Move image 1 later" }).click();
  await expect.poll(() => images.evaluateAll((els) => els.map((e) => e.getAttribute("data-image-id")))).toEqual([before[1], before[0]]);

  await page.reload();
  await page.getByRole("button", { name: "Submit for review" }).click();
  await expect(page.getByText("In review").first()).toBeVisible();

  // 4. the admin approves the artwork
  await admin.goto(`/admin/artworks?id=${artworkId}`);
  const preview = admin.getByTestId("artwork-preview");
  await expect(preview).toContainText(title);
  await preview.getByRole("button", { name: "Approve and publish" }).click();
  await expect(admin.getByTestId("review-queue")).not.toContainText(title);

  // 5. it is in the gallery and in search, with its primary image first
  const visitor = await (await browser.newContext()).newPage();
  await visitor.goto("/gallery");
  await expect(visitor.getByTestId("artwork-card").filter({ hasText: title })).toBeVisible();
  await visitor.getByRole("searchbox", { name: "Search artworks" }).fill(`salt marsh ${stamp}`);
  await visitor.getByRole("button", { name: "Search", exact: true }).click();
  const hit = visitor.getByTestId("artwork-card").filter({ hasText: title });
  await expect(hit).toBeVisible();
  await visitor.screenshot({ path: "test-results/screens/gallery-search.png", fullPage: true });
  await hit.getByRole("link").first().click();
  await expect(visitor.getByRole("heading", { level: 1, name: title })).toBeVisible();
  await expect(visitor.getByTestId("artwork-price")).toContainText("1,450");

  // 6. a buyer favourites it and finds it on /favourites
  await signUp(visitor, { name: "Colm Buyer", email: uniqueEmail("colm"), password: "a-long-enough-password" });
  await visitor.goto(new URL(page.url()).origin + `/gallery?q=${encodeURIComponent(`salt marsh ${stamp}`)}`);
  await visitor.getByTestId("artwork-card").filter({ hasText: title }).getByRole("link").first().click();
  await visitor.getByRole("button", { name: "Save to favourites" }).click();
  await expect(visitor.getByRole("button", { name: "Saved to favourites" })).toHaveAttribute("aria-pressed", "true");
  await visitor.goto("/favourites");
  await expect(visitor.getByTestId("artwork-card").filter({ hasText: title })).toBeVisible();
});
