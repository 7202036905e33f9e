import { createDb, type Db } from "@atelier/db";
import { expect, test, type Browser, type Page } from "@playwright/test";
import crypto from "node:crypto";
import { ADMIN, signIn, signInAndWait, signUp, uniqueEmail } from "./helpers.ts";
import { e2eDatabaseUrl } from "./support/database";

/**
 * Saved searches and alerts, the way people click through them: a visitor saves a gallery search
 * (signing in on the way and coming back), an admin approves a matching work, presses "send due
 * digests now" (the digest otherwise waits its gathering window), the digest reaches the dev mailbox
 * with the work and an unsubscribe link, and that link pauses the search without signing in.
 */
test.setTimeout(180_000);

let db: Db;
test.beforeAll(() => {
  db = createDb({ connectionString: e2eDatabaseUrl });
});
test.afterAll(async () => {
  await db?.$disconnect();
});

const PHONE = { width: 390, height: 844 };

/** An approved artist with a small work waiting in review, straight in the database. */
async function workInReview(tag: string) {
  const user = await db.user.create({ data: { email: uniqueEmail("alerts-artist"), name: "Ilse Marr", roles: { create: [{ role: "ARTIST" }] } } });
  const profile = await db.artistProfile.create({ data: { userId: user.id, displayName: "Ilse Marr", slug: `ilse-marr-${tag}` } });
  return db.artwork.create({
    data: {
      artistId: profile.id,
      slug: `cobalt-tide-${tag}`,
      title: `Cobalt Tide ${tag}`,
      description: "A small square of cobalt and white, the tide coming in.",
      medium: "Acrylic on canvas",
      tags: ["sea", "abstract"],
      widthTenths: 300,
      heightTenths: 300,
      priceAmount: 60_000,
      currency: "EUR",
      status: "IN_REVIEW",
      submittedAt: new Date(),
    },
  });
}

async function asAdmin(browser: Browser): Promise<Page> {
  const page = await (await browser.newContext()).newPage();
  await page.goto("/sign-in?callbackUrl=/admin/health");
  await signInAndWait(page, ADMIN.email, ADMIN.password);
  return page;
}

test("save a gallery search → an admin publishes a match → send due digests now → the digest in the mailbox → unsubscribe", async ({ browser }) => {
  const tag = crypto.randomBytes(3).toString("hex");
  const collector = { name: "Rosa Vane", email: uniqueEmail("rosa"), password: "waiting-for-cobalt" };
  const signup = await (await browser.newContext()).newPage();
  await signUp(signup, collector);
  await signup.context().close();

  // 1. signed out, on a gallery search with a price filter: Save this search → sign in → back, saved
  const page = await (await browser.newContext({ viewport: PHONE })).newPage();
  const search = `cobalt tide ${tag}`;
  await page.goto(`/gallery?q=${encodeURIComponent(search)}&max=800&currency=EUR`);
  await expect(page.getByRole("heading", { level: 1 })).toContainText(search);
  await page.getByRole("button", { name: "Save this search" }).click();
  await expect(page).toHaveURL(/\/sign-in\?callbackUrl=/);
  await signIn(page, collector.email, collector.password);
  await expect(page).toHaveURL(new RegExp(`/gallery\\?q=cobalt`));
  await expect(page.getByTestId("save-search")).toContainText("We'll email you when a new work matches");
  await expect(page.getByRole("button", { name: "Search saved" })).toBeDisabled();
  await page.screenshot({ path: "test-results/screens/gallery-search-saved-390.png", fullPage: false });

  // 2. it is on the account page, linked from the menu
  await page.getByRole("button", { name: "Menu", exact: true }).click();
  await page.getByRole("link", { name: "Saved searches", exact: true }).click();
  await expect(page).toHaveURL(/\/account\/saved-searches$/);
  const card = page.getByTestId("saved-search");
  await expect(card).toHaveCount(1);
  await expect(card).toContainText(search);
  await expect(card).toContainText("up to €800");
  await expect(card.getByRole("button", { name: "Daily" })).toHaveAttribute("aria-pressed", "true");
  await expect(card.getByRole("link", { name: "Open in gallery" })).toHaveAttribute("href", new RegExp(`q=cobalt`));
  await page.screenshot({ path: "test-results/screens/saved-searches-390.png", fullPage: true });

  // 3. an admin approves a matching work
  const work = await workInReview(tag);
  const admin = await asAdmin(browser);
  await admin.goto(`/admin/artworks?id=${work.id}`);
  const preview = admin.getByTestId("artwork-preview");
  await expect(preview).toContainText(work.title);
  await preview.getByRole("button", { name: "Approve and publish" }).click();
  await expect(admin.getByTestId("review-queue")).not.toContainText(work.title);

  // 4. the match is recorded in the background; "send due digests now" mails it without the gathering window
  const mail = admin.getByTestId("mail-list").getByRole("link").filter({ hasText: collector.email }).filter({ hasText: "saved searches" }).first();
  await expect(async () => {
    await admin.goto("/admin/health");
    await admin.getByRole("button", { name: "Send due digests now" }).click();
    await expect(admin.getByTestId("digests-result")).toContainText("Requested");
    await admin.goto("/dev/mailbox");
    await expect(mail).toBeVisible({ timeout: 3000 });
  }).toPass({ timeout: 60_000 });
  await admin.goto("/admin/health");
  await expect(admin.getByTestId("alerts-last")).not.toContainText("—");
  await admin.locator("section[aria-labelledby=saved-search-alerts]").screenshot({ path: "test-results/screens/admin-health-alerts.png" });
  await admin.goto("/dev/mailbox");
  await mail.click();
  await admin.screenshot({ path: "test-results/screens/saved-search-digest-mail.png", fullPage: true });
  const body = admin.getByTestId("mail-text");
  await expect(body).toContainText(`${work.title} by Ilse Marr`);
  await expect(body).toContainText(`/artworks/${work.slug}`);
  const frame = admin.frameLocator("iframe");
  await expect(frame.getByRole("link", { name: work.title })).toBeVisible();
  const unsubscribe = await frame.getByRole("link", { name: "Stop alerts for this search" }).getAttribute("href");
  expect(unsubscribe).toMatch(/\/alerts\/unsubscribe\?token=[A-Za-z0-9_-]{32}$/);

  // 5. the link works without signing in, once or twice
  const visitor = await (await browser.newContext({ viewport: PHONE })).newPage();
  const { pathname, search: query } = new URL(unsubscribe!);
  await visitor.goto(pathname + query);
  await expect(visitor.getByText(`“${search}`).first()).toBeVisible();
  await visitor.screenshot({ path: "test-results/screens/unsubscribe-390.png", fullPage: true });
  await visitor.getByRole("button", { name: "Stop alerts for this search" }).click();
  await expect(visitor.getByTestId("unsubscribe-done")).toContainText("are off");
  await visitor.screenshot({ path: "test-results/screens/unsubscribe-done-390.png", fullPage: true });
  await visitor.reload();
  await expect(visitor.getByTestId("unsubscribe-done")).toContainText("already off");
  await expect.poll(async () => (await db.savedSearch.findFirstOrThrow({ where: { user: { email: collector.email } } })).alerts).toBe("OFF");

  // the collector sees it paused
  await page.reload();
  await expect(page.getByTestId("saved-search").getByRole("button", { name: "Off" })).toHaveAttribute("aria-pressed", "true");

  // a damaged or unknown link says so, never an error page
  for (const bad of ["", "?token=abc", `?token=${"x".repeat(32)}`]) {
    const res = await visitor.goto(`/alerts/unsubscribe${bad}`);
    expect(res?.status(), bad).toBe(200);
    await expect(visitor.getByTestId("unsubscribe-invalid")).toContainText(/not valid|no longer valid/);
  }
  await visitor.screenshot({ path: "test-results/screens/unsubscribe-invalid-390.png", fullPage: true });
});

test("a collector renames, pauses and deletes a saved search; an empty list says how to save one", async ({ page }) => {
  await page.setViewportSize(PHONE);
  await signUp(page, { name: "Theo Lark", email: uniqueEmail("theo"), password: "a-long-enough-password" });
  await page.goto("/account/saved-searches");
  await expect(page.getByText("No saved searches yet")).toBeVisible();
  await page.screenshot({ path: "test-results/screens/saved-searches-empty-390.png", fullPage: true });

  await page.goto("/gallery?q=harbour");
  await page.getByRole("button", { name: "Save this search" }).click();
  await expect(page.getByRole("button", { name: "Search saved" })).toBeVisible();
  await page.getByRole("link", { name: "Manage saved searches" }).click();
  const card = page.getByTestId("saved-search");
  await card.getByRole("button", { name: "Rename" }).click();
  await card.getByLabel("Name", { exact: true }).fill("");
  await card.getByRole("button", { name: "Save name" }).click();
  await expect(card.getByRole("alert")).toContainText("Give the search a name");
  await card.getByLabel("Name", { exact: true }).fill("Harbours for the hall");
  await card.getByRole("button", { name: "Save name" }).click();
  await expect(card.getByRole("heading", { name: "Harbours for the hall" })).toBeVisible();
  await card.getByRole("button", { name: "Off" }).click();
  await expect(card.getByRole("button", { name: "Off" })).toHaveAttribute("aria-pressed", "true");
  await card.getByRole("button", { name: "Delete" }).click();
  await card.getByRole("button", { name: "Yes, delete" }).click();
  await expect(page.getByText("No saved searches yet")).toBeVisible();
});
