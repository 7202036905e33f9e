import { expect, test } from "@playwright/test";
import { seedSmallCatalogue } from "./catalogue";
import { signUp, uniqueEmail } from "./helpers";

test("a visitor filters and searches the gallery, opens a work; a buyer favourites it and finds it on /favourites", async ({ page }) => {
  const { tag, works } = await seedSmallCatalogue();
  const [storm, fjord, kelp] = works;

  // a medium in the URL still filters (the panel offers categories; the medium is the detail), shown as a chip
  await page.goto(`/gallery?medium=${encodeURIComponent(`Oil on linen ${tag}`)}`);
  await expect(page.getByRole("link", { name: `Remove filter Oil on linen ${tag}` })).toBeVisible();
  const cards = page.getByTestId("artwork-card");
  await expect(cards).toHaveCount(2);
  await expect(cards.filter({ hasText: storm!.title })).toBeVisible();
  await expect(cards.filter({ hasText: kelp!.title })).toBeVisible();
  await expect(page.getByText(`Secret Draft ${tag}`)).toHaveCount(0);

  // sort by price, low to high, keeps the filter
  await page.getByRole("link", { name: "Price: low to high" }).click();
  await expect(page).toHaveURL(/sort=price_asc/);
  await expect(cards.first()).toContainText(kelp!.title);
  await expect(cards.first()).toContainText("€899");

  // search from the box (filters kept), then clear the filter to widen it
  await page.getByRole("searchbox", { name: "Search artworks" }).fill(`fjord ${tag}`);
  await page.getByRole("button", { name: "Search", exact: true }).click();
  await expect(page.getByTestId("gallery-empty")).toBeVisible();
  await page.getByRole("link", { name: `Remove filter Oil on linen ${tag}` }).click();
  await expect(page.getByRole("heading", { name: `Results for “fjord ${tag}”` })).toBeVisible();
  await expect(cards).toHaveCount(1);

  // open the work
  await cards.first().getByRole("link").click();
  await expect(page).toHaveURL(new RegExp(`/artworks/${fjord!.slug}$`));
  await expect(page.getByRole("heading", { level: 1, name: fjord!.title })).toBeVisible();
  await expect(page.getByTestId("artwork-price")).toHaveText("€480");
  await expect(page.getByText("60 × 80.5 cm")).toBeVisible();
  await expect(page.getByRole("heading", { name: "More from Elin Gray" })).toBeVisible();

  // a buyer signs up, favourites it, and sees it on /favourites
  await signUp(page, { name: "Fay Buyer", email: uniqueEmail("fav"), password: "a-long-enough-password" });
  await page.goto(`/artworks/${fjord!.slug}`);
  const save = page.getByRole("button", { name: "Save to favourites" });
  await save.click();
  await expect(page.getByRole("button", { name: "Saved to favourites" })).toHaveAttribute("aria-pressed", "true");
  await page.goto("/favourites");
  await expect(page.getByTestId("artwork-card")).toHaveCount(1);
  await expect(page.getByTestId("artwork-card")).toContainText(fjord!.title);

  // and follows the artist from the artwork page
  await page.goto(`/artworks/${fjord!.slug}`);
  await page.getByRole("button", { name: "Follow" }).click();
  await expect(page.getByRole("button", { name: "Following" })).toBeVisible();
  await page.goto("/favourites");
  await expect(page.getByRole("region", { name: /Artists you follow/ }).getByRole("link", { name: /Elin Gray/ })).toBeVisible();
});
