import { expect, test } from "@playwright/test";
import { ADMIN, signInAndWait } from "./helpers";

test("an admin opens Health from the admin home and sees the queue, failures and the slowest procedures", async ({ page }) => {
  await page.goto("/sign-in?callbackUrl=/admin");
  await signInAndWait(page, ADMIN.email, ADMIN.password);
  await page.goto("/admin");
  await page.getByRole("link", { name: /Health/ }).click();
  await expect(page).toHaveURL(/\/admin\/health$/);
  await expect(page.getByRole("heading", { name: "Health", level: 1 })).toBeVisible();
  await expect(page.getByTestId("health-queue")).toContainText("Job queue");
  await expect(page.getByTestId("health-failed")).toContainText("Failed in 24 h");
  // the admin's own page loads went through tRPC procedures, so there is latency to show
  await page.reload();
  await expect(page.getByTestId("slow-procedures").locator("tbody tr").first()).toBeVisible();
  await expect(page.getByTestId("slow-procedures")).toContainText("admin.health");
});

test("a buyer is not shown the health page", async ({ page }) => {
  await page.goto("/sign-in?callbackUrl=/admin/health");
  await signInAndWait(page, "buyer@atelier.local", "atelier-buyer");
  await expect(page.getByTestId("health-queue")).toHaveCount(0);
});
