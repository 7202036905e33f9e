import { expect, test, type Locator, type Page } from "@playwright/test";
import { signUp, uniqueEmail } from "./helpers";
import { gradientPng } from "./support/png";

/** Indigo Hour is 40 × 50 cm; the sample rooms are 1800 px wide at 4.5 px per cm of wall. */
const WORK = { slug: "indigo-hour", title: "Indigo Hour", widthCm: 40 };
const PHONE = { width: 390, height: 844 };
const shots = "test-results/wall-preview";

test.use({ viewport: PHONE });

/** The framed work's width as a share of the photo's width, as the browser draws it. */
async function shareOfPhoto(page: Page): Promise<number> {
  const canvas = (await page.getByTestId("wall-canvas").boundingBox())!;
  const work = (await page.getByTestId("wall-overlay").boundingBox())!;
  return work.width / canvas.width;
}

async function centreOf(l: Locator) {
  const b = (await l.boundingBox())!;
  return { x: b.x + b.width / 2, y: b.y + b.height / 2 };
}

test("a visitor previews a work on a sample wall at true scale, moves it, frames it and renders the composite", async ({ page }) => {
  await page.goto(`/artworks/${WORK.slug}`);
  const section = page.getByTestId("see-it-on-your-wall");
  await section.scrollIntoViewIfNeeded();
  await expect(section.getByRole("heading", { name: "See it on your wall" })).toBeVisible();
  await expect(section.getByRole("button", { name: "Living room" })).toHaveAttribute("aria-pressed", "true");
  await expect(section.getByTestId("wall-scale-note")).toContainText("The sofa is 220 cm wide.");
  await expect(section.getByRole("link", { name: "Sign in to use a photo of your wall" })).toBeVisible();

  // true scale: 40 cm of a 400 cm wall is a tenth of the photo's width; an oak frame adds 3 cm a side
  await expect(page.getByTestId("wall-overlay")).toBeVisible();
  await expect.poll(() => shareOfPhoto(page)).toBeCloseTo((WORK.widthCm * 4.5) / 1800, 2);
  await section.getByRole("radio", { name: "Oak" }).click();
  await expect.poll(() => shareOfPhoto(page)).toBeCloseTo(((WORK.widthCm + 6) * 4.5) / 1800, 2);
  await expect(section.getByTestId("wall-scale-note")).toContainText("With the frame it is 46 × 56 cm.");

  // drag it to the left, over the plant's side of the sofa
  const before = await centreOf(page.getByTestId("wall-overlay"));
  const canvas = (await page.getByTestId("wall-canvas").boundingBox())!;
  await page.mouse.move(before.x, before.y);
  await page.mouse.down();
  await page.mouse.move(canvas.x + canvas.width * 0.3, before.y, { steps: 8 });
  await page.mouse.up();
  const after = await centreOf(page.getByTestId("wall-overlay"));
  expect(after.x).toBeLessThan(before.x - canvas.width * 0.15);
  expect(Math.abs(after.y - before.y)).toBeLessThan(2);
  await section.screenshot({ path: `${shots}/editor-390.png` });

  await section.getByRole("button", { name: "Render the preview" }).click();
  const result = section.getByTestId("wall-result");
  await expect(result).toBeVisible({ timeout: 30_000 });
  await expect(result).toHaveAttribute("data-renderer", "composite");
  await expect(result).toContainText("Composite preview");
  await expect(result).toContainText("40 × 50 cm in an oak frame, 46 × 56 cm overall");
  await expect(result).toContainText("It is not a photograph.");
  const img = result.getByRole("img");
  await expect.poll(() => img.evaluate((el: HTMLImageElement) => el.complete && el.naturalWidth)).toBe(1800);
  await result.scrollIntoViewIfNeeded();
  await result.screenshot({ path: `${shots}/result-390.png` });

  // another room and frame
  await section.getByRole("button", { name: "Dining room" }).click();
  await section.getByRole("radio", { name: "White with mat" }).click();
  await expect(result).toHaveCount(0);
  await expect.poll(() => shareOfPhoto(page)).toBeCloseTo(((WORK.widthCm + 16) * 4.5) / 1800, 2);
  await section.getByRole("button", { name: "Render the preview" }).click();
  await expect(section.getByTestId("wall-result")).toContainText("in a white frame with a mat", { timeout: 30_000 });
  await section.screenshot({ path: `${shots}/dining-room-390.png` });
});

test("a buyer uploads a photo of their wall, marks a known length, previews the work and deletes the photo; nobody else can open it", async ({
  page,
  browser,
}) => {
  await signUp(page, { name: "Wall Tester", email: uniqueEmail("wall"), password: "a-good-password" });
  await page.goto(`/artworks/${WORK.slug}`);
  const section = page.getByTestId("see-it-on-your-wall");
  await section.scrollIntoViewIfNeeded();
  await section
    .getByLabel("Upload a photo of your wall")
    .setInputFiles({ name: "my-hallway.png", mimeType: "image/png", buffer: gradientPng(1200, 800, [226, 220, 208], [196, 188, 174]) });
  await expect(section.getByRole("button", { name: "my-hallway" })).toHaveAttribute("aria-pressed", "true", { timeout: 30_000 });
  await expect(section.getByTestId("scale-instruction")).toContainText("Tap both ends");
  await expect(page.getByTestId("wall-overlay")).toHaveCount(0);

  // mark 100 cm across half of the photo: the photo then shows 200 cm, and the 40 cm work is a fifth of it
  const canvas = (await page.getByTestId("wall-canvas").boundingBox())!;
  await page.mouse.click(canvas.x + canvas.width * 0.25, canvas.y + canvas.height * 0.8);
  await expect(section.getByTestId("scale-instruction")).toContainText("the other end");
  await page.mouse.click(canvas.x + canvas.width * 0.75, canvas.y + canvas.height * 0.8);
  await section.getByLabel("Length between the points").fill("100");
  await expect(page.getByTestId("mark-label")).toHaveText("100 cm");
  await expect.poll(() => shareOfPhoto(page)).toBeCloseTo(0.2, 2);
  await section.screenshot({ path: `${shots}/own-wall-390.png` });

  // a length that cannot be right says so on the field
  await section.getByLabel("Length between the points").fill("10");
  await expect(section.getByRole("alert")).toContainText("larger than the whole photo");
  await section.getByLabel("Length between the points").fill("100");

  await section.getByRole("button", { name: "Render the preview" }).click();
  const result = section.getByTestId("wall-result");
  await expect(result).toContainText("Saved privately with your photo.", { timeout: 30_000 });
  const previewSrc = (await result.getByRole("img").getAttribute("src"))!;
  expect(previewSrc).toMatch(/^\/api\/wall\/previews\/\w+$/);

  // someone else (and a visitor) gets 404 for the photo and the preview; the public /media route never serves them
  await page.goto("/account/rooms");
  await expect(page.getByTestId("room-list").getByText("my-hallway")).toBeVisible();
  const photoSrc = (await page.getByRole("img", { name: "Your photo: my-hallway" }).getAttribute("src"))!;
  expect((await page.request.get(photoSrc)).status()).toBe(200);
  const stranger = await (await browser.newContext()).newPage();
  await signUp(stranger, { name: "Someone Else", email: uniqueEmail("wall-other"), password: "a-good-password" });
  for (const url of [photoSrc, previewSrc]) expect((await stranger.request.get(url)).status()).toBe(404);
  await page.screenshot({ path: `${shots}/rooms-390.png`, fullPage: true });

  page.once("dialog", (d) => d.accept());
  await page.getByRole("button", { name: "Delete photo" }).click();
  await expect(page.getByTestId("no-rooms")).toBeVisible();
  for (const url of [photoSrc, previewSrc]) expect((await page.request.get(url)).status()).toBe(404);
});
