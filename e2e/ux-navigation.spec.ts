import { expect, test, type Page } from "@playwright/test";
import { signInAndWait, signUp, uniqueEmail } from "./helpers";

const PHONE = { width: 390, height: 844 };
const DESKTOP = { width: 1366, height: 900 };
const BUYER = { email: "buyer@atelier.local", password: "atelier-buyer" };

const noSidewaysScroll = (page: Page) => page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);

test.describe("on a phone (390 px)", () => {
  test.use({ viewport: PHONE });

  test("the menu button opens a drawer with the navigation, closes on Escape and on following a link", async ({ page }) => {
    await page.goto("/");
    const banner = page.getByRole("banner");
    const menu = banner.getByRole("button", { name: "Menu", exact: true });
    // the desktop links are folded away; the assistant stays one tap away
    await expect(banner.getByRole("link", { name: "Gallery" })).toBeHidden();
    await expect(banner.getByRole("button", { name: "Ask Atelier" })).toBeVisible();
    await expect(menu).toHaveAttribute("aria-expanded", "false");
    expect(await noSidewaysScroll(page)).toBe(0);

    await menu.click();
    const drawer = page.getByRole("dialog", { name: "Menu" });
    await expect(drawer).toBeVisible();
    await expect(menu).toHaveAttribute("aria-expanded", "true");
    const nav = drawer.getByRole("navigation", { name: "Main" });
    for (const name of ["Gallery", "Artists", "Favourites"]) await expect(nav.getByRole("link", { name })).toBeVisible();
    await expect(drawer.getByRole("link", { name: "Sign in" })).toBeVisible();
    await expect(drawer.getByRole("link", { name: "Join Atelier" })).toBeVisible();
    // focus moved into the drawer; Escape closes it and gives focus back to the button
    expect(await drawer.evaluate((d) => d.contains(document.activeElement))).toBe(true);
    await page.keyboard.press("Escape");
    await expect(drawer).toBeHidden();
    await expect(menu).toBeFocused();
    await expect(menu).toHaveAttribute("aria-expanded", "false");

    await menu.click();
    await drawer.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Artists" }).click();
    await expect(page).toHaveURL(/\/artists$/);
    await expect(drawer).toBeHidden();
    await expect(page.getByRole("heading", { level: 1, name: "Artists" })).toBeVisible();

    // "Ask Atelier" still opens the patron assistant
    await banner.getByRole("button", { name: "Ask Atelier" }).click();
    await expect(page.getByRole("dialog", { name: "Patron assistant" })).toBeVisible();
  });

  test("Favourites sends a visitor to sign in and back to their favourites", async ({ page }) => {
    await page.goto("/gallery");
    await page.getByRole("banner").getByRole("button", { name: "Menu", exact: true }).click();
    await page.getByRole("dialog", { name: "Menu" }).getByRole("link", { name: "Favourites" }).click();
    await expect(page).toHaveURL(/\/sign-in\?callbackUrl=%2Ffavourites$/);
    await signInAndWait(page, BUYER.email, BUYER.password);
    await expect(page).toHaveURL(/\/favourites$/);
    await expect(page.getByRole("heading", { level: 1, name: "Favourites" })).toBeVisible();
  });

  test("a signed-in person finds their account links and sign-out in the drawer; pages do not scroll sideways", async ({ page }) => {
    await signInAndWait(page, BUYER.email, BUYER.password);
    for (const path of ["/", "/gallery?kind=EDITION&tag=blue", "/artists", "/favourites", "/account", "/apply", "/status"]) {
      await page.goto(path);
      expect(await noSidewaysScroll(page), path).toBe(0);
    }
    await page.getByRole("banner").getByRole("button", { name: "Menu", exact: true }).click();
    const drawer = page.getByRole("dialog", { name: "Menu" });
    await expect(drawer.getByRole("link", { name: "Account & API tokens" })).toBeVisible();
    await expect(drawer.getByRole("link", { name: "Sell your art" })).toBeVisible();
    await expect(drawer.getByRole("button", { name: "Sign out" })).toBeVisible();
  });
});

test.describe("on a desktop (1366 px)", () => {
  test.use({ viewport: DESKTOP });

  test("Favourites is in the header and the user menu, which closes on Escape", async ({ page }) => {
    await signInAndWait(page, BUYER.email, BUYER.password);
    await page.goto("/gallery");
    const banner = page.getByRole("banner");
    await expect(banner.getByRole("button", { name: "Menu", exact: true })).toBeHidden();
    await expect(banner.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Gallery" })).toHaveAttribute("aria-current", "page");
    await banner.locator('button[aria-haspopup="menu"]').click();
    const menu = page.getByRole("menu", { name: "Your account" });
    // it opens focused on its first item
    await expect(menu.getByRole("menuitem").first()).toBeFocused();
    await expect(menu.getByRole("menuitem", { name: "Favourites" })).toBeVisible();
    await page.keyboard.press("Escape");
    await expect(menu).toBeHidden();
    await expect(banner.locator('button[aria-haspopup="menu"]')).toBeFocused();
    await banner.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Favourites" }).click();
    await expect(page.getByRole("heading", { level: 1, name: "Favourites" })).toBeVisible();
  });

  test("the header, the page content and the footer share one left edge on every page", async ({ page }) => {
    await signInAndWait(page, BUYER.email, BUYER.password);
    const left = (selector: string) =>
      page
        .locator(selector)
        .first()
        .evaluate((el) => Math.round(el.getBoundingClientRect().left));
    for (const path of ["/gallery", "/artists", "/favourites", "/account", "/apply", "/status", "/no-such-page"]) {
      await page.goto(path);
      const logo = await left('header a[aria-label="Atelier home"]');
      expect(await left("main h1"), `${path}: h1`).toBe(logo);
      expect(await left("footer p"), `${path}: footer`).toBe(logo);
    }
  });

  test("the landing hero and Recently published show different works", async ({ page }) => {
    await page.goto("/");
    const hero = await page
      .locator("main section")
      .first()
      .locator('a[href^="/artworks/"]')
      .evaluateAll((as) => as.map((a) => a.getAttribute("href")));
    const recent = await page
      .getByTestId("recent-strip")
      .locator('a[href^="/artworks/"]')
      .evaluateAll((as) => as.map((a) => a.getAttribute("href")));
    expect(hero).toHaveLength(4);
    expect(recent.length).toBeGreaterThan(0);
    expect(recent.filter((href) => hero.includes(href))).toEqual([]);
  });
});

test("an unknown page is a styled 404 with a way on; the icons exist", async ({ page, request }) => {
  const res = await page.goto("/this-page-does-not-exist");
  expect(res?.status()).toBe(404);
  await expect(page.getByRole("heading", { level: 1, name: "We couldn't find that page" })).toBeVisible();
  await expect(page.getByRole("link", { name: "Browse the gallery" })).toHaveAttribute("href", "/gallery");
  await expect(page.getByRole("banner")).toBeVisible();

  const missingArtwork = await page.goto("/artworks/no-such-artwork");
  expect(missingArtwork?.status()).toBe(404);
  await expect(page.getByRole("heading", { level: 1, name: "We couldn't find that page" })).toBeVisible();

  for (const path of ["/favicon.ico", "/icon.svg"]) {
    const icon = await request.get(path);
    expect(icon.status(), path).toBe(200);
    expect(icon.headers()["content-type"], path).toMatch(/^image\//);
  }
});

test("the footer's Service status is a page for people; the JSON stays for machines", async ({ page, request }) => {
  await page.goto("/");
  await page.getByRole("contentinfo").getByRole("link", { name: "Service status" }).click();
  await expect(page).toHaveURL(/\/status$/);
  await expect(page.getByRole("heading", { level: 1, name: "Atelier is up and running" })).toBeVisible();
  await expect(page.getByTestId("status-check").filter({ hasText: "Database" })).toContainText("Operational");
  await expect(page.getByTestId("status-check").filter({ hasText: "Database" })).toContainText(/Answering in [\d.]+ ms/);
  const json = await request.get("/api/trpc/health");
  expect(json.ok()).toBe(true);
  expect(await json.json()).toMatchObject({ result: { data: { json: { status: "ok" } } } });
});

test("the studio tells a pending applicant their application is under review instead of asking them to apply", async ({ page }) => {
  await signUp(page, { name: "Pia Pending", email: uniqueEmail("pending"), password: "a-good-password" });
  await page.goto("/apply");
  await page.getByLabel("Artist name").fill(`Pia Pending ${Date.now()}`);
  await page.getByLabel("Portfolio link").fill("https://portfolio.example.org");
  await page.getByLabel("Artist statement").fill("Small egg-tempera panels of market stalls at dawn.");
  await page.getByLabel(/I accept the artist terms/).check();
  await page.getByRole("button", { name: "Submit application" }).click();
  await expect(page.getByTestId("application-status")).toHaveAttribute("data-status", "PENDING");

  await page.goto("/studio");
  await expect(page.getByTestId("studio-no-access")).toHaveAttribute("data-state", "PENDING");
  await expect(page.getByRole("heading", { level: 1, name: "Your application is with our curators" })).toBeVisible();
  await expect(page.getByRole("link", { name: "See your application" })).toHaveAttribute("href", "/apply");
  await expect(page.getByRole("link", { name: "Apply to sell on Atelier" })).toHaveCount(0);
});
