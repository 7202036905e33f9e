import { expect, test } from "@playwright/test";
import { signIn, signOut, signUp, uniqueEmail } from "./helpers.ts";

test("sign up → sign out → sign in → the account shows the buyer role", async ({ page }) => {
  const user = { name: "Nora Field", email: uniqueEmail("nora"), password: "a-good-password" };
  await signUp(page, user);
  await expect(page.getByRole("heading", { name: "Your account" })).toBeVisible();
  await expect(page.getByTestId("roles")).toHaveText(/Buyer/);
  await page.screenshot({ path: "test-results/screens/account.png", fullPage: true });

  await signOut(page);
  await page.goto("/account");
  await expect(page).toHaveURL(/\/sign-in\?callbackUrl=%2Faccount/);

  await signIn(page, user.email, user.password);
  await expect(page).toHaveURL(/\/account$/);
  await expect(page.getByText(user.email)).toBeVisible();
  await expect(page.getByTestId("roles")).toHaveText(/Buyer/);

  // the session survives a reload
  await page.reload();
  await expect(page.getByRole("heading", { name: "Your account" })).toBeVisible();
});

test("protected pages send visitors to sign in and back", async ({ page }) => {
  await page.goto("/admin/users");
  await expect(page).toHaveURL(/\/sign-in\?callbackUrl=%2Fadmin%2Fusers/);
  const email = uniqueEmail("back");
  await page.getByRole("link", { name: "Create an account" }).click();
  await expect(page).toHaveURL(/\/sign-up\?callbackUrl=%2Fadmin%2Fusers/);
  await page.getByLabel("Name").fill("Back Again");
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill("a-good-password");
  await page.getByRole("button", { name: "Create account" }).click();
  // returned to where they wanted to go; a buyer is told they lack access rather than shown admin data
  await expect(page).toHaveURL(/\/admin\/users$/);
  await expect(page.getByRole("heading", { name: "You don't have access to this page" })).toBeVisible();
});

test("sign-up shows inline field errors, and a taken address gets the neutral answer", async ({ page }) => {
  await page.goto("/sign-up");
  await page.getByRole("button", { name: "Create account" }).click();
  await expect(page.getByText("Enter your name")).toBeVisible();
  await expect(page.getByText("Enter your email address")).toBeVisible();
  await expect(page.getByText("Use at least 8 characters")).toBeVisible();

  const email = uniqueEmail("dupe");
  await signUp(page, { name: "First", email, password: "a-good-password" });
  await signOut(page);
  await page.goto("/sign-up");
  await page.getByLabel("Name").fill("Second");
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill("another-password");
  await page.getByRole("button", { name: "Create account" }).click();
  // the same answer whether or not the address is taken; its owner gets a mail instead
  await expect(page.getByText(`Check your email: we've sent a message to ${email}`)).toBeVisible();
  await expect(page.getByText("already exists")).toHaveCount(0);
  await expect(page).toHaveURL(/\/sign-up/);
  await expect(page.getByRole("banner").getByRole("link", { name: "Sign in" })).toBeVisible();
});

test("wrong password shows a clear message", async ({ page }) => {
  await signIn(page, "nobody@e2e.atelier", "wrong-password");
  await expect(page.getByText("That email and password don't match an account.")).toBeVisible();
  await expect(page).toHaveURL(/\/sign-in/);
});
