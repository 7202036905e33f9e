import { expect, test, type Browser } from "@playwright/test";
import { ADMIN, signInAndWait, signUp, uniqueEmail } from "./helpers.ts";

/** The link from the newest mail to `to` with `subject`, read as an admin in the dev mailbox. */
async function linkFromMail(browser: Browser, to: string, subject: string, linkName: string): Promise<string> {
  const context = await browser.newContext();
  const page = await context.newPage();
  await signInAndWait(page, ADMIN.email, ADMIN.password);
  const mail = page.getByTestId("mail-list").getByRole("link").filter({ hasText: to }).filter({ hasText: subject }).first();
  await expect(async () => {
    await page.goto("/dev/mailbox");
    await expect(mail).toBeVisible({ timeout: 1000 });
  }).toPass({ timeout: 30_000 });
  await mail.click();
  const href = await page.frameLocator("iframe").getByRole("link", { name: linkName }).getAttribute("href");
  await context.close();
  expect(href).toBeTruthy();
  return href!;
}

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("sign-up posts the form (the password never reaches the address bar) and signs the person in", async ({ page }) => {
    const password = "no-script-password";
    const seen: string[] = [];
    page.on("request", (r) => seen.push(r.url()));
    await page.goto("/sign-up");
    await page.getByLabel("Name").fill("Noah Script");
    await page.getByLabel("Email").fill(uniqueEmail("nojs"));
    await page.getByLabel("Password").fill(password);
    await page.getByRole("button", { name: "Create account" }).click();
    await expect(page).toHaveURL(/\/account$/);
    await expect(page.getByTestId("roles")).toHaveText(/Buyer/);
    expect(seen.filter((u) => u.includes(password) || u.includes("password="))).toEqual([]);
  });

  test("sign-in works, and a wrong password is explained", async ({ page }) => {
    await page.goto("/sign-in?callbackUrl=%2Fgallery");
    await page.getByLabel("Email").fill(ADMIN.email);
    await page.getByLabel("Password").fill("not-the-password");
    await page.getByRole("button", { name: "Sign in" }).click();
    await expect(page.getByText("That email and password don't match an account.")).toBeVisible();
    expect(page.url()).not.toContain("not-the-password");
    await expect(page.getByLabel("Email")).toHaveValue(ADMIN.email);
    await page.getByLabel("Password").fill(ADMIN.password);
    await page.getByRole("button", { name: "Sign in" }).click();
    await expect(page).toHaveURL(/\/gallery$/);
  });
});

test("forgot password: a mailed single-use link sets a new password; the old one stops working", async ({ page, browser }) => {
  const user = { name: "Rosa Reset", email: uniqueEmail("rosa"), password: "the-old-password" };
  await signUp(page, user);
  // another browser stays signed in with the old password
  const other = await browser.newContext();
  const otherPage = await other.newPage();
  await signInAndWait(otherPage, user.email, user.password);
  await page.context().clearCookies();

  await page.goto("/sign-in");
  await page.getByRole("link", { name: "Forgot your password?" }).click();
  await expect(page.getByRole("heading", { name: "Forgot your password?" })).toBeVisible();
  await page.getByLabel("Email").fill(user.email);
  await page.getByRole("button", { name: "Send me a reset link" }).click();
  await expect(page.getByText(`If an account uses ${user.email}, we've sent it a link`)).toBeVisible();

  const link = await linkFromMail(browser, user.email, "Reset your Atelier password", "Choose a new password");
  await page.goto(link);
  await page.getByLabel("New password", { exact: true }).fill("the-new-password");
  await page.getByRole("button", { name: "Set my new password" }).click();
  await expect(page).toHaveURL(/\/sign-in\?notice=password-changed/);
  await expect(page.getByText("Your password was changed.")).toBeVisible();

  // sessions made before the change end
  await otherPage.goto("/account");
  await expect(otherPage).toHaveURL(/\/sign-in\?callbackUrl=%2Faccount/);
  await other.close();

  await page.goto(link);
  await page.getByLabel("New password", { exact: true }).fill("a-third-password");
  await page.getByRole("button", { name: "Set my new password" }).click();
  await expect(page.getByText("This reset link has already been used.")).toBeVisible();

  await page.goto("/sign-in");
  await page.getByLabel("Email").fill(user.email);
  await page.getByLabel("Password").fill(user.password);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByText("That email and password don't match an account.")).toBeVisible();
  await page.getByLabel("Password").fill("the-new-password");
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page).toHaveURL(/\/account$/);
});

test("the mailed confirmation link verifies the address", async ({ page, browser }) => {
  const user = { name: "Vik Verify", email: uniqueEmail("vik"), password: "a-good-password" };
  await signUp(page, user);
  await expect(page.getByTestId("verification-notice")).toBeVisible();
  const link = await linkFromMail(browser, user.email, "Confirm your email address", "Confirm my address");
  await page.goto(link);
  await page.getByRole("button", { name: "Confirm my address" }).click();
  await expect(page.getByText("Your address is confirmed.")).toBeVisible();
  await page.goto("/account");
  await expect(page.getByTestId("verification-notice")).toHaveCount(0);
});

test("the header's Sign in brings the person back to the page they were on", async ({ page }) => {
  await page.goto("/artists");
  await page.getByRole("banner").getByRole("link", { name: "Sign in" }).click();
  await expect(page).toHaveURL(/\/sign-in\?callbackUrl=%2Fartists$/);
  await signInAndWait(page, ADMIN.email, ADMIN.password);
  await expect(page).toHaveURL(/\/artists$/);
});

test("a signed-in visitor is never sent to another site by callbackUrl", async ({ page }) => {
  await signInAndWait(page, ADMIN.email, ADMIN.password);
  for (const probe of ["%2F%09%2Fevil.example", "%2F%0A%2Fevil.example", "%2F%5Cevil.example", "https%3A%2F%2Fevil.example", "%2F..%2F%2Fevil.example"]) {
    const response = await page.goto(`/sign-in?callbackUrl=${probe}`);
    expect(response?.status(), probe).toBeLessThan(500);
    expect(new URL(page.url()).hostname, probe).toBe("localhost");
    expect(new URL(page.url()).pathname, probe).toBe("/account");
  }
});
