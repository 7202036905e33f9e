import { expect, test } from "@playwright/test";
import { ADMIN, signInAndWait, signOut, signUp, uniqueEmail } from "./helpers";

/**
 * Connect onboarding through the browser: an approved artist opens onboarding, "completes" it on the
 * local Stripe sandbox's hosted page, comes back, and the studio says "Payouts are set up" (the sandbox's
 * account.updated webhook and the app's re-read both lead there). Then the Express dashboard opens.
 */
test("admin approves → artist onboards on the sandbox page → payments page shows payouts are set up", async ({ page, context }) => {
  const artist = { name: "Ines Duarte", email: uniqueEmail("ines"), password: "correct-horse-battery" };
  const displayName = `Ines Duarte ${Date.now()}`;
  await signUp(page, artist);
  await page.goto("/apply");
  await page.getByLabel("Artist name").fill(displayName);
  await page.getByLabel("Portfolio link").fill("https://portfolio.example.org");
  await page.getByLabel("Artist statement").fill("Cyanotypes of coastal plants, printed by sunlight on cotton rag.");
  await page.getByLabel("Country for payouts").selectOption("PT");
  await page.getByLabel(/I accept the artist terms/).check();
  await page.getByRole("button", { name: "Submit application" }).click();
  await expect(page.getByTestId("application-status")).toHaveAttribute("data-status", "PENDING");
  await signOut(page);

  await signInAndWait(page, ADMIN.email, ADMIN.password);
  await page.goto("/admin/applications");
  await page.getByRole("link", { name: displayName }).click();
  await page.getByRole("button", { name: "Approve" }).click();
  await expect(page.getByTestId("application-status")).toHaveText("Approved");
  await signOut(page);

  await signInAndWait(page, artist.email, artist.password);
  await page.goto("/studio/payments");
  await expect(page.getByText("Payouts are set up")).toHaveCount(0);
  await page.getByRole("button", { name: /Set up payouts|Continue with Stripe/ }).click();

  // the sandbox's hosted Express onboarding page
  await expect(page.getByText("Atelier payments sandbox — not Stripe")).toBeVisible();
  await expect(page.getByRole("heading", { name: "Get paid for your sales" })).toBeVisible();
  await expect(page.locator('input[value="PT"]')).toBeVisible();
  await page.getByRole("button", { name: "Complete onboarding" }).click();

  await expect(page).toHaveURL(/\/studio\/payments/);
  await expect(page.getByText("Payouts are set up").first()).toBeVisible({ timeout: 30_000 });
  await page.screenshot({ path: "test-results/payments-ready.png", fullPage: true });

  // the Express dashboard opens in a new tab through a login link
  const [dashboard] = await Promise.all([context.waitForEvent("page"), page.getByRole("button", { name: /Open Stripe dashboard/ }).click()]);
  await expect(dashboard.getByRole("button", { name: "Pay out available balance" })).toBeVisible();
  await dashboard.close();

  // and the webhook was stored and processed (admin view)
  await signOut(page);
  await signInAndWait(page, ADMIN.email, ADMIN.password);
  await expect(async () => {
    await page.goto("/admin/webhooks?status=PROCESSED");
    await expect(page.getByText("account.updated").first()).toBeVisible({ timeout: 1000 });
  }).toPass({ timeout: 30_000 });
});

test("the onboarding refresh route (Stripe's refresh_url) asks a signed-out visitor to sign in first", async ({ page, request }) => {
  const res = await request.get("/studio/payments/onboarding", { maxRedirects: 0 });
  expect([302, 303, 307]).toContain(res.status());
  expect(res.headers().location).toContain("/sign-in");
  await page.goto("/studio/payments");
  await expect(page).toHaveURL(/sign-in/);
});
