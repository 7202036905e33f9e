import { expect, test, type Page } from "@playwright/test";
import { ADMIN, signInAndWait, signOut, signUp, uniqueEmail } from "./helpers";

async function apply(page: Page, displayName: string) {
  await page.goto("/apply");
  await expect(page.getByRole("heading", { name: "Sell your art on Atelier" })).toBeVisible();
  await page.getByLabel("Artist name").fill(displayName);
  await page.getByLabel("Portfolio link").fill("not a link");
  await page.getByRole("button", { name: "Save draft" }).click();
  await expect(page.getByText("Portfolio link must be a full web address")).toBeVisible();
  await page.getByLabel("Portfolio link").fill("https://portfolio.example.org");
  await page.getByRole("button", { name: "Save draft" }).click();
  await expect(page.getByText("Draft saved.")).toBeVisible();

  await page.getByLabel("Artist statement").fill("Quiet paintings of kitchens and windows, in egg tempera on gesso panels.");
  await page.getByRole("button", { name: "Submit application" }).click();
  await expect(page.getByText("Please accept the artist terms to submit")).toBeVisible();
  await page.getByLabel(/I accept the artist terms/).check();
  await page.getByRole("button", { name: "Submit application" }).click();
  await expect(page.getByTestId("application-status")).toHaveAttribute("data-status", "PENDING");
  await expect(page.getByText("Under review")).toBeVisible();
}

async function openApplicationAsAdmin(page: Page, displayName: string) {
  await signInAndWait(page, ADMIN.email, ADMIN.password);
  await page.goto("/admin/applications");
  await page.getByRole("link", { name: displayName }).click();
  await expect(page.getByRole("heading", { name: displayName })).toBeVisible();
}

test("an applicant is approved, is mailed, and gets the studio", async ({ page }) => {
  const applicant = { name: "Wren Okafor", email: uniqueEmail("wren"), password: "correct-horse-battery" };
  const displayName = `Wren Okafor ${Date.now()}`;
  await signUp(page, applicant);
  await expect(page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Studio" })).toHaveCount(0);
  await apply(page, displayName);
  await signOut(page);

  await openApplicationAsAdmin(page, displayName);
  await expect(page.getByText("Quiet paintings of kitchens")).toBeVisible();
  await page.getByRole("button", { name: "Approve" }).click();
  await expect(page.getByTestId("application-status")).toHaveText("Approved");

  // the mail is sent by the in-process worker, not by the request: poll the mailbox
  await expect(async () => {
    await page.goto("/dev/mailbox");
    await expect(page.getByTestId("mail-list").getByText("Welcome to Atelier — your application is approved").first()).toBeVisible({ timeout: 1000 });
  }).toPass({ timeout: 30_000 });
  await page.getByTestId("mail-list").getByRole("link").filter({ hasText: applicant.email }).filter({ hasText: "approved" }).first().click();
  await expect(page.getByTestId("mail-view")).toContainText(applicant.email);
  await expect(page.frameLocator("iframe").getByRole("link", { name: "Open your studio" })).toBeVisible();
  await signOut(page);

  await signInAndWait(page, applicant.email, applicant.password);
  await expect(page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Studio" })).toBeVisible();
  await page.goto("/apply");
  await expect(page.getByTestId("application-status")).toHaveAttribute("data-status", "APPROVED");
});

test("a rejected applicant sees the reason and can start again", async ({ page }) => {
  const applicant = { name: "Tomas Reyes", email: uniqueEmail("tomas"), password: "correct-horse-battery" };
  const displayName = `Tomas Reyes ${Date.now()}`;
  await signUp(page, applicant);
  await apply(page, displayName);
  await signOut(page);

  await openApplicationAsAdmin(page, displayName);
  await page.getByRole("button", { name: "Reject…" }).click();
  await page.getByLabel("Reason (sent to the applicant)").fill("too short");
  await page.getByRole("button", { name: "Reject and notify" }).click();
  await expect(page.getByText("Give the applicant a reason of at least 10 characters")).toBeVisible();
  const reason = "We would love to see a larger, more consistent body of recent work.";
  await page.getByLabel("Reason (sent to the applicant)").fill(reason);
  await page.getByRole("button", { name: "Reject and notify" }).click();
  await expect(page.getByTestId("application-status")).toHaveText("Rejected");
  await signOut(page);

  await signInAndWait(page, applicant.email, applicant.password);
  await page.goto("/apply");
  await expect(page.getByTestId("application-status")).toHaveAttribute("data-status", "REJECTED");
  await expect(page.getByTestId("rejection-reason")).toHaveText(reason);
  await page.getByRole("link", { name: "Start a new application" }).click();
  await expect(page.getByLabel("Artist name")).toHaveValue("");
});
