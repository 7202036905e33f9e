import { expect, test } from "@playwright/test";
import { execFile } from "node:child_process";
import path from "node:path";
import { promisify } from "node:util";
import { ADMIN, signInAndWait, signUp, uniqueEmail } from "./helpers.ts";

const run = promisify(execFile);
const root = path.resolve(import.meta.dirname, "..");

test("create a token in the UI, then the example script calls `me` with it; revoked tokens stop working", async ({ page, baseURL }) => {
  const user = { name: "Script Writer", email: uniqueEmail("script"), password: "a-good-password" };
  await signUp(page, user);
  await page.getByLabel("Token name").fill("whoami script");
  await page.getByRole("button", { name: "Create token" }).click();
  const token = (await page.getByTestId("new-token").textContent())?.trim() ?? "";
  expect(token).toMatch(/^atl_/);
  await expect(page.getByRole("list", { name: "Your API tokens" })).toContainText("whoami script");
  await page.screenshot({ path: "test-results/screens/tokens.png", fullPage: true });

  const tsx = path.join(root, "node_modules", "tsx", "dist", "cli.mjs");
  const env = { ...process.env, ATELIER_URL: baseURL!, ATELIER_TOKEN: token };
  const { stdout } = await run(process.execPath, [tsx, "scripts/whoami.ts"], { cwd: root, env });
  const out = JSON.parse(stdout) as { me: { email: string; roles: string[]; via: string } };
  expect(out.me).toMatchObject({ email: user.email, roles: ["BUYER"], via: "token" });

  await page.getByRole("button", { name: "Revoke whoami script" }).click();
  await expect(page.getByRole("list", { name: "Your API tokens" })).toContainText("revoked");
  const failed = await run(process.execPath, [tsx, "scripts/whoami.ts"], { cwd: root, env }).catch((e: { code: number; stderr: string }) => e);
  expect("code" in failed && failed.code).toBe(1);
  expect((failed as { stderr: string }).stderr).toMatch(/UNAUTHORIZED/);
});

test("the seeded admin grants a role on the admin users page", async ({ page, browser }) => {
  const other = await browser.newPage();
  const target = { name: "Promoted Person", email: uniqueEmail("promote"), password: "a-good-password" };
  await signUp(other, target);
  await other.close();

  await page.goto("/admin/users");
  await signInAndWait(page, ADMIN.email, ADMIN.password);
  await expect(page).toHaveURL(/\/admin\/users$/);
  await page.getByLabel("Search users").fill(target.email);
  const row = page.getByTestId(`user-row-${target.email}`);
  await expect(row).toBeVisible();
  await row.getByRole("button", { name: "artist" }).click();
  await expect(row.getByRole("button", { name: "artist" })).toHaveAttribute("aria-pressed", "true");
  await page.screenshot({ path: "test-results/screens/admin-users.png", fullPage: true });
});
