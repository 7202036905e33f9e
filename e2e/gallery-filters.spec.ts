import { convertMinor } from "@atelier/core/money";
import { createDb, type Db } from "@atelier/db";
import { expect, test, type Page } from "@playwright/test";
import { e2eDatabaseUrl } from "./support/database";

/**
 * A collector on a phone narrows the demo catalogue by category, size, a price in US dollars (the works are
 * listed in euros) and colour; every choice is in the URL, a reload keeps it, and the dollar display is
 * remembered for the next visit and the artwork page.
 */
test.use({ viewport: { width: 390, height: 844 } });

let db: Db;
test.beforeAll(() => {
  db = createDb({ connectionString: e2eDatabaseUrl });
});
test.afterAll(async () => {
  await db?.$disconnect();
});

/** The filters sit in a collapsed panel on a phone: open it (it closes again on every navigation). */
async function openFilters(page: Page) {
  const summary = page.locator("summary", { hasText: "Filters" });
  await summary.click();
  return page.getByRole("form", { name: "Filter artworks" }).first();
}

const cardTitles = (page: Page) => page.getByTestId("artwork-card").locator("h3").allTextContents();

test("filter by category, size, a converted price and colour on a phone; the URL keeps it all", async ({ page }) => {
  // the expectation, from the database: small published prints (longest side ≤ 40 cm) under US$100 at the snapshot's rate
  const smallPrints = await db.artwork.findMany({
    where: { status: "PUBLISHED", category: "PRINT", longestSideMm: { lte: 400 } },
    select: { title: true, slug: true, priceAmount: true, currency: true, colourFamily: true },
  });
  expect(smallPrints.length).toBeGreaterThanOrEqual(3);
  const snapshot = { date: "2024-06-13", perEuro: { EUR: "1", USD: "1.0784" } };
  const underUsd100 = smallPrints.filter((w) => convertMinor(w.priceAmount, w.currency, "USD", snapshot)! <= 10_000);
  expect(underUsd100.length).toBeGreaterThanOrEqual(2);
  expect(underUsd100.length).toBeLessThan(smallPrints.length);

  await page.goto("/gallery");
  let panel = await openFilters(page);
  // a category pill reads "Print 10": its name and its count of works
  await panel
    .getByRole("group", { name: "Category" })
    .locator("label")
    .filter({ hasText: /^Print\s*\d*$/ })
    .click();
  await expect(page).toHaveURL(/category=print/);

  panel = await openFilters(page);
  await panel.getByRole("group", { name: "Size" }).getByText("Small", { exact: true }).click();
  await expect(page).toHaveURL(/size=small/);
  await expect(page).toHaveURL(/category=print/);
  expect(new Set(await cardTitles(page))).toEqual(new Set(smallPrints.map((w) => w.title)));

  // prices in US dollars, at most US$100: euro-priced works match by their converted price
  panel = await openFilters(page);
  await panel.getByLabel("Maximum price").fill("100");
  await panel.getByLabel("Show prices in").selectOption("USD");
  await expect(page).toHaveURL(/currency=USD/);
  await expect(page).toHaveURL(/max=100/);
  expect(new Set(await cardTitles(page))).toEqual(new Set(underUsd100.map((w) => w.title)));
  await expect(page.getByRole("link", { name: "Remove filter Up to US$100" })).toBeVisible();
  await expect(page.getByTestId("approx-price").first()).toHaveText(/^≈ US\$\d+$/);
  await expect(page.getByTestId("converted-note")).toContainText("European Central Bank's reference rates of 13 Jun 2024");

  // the colour of one of them
  const pick = underUsd100[0]!;
  const colour = pick.colourFamily!.toLowerCase();
  const sameColour = underUsd100.filter((w) => w.colourFamily === pick.colourFamily);
  panel = await openFilters(page);
  await panel
    .getByRole("group", { name: "Colour" })
    .getByLabel(new RegExp(`^${colour}, \\d+ works$`, "i"))
    .check({ force: true });
  await expect(page).toHaveURL(new RegExp(`colour=${colour}`));
  expect(new Set(await cardTitles(page))).toEqual(new Set(sameColour.map((w) => w.title)));

  const url = page.url();
  for (const part of ["category=print", "size=small", "currency=USD", "max=100", `colour=${colour}`]) expect(url).toContain(part);

  // a reload keeps every filter, in the panel too
  await page.reload();
  expect(page.url()).toBe(url);
  expect(new Set(await cardTitles(page))).toEqual(new Set(sameColour.map((w) => w.title)));
  panel = await openFilters(page);
  await expect(panel.getByRole("group", { name: "Category" }).getByRole("radio", { name: /Print/ })).toBeChecked();
  await expect(panel.getByRole("group", { name: "Size" }).getByRole("radio", { name: "Small" })).toBeChecked();
  await expect(panel.getByLabel("Maximum price")).toHaveValue("100.00");
  await expect(panel.getByLabel("Show prices in")).toHaveValue("USD");
  await page.screenshot({ path: "test-results/screens/gallery-filters-390.png", fullPage: true });

  // the display currency is remembered: a plain /gallery shows ≈ US$ prices, and so does the artwork page
  await page.goto("/gallery");
  await expect(page.getByTestId("approx-price").first()).toHaveText(/^≈ US\$/);
  await page.goto(`/artworks/${pick.slug}`);
  const approx = page.getByTestId("artwork-approx-price");
  await expect(approx).toContainText(/≈ US\$\d+/);
  await expect(approx).toContainText(`Checkout charges €${pick.priceAmount / 100} (EUR)`);
});

test("bad filter values in the URL are named on their field and the other filters still apply", async ({ page }) => {
  await page.goto("/gallery?category=print&colour=teal&minSize=wide");
  await expect(page.getByRole("link", { name: "Remove filter Print" })).toBeVisible();
  const panel = await openFilters(page);
  await expect(panel.getByText(/Enter the size as a number/)).toBeVisible();
  await expect(panel.getByText(/Choose one of: red, orange/)).toBeVisible();
  const titles = await cardTitles(page);
  const prints = await db.artwork.count({ where: { status: "PUBLISHED", category: "PRINT" } });
  expect(titles.length).toBe(Math.min(prints, 24));
});

test("the filters at desktop width", async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.goto("/gallery?category=painting&size=medium&currency=GBP");
  await expect(page.getByTestId("filters-desktop")).toBeVisible();
  await expect(page.getByTestId("approx-price").first()).toHaveText(/^≈ £/);
  await page.screenshot({ path: "test-results/screens/gallery-filters-desktop.png", fullPage: false });
});
