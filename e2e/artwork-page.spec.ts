import { expect, test, type Browser, type Page } from "@playwright/test";
import { ADMIN, signInAndWait, signUp, uniqueEmail } from "./helpers";

const WORK = { slug: "indigo-hour", title: "Indigo Hour", artist: "Mira Okafor" };
const MIRA = { email: "mira@atelier.local", password: "atelier-artist" };
const shots = "test-results/artwork-page";
const PHONE = { width: 390, height: 844 };

/** A fresh browser context (its own cookies) at phone size: one per person, so nobody has to sign out. */
async function personPage(browser: Browser): Promise<Page> {
  return (await browser.newContext({ viewport: PHONE })).newPage();
}

test.use({ viewport: PHONE });

test("the artwork page: zoom opens and closes, shipping and returns, JSON-LD, share preview, sitemap and robots", async ({ page, request }) => {
  const cspErrors: string[] = [];
  page.on("console", (m) => {
    if (m.type() === "error" && /Content Security Policy/i.test(m.text())) cspErrors.push(m.text());
  });
  await page.goto(`/artworks/${WORK.slug}`);
  await expect(page.getByRole("heading", { level: 1, name: WORK.title })).toBeVisible();

  // structured data: a VisualArtwork with an Offer
  const ld = JSON.parse((await page.locator('script[type="application/ld+json"]').textContent()) ?? "{}");
  expect(ld).toMatchObject({ "@type": "VisualArtwork", name: WORK.title, creator: { name: WORK.artist }, offers: { "@type": "Offer", priceCurrency: "EUR" } });
  expect(ld.offers.availability).toMatch(/^https:\/\/schema\.org\/(InStock|OutOfStock|Reserved|SoldOut)$/);
  expect(ld.offers.price).toMatch(/^\d+(\.\d{2})?$/);

  // share preview: Open Graph and Twitter card, the card image is a real PNG
  await expect(page.locator('meta[property="og:title"]')).toHaveAttribute("content", `${WORK.title} by ${WORK.artist}`);
  await expect(page.locator('meta[name="twitter:card"]')).toHaveAttribute("content", "summary_large_image");
  const ogImage = await page.locator('meta[property="og:image"]').first().getAttribute("content");
  expect(ogImage).toMatch(new RegExp(`/artworks/${WORK.slug}/share-image\\.png$`));
  const card = await request.get(new URL(ogImage!).pathname);
  expect(card.status()).toBe(200);
  expect(card.headers()["content-type"]).toBe("image/png");
  expect((await card.body()).subarray(1, 4).toString()).toBe("PNG");

  // shipping and returns, as checkout and refunds apply them
  const terms = page.getByTestId("shipping-and-returns");
  await expect(terms.getByRole("heading", { name: "Shipping and returns" })).toBeVisible();
  await expect(terms).toContainText("Until the work ships, the artist can cancel your order and refund it");
  await expect(terms).toContainText("counts as delivered 21 days after shipping");
  await page.screenshot({ path: `${shots}/artwork-390.png`, fullPage: true });

  // zoom: full-screen viewer as a modal dialog with the largest variant; Esc closes it
  await page.getByRole("button", { name: "View full screen" }).click();
  const dialog = page.getByRole("dialog", { name: `${WORK.title}, full-screen view` });
  await expect(dialog).toBeVisible();
  await expect(dialog.locator("img").first()).toHaveAttribute("src", /\.webp$/);
  await page.screenshot({ path: `${shots}/zoom-390.png` });
  await page.keyboard.press("Escape");
  await expect(dialog).toHaveCount(0);
  // and the image itself opens it, the close button closes it
  await page.getByRole("button", { name: `View “${WORK.title}” full screen` }).click();
  await expect(dialog).toBeVisible();
  await dialog.getByRole("button", { name: "Close full-screen view" }).click();
  await expect(dialog).toHaveCount(0);
  expect(cspErrors).toEqual([]);

  // robots.txt keeps private areas out; sitemap.xml lists the work, its artist and the gallery
  const robots = await (await request.get("/robots.txt")).text();
  for (const path of ["/admin", "/studio", "/account", "/api", "/checkout", "/cart"]) expect(robots).toContain(`Disallow: ${path}`);
  expect(robots).toMatch(/Sitemap: http:\/\/localhost:\d+\/sitemap\.xml/);
  const sitemap = await (await request.get("/sitemap.xml")).text();
  expect(sitemap).toContain(`/artworks/${WORK.slug}</loc>`);
  expect(sitemap).toContain("/artists/mira-okafor</loc>");
  expect(sitemap).toContain("/gallery</loc>");
  expect(sitemap).not.toContain("/studio");
});

test("a collector asks the artist, the artist answers in the studio, both are mailed", async ({ page, browser }) => {
  const question = `Is Indigo Hour framed? ${Date.now()}`;
  await page.goto(`/artworks/${WORK.slug}`);
  await expect(page.getByRole("link", { name: "Sign in to ask the artist" })).toBeVisible();

  const collector = { name: "Cora Collector", email: uniqueEmail("enquiry"), password: "a-long-enough-password" };
  await signUp(page, collector);
  await page.goto(`/artworks/${WORK.slug}`);
  const box = page.getByTestId("enquiry");
  // bad input: the field says what is wrong, nothing is sent
  await box.getByRole("button", { name: "Send to the artist" }).click();
  await expect(box.getByText("Write your message (at least a few words).")).toBeVisible();
  await box.getByLabel(/Your question/).fill(question);
  await box.getByRole("button", { name: "Send to the artist" }).click();
  await expect(box.getByRole("status")).toContainText("Sent.");
  await page.screenshot({ path: `${shots}/enquiry-sent-390.png`, fullPage: true });

  // the artist answers in the studio
  const artist = await personPage(browser);
  await artist.goto("/sign-in?callbackUrl=%2Fstudio%2Fenquiries");
  await signInAndWait(artist, MIRA.email, MIRA.password);
  await artist.goto("/studio/enquiries");
  const row = artist.getByTestId("enquiry-list").getByRole("link").filter({ hasText: "Cora Collector" }).first();
  await expect(row).toContainText(question.slice(0, 30));
  await artist.screenshot({ path: `${shots}/studio-enquiries-390.png`, fullPage: true });
  await row.click();
  await expect(artist.getByTestId("enquiry-messages")).toContainText(question);
  await artist.getByLabel("Reply to Cora Collector").fill("Yes: a simple oak frame, and it ships to you within a week.");
  await artist.getByRole("button", { name: "Send reply" }).click();
  await expect(artist.getByRole("status").filter({ hasText: "has been mailed" })).toContainText("Cora Collector has been mailed");
  await expect(artist.getByTestId("enquiry-messages")).toContainText("a simple oak frame");
  await artist.screenshot({ path: `${shots}/studio-thread-390.png`, fullPage: true });

  // both mails are in the dev mailbox
  const admin = await personPage(browser);
  await signInAndWait(admin, ADMIN.email, ADMIN.password);
  const list = admin.getByTestId("mail-list");
  await expect(async () => {
    await admin.goto("/dev/mailbox");
    await expect(list.getByRole("link").filter({ hasText: "mira@atelier.local" }).filter({ hasText: "A question about “Indigo Hour”" }).first()).toBeVisible({
      timeout: 1000,
    });
    await expect(list.getByRole("link").filter({ hasText: collector.email }).filter({ hasText: "answered your enquiry" }).first()).toBeVisible({
      timeout: 1000,
    });
  }).toPass({ timeout: 30_000 });
  await list.getByRole("link").filter({ hasText: collector.email }).first().click();
  await expect(admin.frameLocator("iframe").getByRole("link", { name: "Read and reply" })).toBeVisible();

  // the collector reads the answer in their account
  await page.goto("/account/enquiries");
  await expect(page.getByTestId("enquiry-list")).toContainText("New");
  await page.getByTestId("enquiry-list").getByRole("link").first().click();
  await expect(page.getByTestId("enquiry-messages")).toContainText("a simple oak frame");
  await page.screenshot({ path: `${shots}/account-thread-390.png`, fullPage: true });
});
