import { hashPassword } from "@atelier/core/accounts/password";
import { createDb, type Db } from "@atelier/db";
import { expect, test, type Page } from "@playwright/test";
import { signInAndWait, uniqueEmail } from "./helpers.ts";
import { e2eDatabaseUrl } from "./support/database";
import { payableSandboxAccount } from "./support/shop";

// A live show on Instagram: claims for three buyers, the show ends, one Stripe invoice per buyer; a buyer pays on
// the payments sandbox's hosted invoice page and the console's row turns Paid without a reload (the invoice stream).
let db: Db;
test.beforeAll(() => {
  db = createDb({ connectionString: e2eDatabaseUrl });
});
test.afterAll(async () => {
  await db?.$disconnect();
});

const PASSWORD = "a-good-password";
// artists run Instagram lives from their phone: the console is used at phone width
test.use({ viewport: { width: 390, height: 844 } });
const shot = (page: Page, name: string) => page.screenshot({ path: test.info().outputPath(`${name}.png`), fullPage: true });

/** An approved artist on the Pro plan whose Connect account on the sandbox can be paid, with two published originals. */
async function proArtistWithWorks() {
  const tag = crypto.randomUUID().slice(0, 6);
  const email = uniqueEmail("live-artist");
  const user = await db.user.create({
    data: {
      email,
      name: "Niamh Kelly",
      passwordHash: await hashPassword(PASSWORD),
      emailVerified: new Date(),
      roles: { create: [{ role: "ARTIST" }, { role: "BUYER" }] },
    },
  });
  const profile = await db.artistProfile.create({ data: { userId: user.id, displayName: "Niamh Kelly", slug: `niamh-kelly-${tag}`, country: "IE" } });
  await db.connectAccount.create({
    data: {
      userId: user.id,
      stripeAccountId: await payableSandboxAccount("IE", "Niamh Kelly"),
      country: "IE",
      detailsSubmitted: true,
      chargesEnabled: true,
      payoutsEnabled: true,
    },
  });
  await db.sellerPlan.create({ data: { userId: user.id, plan: "PRO", status: "active" } });
  const works = [];
  for (const [title, price] of [
    [`Indigo Tide ${tag}`, 120_000],
    [`Salt Marsh ${tag}`, 45_000],
  ] as const)
    works.push(
      await db.artwork.create({
        data: {
          artistId: profile.id,
          slug: title.toLowerCase().replace(/\s+/g, "-"),
          title,
          medium: "Oil on linen",
          category: "PAINTING",
          widthTenths: 400,
          heightTenths: 500,
          priceAmount: price,
          currency: "EUR",
          status: "PUBLISHED",
          publishedAt: new Date(),
        },
      }),
    );
  return { email, user, works };
}

async function addWork(page: Page, artworkId: string) {
  const form = page.getByRole("region", { name: "Add an item" });
  await form.getByLabel("Work", { exact: true }).selectOption(artworkId);
  await form.getByRole("button", { name: "Add item" }).click();
}

async function claim(page: Page, line: string, expected: RegExp) {
  const input = page.getByRole("textbox", { name: /Record a claim/ });
  await input.fill(line);
  await input.press("Enter");
  await expect(page.getByTestId("claim-log").getByText(expected)).toBeVisible();
}

test("an artist runs a live show, three buyers are invoiced when it ends, and a payment on the hosted page turns the row Paid live", async ({
  page,
  context,
}) => {
  const { email, works } = await proArtistWithWorks();
  const [indigo, salt] = works as [(typeof works)[number], (typeof works)[number]];
  await page.goto("/sign-in");
  await signInAndWait(page, email, PASSWORD);

  // 1. create the show
  await page.goto("/studio/shows");
  await page.getByLabel("Title").fill("Friday studio live");
  await page.getByLabel("Starts").fill("2026-12-11T19:00");
  await page.getByRole("button", { name: "Create show" }).click();
  await expect(page).toHaveURL(/\/studio\/shows\/[^/]+$/);
  await expect(page.getByRole("heading", { level: 1, name: "Friday studio live" })).toBeVisible();

  // 2. two works and an ad-hoc item; a bad price is named at its field
  await addWork(page, indigo.id);
  await expect(page.getByTestId("item-1")).toContainText(indigo.title);
  await addWork(page, salt.id);
  await expect(page.getByTestId("item-2")).toContainText(salt.title);
  const form = page.getByRole("region", { name: "Add an item" });
  await form.getByText("Ad-hoc item").click();
  await form.getByLabel("Title").fill("Studio mug");
  await form.getByLabel("Price (EUR)").fill("twelve");
  await form.getByRole("button", { name: "Add item" }).click();
  await expect(form.getByText(/price/i).nth(1)).toBeVisible();
  await form.getByLabel("Price (EUR)").fill("12");
  await form.getByLabel("Quantity").fill("5");
  await form.getByRole("button", { name: "Add item" }).click();
  await expect(page.getByTestId("item-3")).toContainText("Studio mug");

  // 3. live: claims typed one after another, keyboard only; a second claimer on a unique work queues
  await page.getByRole("button", { name: "Start show" }).click();
  await claim(page, "1 @jane jane.live@example.com", /#1 .*@jane holds it/);
  await claim(page, "1 @quinn", /#1 .*@quinn is 2nd in line/);
  await claim(page, "2 @bob", /#2 .*@bob holds it/);
  await claim(page, "3 @cara cara.live@example.com", /#3 Studio mug: @cara holds it/);
  await claim(page, "9 @nobody", /9 @nobody/);
  await shot(page, "console-live");

  // 4. end: one invoice per buyer holding something
  page.once("dialog", (d) => void d.accept());
  await page.getByRole("button", { name: "End show" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Show ended: 3 invoices created" })).toBeVisible();
  const rows = page.getByTestId("invoice-row");
  await expect(rows).toHaveCount(3);
  await expect(page.getByTestId("invoice-live")).toHaveText(/Live: statuses update/);
  const jane = rows.filter({ hasText: "@jane" });
  await expect(jane).toContainText("€1,200.00");
  await expect(jane.getByTestId("invoice-status")).toHaveText("Open");

  // Instagram DMs are not set up on this machine: the console says so, and the link is there to copy
  const bob = rows.filter({ hasText: "@bob" });
  await bob.getByRole("button", { name: "Send by Instagram DM" }).click();
  await expect(bob.getByRole("status")).toContainText("Instagram messages are not set up");
  await expect(bob.getByRole("textbox", { name: /Payment link for/ })).toHaveValue(/\/i\/in_/);

  // 5. the buyer pays Jane's invoice on the hosted page, in another tab; the console is not reloaded
  const link = await jane.getByRole("textbox", { name: /Payment link for/ }).inputValue();
  const buyer = await context.newPage();
  await buyer.goto(link);
  await expect(buyer.getByTestId("invoice-issuer")).toHaveText("Niamh Kelly");
  await expect(buyer.getByTestId("invoice-total")).toHaveText(/1,200/);
  await buyer.getByLabel("Card number").fill("4000 0000 0000 0002");
  await buyer.getByRole("button", { name: /^Pay/ }).click();
  await expect(buyer.getByTestId("invoice-error")).toBeVisible();
  await buyer.getByLabel("Card number").fill("4242 4242 4242 4242");
  await buyer.getByRole("button", { name: /^Pay/ }).click();
  await expect(buyer.getByTestId("invoice-status")).toHaveText("Paid");
  const paidAt = Date.now();
  await expect(jane.getByTestId("invoice-status")).toHaveText("Paid", { timeout: 15_000 });
  const latency = Date.now() - paidAt;
  test.info().annotations.push({ type: "webhook → console", description: `${latency} ms` });
  console.log(`[measure] hosted-page payment → console row Paid: ${latency} ms`);
  await expect(jane).toContainText("to your Stripe account");
  await shot(page, "console-invoices");
  await shot(buyer, "hosted-invoice");

  // the work is sold; Bob's still-open invoice still holds his
  await expect.poll(async () => (await db.artwork.findUniqueOrThrow({ where: { id: indigo.id } })).status).toBe("SOLD");
  expect((await db.artwork.findUniqueOrThrow({ where: { id: salt.id } })).unitsHeld).toBe(1);
});

test("an artist drafts an invoice by chatting with the assistant; nothing exists until they confirm", async ({ page }) => {
  const { email, user, works } = await proArtistWithWorks();
  const work = works[1]!;
  await page.goto("/sign-in");
  await signInAndWait(page, email, PASSWORD);
  await page.goto("/studio/assistant");
  await expect(page.getByRole("heading", { level: 1, name: "Artist assistant" })).toBeVisible();

  await page.getByLabel("Message").fill(`invoice Jane Doe, jane.chat@example.com, €2,000 for ${work.title}, 50% deposit, due in 14 days`);
  await page.getByRole("button", { name: "Send" }).click();
  const confirm = page.getByRole("group", { name: "Confirm invoice" });
  await expect(confirm).toContainText("Jane Doe");
  await expect(confirm).toContainText("jane.chat@example.com");
  await expect(confirm).toContainText(work.title);
  await expect(confirm).toContainText("€2,000");
  expect(await db.invoice.count({ where: { sellerId: user.id } })).toBe(0);

  await confirm.getByRole("button", { name: "Create and send" }).click();
  await expect(page.getByText(/Done — sent to jane\.chat@example\.com/)).toBeVisible({ timeout: 15_000 });
  await expect(page.getByText(/Deposit INV-/)).toBeVisible();
  await expect(page.getByText(/Balance INV-/)).toBeVisible();
  await shot(page, "studio-assistant-invoiced");
  // the reply and the long request fit a phone: nothing scrolls sideways
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);

  await page.getByRole("link", { name: "your invoices" }).click();
  await expect(page).toHaveURL(/\/studio\/invoices/);
  const rows = page.getByTestId("invoice-row");
  await expect(rows).toHaveCount(2);
  await expect(rows.filter({ hasText: "Deposit" })).toContainText("€1,000.00");
  await expect(rows.filter({ hasText: "Balance" })).toContainText("€1,000.00");
  await shot(page, "studio-invoices");
  await page.goto("/studio/integrations");
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  await shot(page, "studio-integrations");
  await page.goto("/studio/shows");
  await shot(page, "studio-shows");
  const made = await db.invoice.findMany({ where: { sellerId: user.id } });
  expect(made.reduce((s, i) => s + i.totalAmount, 0)).toBe(200_000);
  expect((await db.artwork.findUniqueOrThrow({ where: { id: work.id } })).unitsHeld).toBe(1);
});
