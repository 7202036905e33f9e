import { createDb, type Db } from "@atelier/db";
import { expect, test } from "@playwright/test";
import { ADMIN, signInAndWait, signUp, uniqueEmail } from "./helpers.ts";
import { insertFailedEmailRun, insertFailedStripeEvent } from "./support/operations.ts";
import { e2eDatabaseUrl } from "./support/database";

// The app under test runs on the embedded database; the test reaches it the same way the app does.
let db: Db;
test.beforeAll(() => {
  db = createDb({ connectionString: e2eDatabaseUrl });
});
test.afterAll(async () => {
  await db?.$disconnect();
});

test("an admin finds a failed Stripe webhook with its error and replays it", async ({ page }) => {
  const event = await insertFailedStripeEvent(db);

  await page.goto("/admin/webhooks");
  await signInAndWait(page, ADMIN.email, ADMIN.password);
  await expect(page).toHaveURL(/\/admin\/webhooks$/);
  // with failures present the list opens on them
  await expect(page.getByRole("navigation", { name: "Filter by status" }).getByRole("link", { name: /^Failed \d+$/ })).toHaveAttribute("aria-current", "page");
  const row = page.getByTestId("webhook-event").filter({ hasText: event.id });
  await expect(row).toContainText("account.updated");
  await expect(row).toContainText(event.account!);
  await expect(row).toContainText(event.lastError!);
  await expect(row.getByText("Failed", { exact: true })).toBeVisible();

  await row.getByRole("link", { name: "account.updated" }).click();
  await expect(page).toHaveURL(new RegExp(`/admin/webhooks/${event.id}$`));
  await expect(page.getByRole("heading", { name: "account.updated", level: 1 })).toBeVisible();
  await expect(page.getByTestId("webhook-error")).toHaveText(event.lastError!);
  await expect(page.getByLabel("Event payload")).toContainText(`"id": "${event.account}"`);

  await page.getByRole("button", { name: "Replay", exact: true }).click();
  await expect(page.getByText("Hand this event to its functions again?")).toBeVisible();
  await page.getByRole("button", { name: "Yes, replay" }).click();
  await expect(page.getByTestId("replay-result")).toContainText(`Replayed as ${event.id}:replay:`);
  // the page refreshed: the event waits for its functions again, and the new run is listed
  await expect(page.locator("[data-status]").first()).toHaveText("Received");
  await expect(page.getByTestId("webhook-runs")).toContainText("sync-connect-account");
  await expect(page.getByTestId("webhook-runs")).toContainText("replay of");

  const row2 = await db.stripeEvent.findUniqueOrThrow({ where: { id: event.id } });
  expect(row2.status === "RECEIVED" || row2.status === "FAILED").toBe(true);
  expect(await db.auditLog.count({ where: { action: "webhook.replay", targetId: event.id } })).toBe(1);
  expect(await db.jobRun.count({ where: { functionId: "sync-connect-account", eventId: { startsWith: `${event.id}:replay:` } } })).toBe(1);
});

test("an admin replays a failed job run and it runs again", async ({ page }) => {
  const { run, to } = await insertFailedEmailRun(db);

  await page.goto("/admin/jobs");
  await signInAndWait(page, ADMIN.email, ADMIN.password);
  await expect(page.getByText("Functions run inside this app")).toBeVisible();
  const row = page.getByTestId("job-run").filter({ hasText: run.eventId });
  await expect(row).toContainText("send-email");
  await expect(row).toContainText("atelier/email.requested");
  await expect(row).toContainText("5/5");
  await expect(row).toContainText(run.lastError!);

  await row.getByRole("button", { name: "Replay" }).click();
  await row.getByRole("button", { name: "Yes, replay" }).click();
  await expect(page.getByTestId("replay-result")).toContainText("Back in the queue");
  expect(await db.auditLog.count({ where: { action: "job.replay", targetId: run.id } })).toBe(1);

  // the in-process worker picks it up within a few seconds; the run's page shows the outcome
  await expect(async () => {
    await page.goto(`/admin/jobs/${run.id}`);
    await expect(page.locator("[data-status]").first()).toHaveText("Succeeded", { timeout: 1000 });
  }).toPass({ timeout: 30_000 });
  await expect(page.getByText("Only failed runs can be replayed; this one succeeded.")).toBeVisible();
  expect(await db.emailOutbox.count({ where: { toEmail: to } })).toBe(1);
});

test("someone without the admin role gets the no-access page", async ({ page }) => {
  await signUp(page, { name: "Curious Buyer", email: uniqueEmail("ops-nosy"), password: "a-good-password" });
  for (const path of ["/admin/webhooks", "/admin/jobs", "/admin/webhooks/evt_anything", "/admin/jobs/some-run"]) {
    await page.goto(path);
    await expect(page.getByRole("heading", { name: "You don't have access to this page" })).toBeVisible();
    await expect(page.getByTestId("webhook-events")).toHaveCount(0);
    await expect(page.getByTestId("job-runs")).toHaveCount(0);
  }
});
