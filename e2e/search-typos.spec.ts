import { expect, test } from "@playwright/test";

test("a misspelt gallery search shows what it searched for instead, on a phone and a desktop", async ({ page }) => {
  for (const [width, height] of [
    [390, 844],
    [1280, 900],
  ] as const) {
    await page.setViewportSize({ width, height });
    await page.goto("/gallery?q=hrbour");
    await expect(page.getByTestId("search-correction")).toContainText("Showing results for harbour");
    await expect(page.getByTestId("artwork-card").filter({ hasText: "Ferry Lights" })).toBeVisible();
    await page.screenshot({ path: `test-results/search-typos-${width}.png`, fullPage: false });

    // a correctly spelt query says nothing extra
    await page.goto("/gallery?q=harbour");
    await expect(page.getByTestId("artwork-card").filter({ hasText: "Ferry Lights" })).toBeVisible();
    await expect(page.getByTestId("search-correction")).toHaveCount(0);
  }
});
