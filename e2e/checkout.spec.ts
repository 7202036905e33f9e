import { expect, test, type Page } from "@playwright/test";
import { signUp, uniqueEmail } from "./helpers";
import { fillShippingAddress, seedTwoArtistsForSale } from "./support/shop";

/**
 * Buying through the browser at phone width: a buyer puts works by two artists in the cart, picks where
 * to ship, checks out on the local Stripe sandbox's hosted page, and comes back to a PAID order; the
 * works show as sold. A declined card says so on the payment page, and leaving it releases the works.
 */
test.use({ viewport: { width: 390, height: 844 } });

async function addToCart(page: Page, slug: string) {
  await page.goto(`/artworks/${slug}`);
  await page.getByRole("button", { name: "Add to cart" }).click();
  await expect(page.getByTestId("view-cart")).toBeVisible();
}

async function openCheckout(page: Page) {
  await page.goto("/cart");
  await page.getByLabel("Ship to").selectOption("IE");
  await expect(page.getByTestId("checkout-EUR")).toBeEnabled();
  await page.getByTestId("checkout-EUR").click();
  await expect(page.getByTestId("checkout-total")).toBeVisible(); // the sandbox's hosted page
}

test("a buyer buys two works by two artists with 4242 4242 4242 4242 → the order is PAID and the works SOLD", async ({ page }) => {
  const { works } = await seedTwoArtistsForSale();
  const [ie, , fr] = works;
  await signUp(page, { name: "Nora Collector", email: uniqueEmail("nora"), password: "correct-horse-battery" });

  await addToCart(page, ie!.slug);
  await addToCart(page, fr!.slug);
  await expect(page.getByTestId("cart-count")).toHaveText("2");

  await page.goto("/cart");
  await expect(page.getByTestId("cart-line")).toHaveCount(2);
  await page.getByLabel("Ship to").selectOption("IE");
  // €480.00 + €315.50, shipping €25 (Irish artist, domestic) + €60 (French artist, international)
  await expect(page.getByTestId("cart-total-EUR")).toHaveText("€880.50");
  await page.screenshot({ path: "test-results/cart-390.png", fullPage: true });
  const scrollWidth = await page.evaluate(() => document.documentElement.scrollWidth);
  expect(scrollWidth).toBeLessThanOrEqual(390);

  await page.getByTestId("checkout-EUR").click();
  await expect(page.getByTestId("checkout-total")).toHaveText("€880.50");
  await fillShippingAddress(page);
  await page.getByLabel("Card number").fill("4242 4242 4242 4242");
  await page.getByRole("button", { name: /^Pay/ }).click();

  await expect(page).toHaveURL(/\/checkout\/success\?order=/);
  await expect(page.getByTestId("order-status")).toHaveAttribute("data-status", "PAID", { timeout: 30_000 });
  await expect(page.getByText(ie!.title)).toBeVisible();

  for (const w of [ie!, fr!]) {
    await page.goto(`/artworks/${w.slug}`);
    await expect(page.getByText("Sold", { exact: true }).first()).toBeVisible();
    await expect(page.getByRole("button", { name: "Add to cart" })).toHaveCount(0);
  }
  // bought works leave the cart
  await page.goto("/cart");
  await expect(page.getByTestId("cart-empty")).toBeVisible();
});

test("a declined card (4000 0000 0000 0002) is told so; leaving the payment page releases the work", async ({ page }) => {
  const { works } = await seedTwoArtistsForSale();
  const work = works[1]!;
  await signUp(page, { name: "Theo Declined", email: uniqueEmail("theo"), password: "correct-horse-battery" });
  await addToCart(page, work.slug);
  await openCheckout(page);

  await fillShippingAddress(page);
  await page.getByLabel("Card number").fill("4000 0000 0000 0002");
  await page.getByRole("button", { name: /^Pay/ }).click();
  await expect(page.getByRole("alert")).toContainText(/declined/i);

  // meanwhile the work is on hold for everyone else
  const other = await page.context().browser()!.newPage();
  await other.goto(`/artworks/${work.slug}`);
  await expect(other.getByTestId("on-hold")).toBeVisible();
  await expect(other.getByRole("button", { name: "Add to cart" })).toBeDisabled();
  await other.close();

  await page.getByRole("link", { name: /Cancel and return/ }).click();
  await expect(page).toHaveURL(/\/checkout\/cancelled\?order=/);
  await expect(page.getByTestId("order-status")).toHaveAttribute("data-status", "CANCELLED");
  await page.goto(`/artworks/${work.slug}`);
  await expect(page.getByText("Available", { exact: true })).toBeVisible();
});
