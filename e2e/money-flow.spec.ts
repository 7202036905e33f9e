import { expect, test, type Page } from "@playwright/test";
import pg from "pg";
import { ADMIN, signInAndWait, signOut, signUp, uniqueEmail } from "./helpers";
import { e2eDatabaseUrl } from "./support/database";
import { fillShippingAddress, seedTwoArtistsForSale } from "./support/shop";

/**
 * After the sale: both artists see it and the transfer to their Stripe account; the Irish artist ships,
 * the buyer confirms receipt; an admin refunds half of the French work, and the buyer's, the artist's and
 * the admin's views agree to the cent, as does the artist's CSV ledger.
 *
 * The French work: €315.50 + €60.00 shipping = €375.50; commission 50% of €315.50 = €157.75, so the
 * artist's share is €157.75 + €60.00 = €217.75. Half refunded = €187.75, of which the artist's part is
 * floor(18775 × 21775 / 37550) = 10887 → €108.87 (the platform's €78.88).
 */
const PASSWORD = "correct-horse-battery";

async function query<T extends Record<string, unknown>>(sql: string, params: unknown[]): Promise<T[]> {
  const client = new pg.Client({ connectionString: e2eDatabaseUrl });
  await client.connect();
  try {
    return (await client.query<T>(sql, params)).rows;
  } finally {
    await client.end();
  }
}

async function buy(page: Page, slugs: string[]) {
  for (const slug of slugs) {
    await page.goto(`/artworks/${slug}`);
    await page.getByRole("button", { name: "Add to cart" }).click();
    await expect(page.getByTestId("view-cart")).toBeVisible();
  }
  await page.goto("/cart");
  await page.getByLabel("Ship to").selectOption("IE");
  await page.getByTestId("checkout-EUR").click();
  await fillShippingAddress(page);
  await page.getByLabel("Card number").fill("4242 4242 4242 4242");
  await page.getByRole("button", { name: /^Pay/ }).click();
  await expect(page.getByTestId("order-status")).toHaveAttribute("data-status", "PAID", { timeout: 30_000 });
  return new URL(page.url()).searchParams.get("order")!;
}

test("artists see the sale and their transfer, one ships and the buyer confirms, an admin refunds half an item and every view agrees", async ({ page }) => {
  test.setTimeout(180_000);
  const { works } = await seedTwoArtistsForSale({ payable: true, password: PASSWORD });
  const [ie, , fr] = works;
  const buyerEmail = uniqueEmail("ines");
  await signUp(page, { name: "Ines Buyer", email: buyerEmail, password: PASSWORD });
  const orderId = await buy(page, [ie!.slug, fr!.slug]);

  // one transfer per artist, sent once the order is paid
  await expect
    .poll(async () => (await query<{ status: string }>(`SELECT status FROM "Transfer" WHERE "orderId" = $1`, [orderId])).map((t) => t.status).join(","), {
      timeout: 30_000,
    })
    .toBe("PAID,PAID");
  const items = await query<{ id: string; title: string }>(`SELECT id, title FROM "OrderItem" WHERE "orderId" = $1`, [orderId]);
  const ieItem = items.find((i) => i.title === ie!.title)!;
  const frItem = items.find((i) => i.title === fr!.title)!;
  await signOut(page);

  // the Irish artist: the sale, the transfer of €265.00 (€240.00 share + €25.00 domestic shipping); ships it
  await signInAndWait(page, ie!.email, PASSWORD);
  await page.goto("/studio/sales");
  await expect(page.getByText(ie!.title)).toBeVisible();
  await page.goto("/studio/earnings");
  await expect(page.getByRole("row").filter({ hasText: "Sent" }).filter({ hasText: "€265.00" })).toBeVisible();
  await page.goto(`/studio/sales/${ieItem.id}`);
  await page.getByLabel("Carrier").fill("An Post");
  await page.getByLabel("Tracking number").fill("CP123456789IE");
  await page.getByRole("button", { name: "Mark as shipped" }).click();
  await expect(page.getByText("CP123456789IE")).toBeVisible();
  await signOut(page);

  // the buyer confirms receipt
  await signInAndWait(page, buyerEmail, PASSWORD);
  await page.goto(`/orders/${orderId}`);
  await page.getByRole("button", { name: `Confirm you received “${ie!.title}”` }).click();
  await expect(page.getByTestId("order-item").filter({ hasText: ie!.title }).getByText("Delivered").first()).toBeVisible();
  await signOut(page);

  // an admin refunds half of the French work
  await signInAndWait(page, ADMIN.email, ADMIN.password);
  await page.goto(`/admin/orders/${orderId}`);
  const frRow = page.getByRole("listitem").filter({ hasText: fr!.title }).first();
  await frRow.getByText("Refund this item").click();
  await frRow.getByLabel("Amount (EUR)").fill("187.75");
  await frRow.getByRole("button", { name: "Refund", exact: true }).click();
  await expect(frRow.getByText(/Refund of €187\.75 requested/)).toBeVisible();
  await expect
    .poll(async () => (await query<{ status: string }>(`SELECT status FROM "Refund" WHERE "orderItemId" = $1`, [frItem.id])).map((r) => r.status).join(","), {
      timeout: 30_000,
    })
    .toBe("SUCCEEDED");
  await page.reload();
  await expect(page.getByText("refunded €187.75").first()).toBeVisible();
  await signOut(page);

  // the buyer sees the same refund
  await signInAndWait(page, buyerEmail, PASSWORD);
  await page.goto(`/orders/${orderId}`);
  await expect(page.getByText("€187.75").first()).toBeVisible();
  await signOut(page);

  // the French artist: the refund on the sale, and the artist's part (€108.87) in the CSV ledger
  await signInAndWait(page, fr!.email, PASSWORD);
  await page.goto(`/studio/sales/${frItem.id}`);
  await expect(page.getByRole("region", { name: "Refunds" }).getByText("€187.75")).toBeVisible();
  const csv = await (await page.request.get("/studio/earnings/ledger.csv")).text();
  expect(csv).toMatch(/SALE[^\n]*217\.75/);
  expect(csv).toMatch(/REFUND[^\n]*-108\.87/);
  expect(csv).toMatch(/REVERSAL[^\n]*108\.87/);
});
