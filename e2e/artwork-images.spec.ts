import { expect, test, type Page } from "@playwright/test";
import crypto from "node:crypto";
import pg from "pg";
import { signUp, uniqueEmail } from "./helpers.ts";
import { gradientPng as png } from "./support/png.ts";
import { e2eDatabaseUrl } from "./support/database.ts";

/** Makes the signed-up user an approved artist with one DRAFT artwork (straight in the database). */
async function makeArtistWithDraft(email: string): Promise<string> {
  const client = new pg.Client({ connectionString: e2eDatabaseUrl });
  await client.connect();
  try {
    const id = () => `e2e${crypto.randomBytes(10).toString("hex")}`;
    const { rows } = await client.query<{ id: string }>(`SELECT id FROM "User" WHERE email = $1`, [email]);
    const userId = rows[0]!.id;
    const profileId = id();
    const artworkId = id();
    await client.query(`INSERT INTO "UserRole" (id, "userId", role) VALUES ($1, $2, 'ARTIST')`, [id(), userId]);
    await client.query(`INSERT INTO "ArtistProfile" (id, "userId", slug, "displayName", "updatedAt") VALUES ($1, $2, $3, 'Image Tester', now())`, [
      profileId,
      userId,
      `image-tester-${profileId}`,
    ]);
    await client.query(
      `INSERT INTO "Artwork" (id, "artistId", slug, title, medium, "widthTenths", "heightTenths", "priceAmount", currency, status, "updatedAt")
       VALUES ($1, $2, $3, 'Harbour Study', 'Oil on panel', 300, 400, 45000, 'EUR', 'DRAFT', now())`,
      [artworkId, profileId, `harbour-study-${artworkId}`],
    );
    return artworkId;
  } finally {
    await client.end();
  }
}

const order = (page: Page) => page.getByTestId("artwork-image").evaluateAll((els) => els.map((e) => e.getAttribute("data-image-id")));

test("an artist uploads two images, sees progress and thumbnails, reorders them and sets alt text", async ({ page }) => {
  const user = { name: "Image Tester", email: uniqueEmail("images"), password: "a-good-password" };
  await signUp(page, user);
  const artworkId = await makeArtistWithDraft(user.email);
  await page.goto(`/studio/artworks/${artworkId}/images`);
  await expect(page.getByRole("heading", { name: "Harbour Study" })).toBeVisible();
  await expect(page.getByTestId("image-count")).toHaveText("0 of 12 images");

  await page.getByLabel("Choose files").setInputFiles([
    { name: "blue.png", mimeType: "image/png", buffer: png(900, 600, [20, 40, 110], [150, 190, 230]) },
    { name: "ochre.jpg", mimeType: "image/jpeg", buffer: png(600, 800, [190, 110, 40], [240, 220, 170]) }, // a PNG named .jpg: accepted as PNG
  ]);
  await expect(page.getByRole("progressbar").first()).toBeVisible();
  await expect(page.getByTestId("artwork-image")).toHaveCount(2, { timeout: 30_000 });
  await expect(page.getByTestId("upload-item")).toHaveCount(0);
  await expect(page.getByTestId("image-count")).toHaveText("2 of 12 images");
  const thumbs = page.getByTestId("artwork-image").locator("img");
  for (const img of await thumbs.all()) {
    await expect(img).toHaveAttribute("src", /^\/media\/artworks\/.+\/w320\.webp$/);
    await expect.poll(() => img.evaluate((el: HTMLImageElement) => el.complete && el.naturalWidth)).toBe(320);
  }

  // media is served from storage with the right type and an immutable cache policy; unknown keys are 404
  const src = (await thumbs.first().getAttribute("src"))!;
  const media = await page.request.get(src);
  expect(media.status()).toBe(200);
  expect(media.headers()["content-type"]).toBe("image/webp");
  expect(media.headers()["cache-control"]).toBe("public, max-age=31536000, immutable");
  expect((await page.request.get(src.replace("w320.webp", "w999.webp"))).status()).toBe(404);
  expect((await page.request.get("/media/..%2F..%2Fauth-secret")).status()).toBe(404);

  // a rejected file shows its own inline error and uploads nothing
  await page.getByLabel("Choose files").setInputFiles({ name: "notes.jpg", mimeType: "image/jpeg", buffer: Buffer.from("just some text, not a picture") });
  await expect(page.getByTestId("upload-item").getByRole("alert")).toContainText("not an image we accept");
  await expect(page.getByTestId("artwork-image")).toHaveCount(2);

  // reorder with the accessible buttons, then by dragging back
  const [first, second] = await order(page);
  await page.getByRole("button", { name: "Move image 1 later" }).click();
  await expect.poll(() => order(page)).toEqual([second, first]);
  await page.reload();
  await expect.poll(() => order(page)).toEqual([second, first]);
  await page.getByTestId("artwork-image").nth(1).dragTo(page.getByTestId("artwork-image").nth(0));
  await expect.poll(() => order(page)).toEqual([first, second]);
  await page.reload();
  await expect.poll(() => order(page)).toEqual([first, second]);

  // make the second primary
  await page.getByRole("button", { name: "Make image 2 primary" }).click();
  await expect.poll(() => order(page)).toEqual([second, first]);

  // alt text, saved and still there after a reload
  await page.getByLabel("Alt text for image 1").fill("Warm ochre gradient, like a sunlit wall");
  await page.getByTestId("artwork-image").nth(0).getByRole("button", { name: "Save alt text" }).click();
  await expect(page.getByTestId("artwork-image").nth(0)).toContainText("Saved");
  await page.reload();
  await expect(page.getByLabel("Alt text for image 1")).toHaveValue("Warm ochre gradient, like a sunlit wall");
  await expect(page.getByTestId("artwork-image").nth(0).locator("img")).toHaveAttribute("alt", "Warm ochre gradient, like a sunlit wall");
  await page.screenshot({ path: "test-results/screens/artwork-images.png", fullPage: true });

  // delete with confirmation
  await page.getByRole("button", { name: "Delete image 2" }).click();
  await page.getByRole("button", { name: "Yes, delete" }).click();
  await expect(page.getByTestId("artwork-image")).toHaveCount(1);
  await expect(page.getByTestId("image-count")).toHaveText("1 of 12 images");
});

test("another artist's artwork images page is not found", async ({ page }) => {
  const owner = { name: "Owner", email: uniqueEmail("owner"), password: "a-good-password" };
  await signUp(page, owner);
  const artworkId = await makeArtistWithDraft(owner.email);
  await page.context().clearCookies();
  const other = { name: "Other", email: uniqueEmail("other"), password: "a-good-password" };
  await signUp(page, other);
  await makeArtistWithDraft(other.email);
  const res = await page.goto(`/studio/artworks/${artworkId}/images`);
  expect(res?.status()).toBe(404);
});
