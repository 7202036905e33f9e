import fs from "node:fs";
import { createDb, type Db } from "@atelier/db";
import { expect, test } from "@playwright/test";
import { signUp, uniqueEmail } from "./helpers.ts";
import { e2eDatabaseUrl } from "./support/database";

let db: Db;
test.beforeAll(() => {
  db = createDb({ connectionString: e2eDatabaseUrl });
});
test.afterAll(async () => {
  await db?.$disconnect();
});
test.use({ viewport: { width: 390, height: 844 } });

test("a buyer downloads the clean file of a paid digital download from /orders, and not once it is refunded", async ({ page }) => {
  const user = { name: "Theo Brandt", email: uniqueEmail("downloads"), password: "a-good-password" };
  await signUp(page, user);
  const buyer = await db.user.findUniqueOrThrow({ where: { email: user.email } });
  // a demo work with its picture in storage, bought as a download (the order as the checkout leaves it)
  const artwork = await db.artwork.findFirstOrThrow({
    where: { status: "PUBLISHED", images: { some: {} } },
    include: { artist: true, images: { orderBy: { position: "asc" }, take: 1 } },
  });
  const order = await db.order.create({
    data: {
      number: `AT-DL${buyer.id.slice(-6).toUpperCase()}`,
      buyerId: buyer.id,
      currency: "EUR",
      status: "PAID",
      itemsAmount: 1_200,
      shippingAmount: 0,
      totalAmount: 1_200,
      commissionAmount: 120,
      shipTo: "IE",
      expiresAt: new Date(Date.now() + 30 * 60_000),
      paidAt: new Date(),
      items: {
        create: {
          artworkId: artwork.id,
          sellerId: artwork.artist.userId,
          title: `${artwork.title} (digital download)`,
          kind: "EDITION",
          quantity: 1,
          unitAmount: 1_200,
          subtotalAmount: 1_200,
          shippingAmount: 0,
          commissionBps: 1_000,
          commissionAmount: 120,
          artistAmount: 1_080,
          status: "PAID",
        },
      },
    },
    include: { items: true },
  });
  const item = order.items[0]!;
  const download = await db.digitalDownload.create({ data: { orderItemId: item.id, artworkId: artwork.id, userId: buyer.id } });

  await page.goto("/orders");
  const section = page.getByRole("region", { name: "Your downloads" });
  await expect(section.getByText("works for 24 hours")).toBeVisible();
  const started = page.waitForEvent("download");
  await section.getByRole("button", { name: `Download “${item.title}”` }).click();
  const file = await started;
  expect(file.suggestedFilename()).toBe(`${artwork.slug}${artwork.images[0]!.originalKey.slice(artwork.images[0]!.originalKey.lastIndexOf("."))}`);
  expect(fs.statSync((await file.path())!).size).toBe(artwork.images[0]!.bytes);
  await expect(section.getByText(/Your link works until/)).toBeVisible();
  await expect.poll(async () => (await db.digitalDownload.findUniqueOrThrow({ where: { id: download.id } })).downloadCount).toBe(1);
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
  await section.screenshot({ path: "test-results/screens/downloads-orders-390.png" });

  // a made-up link is refused with a page that says what to do
  const forged = await page.goto(`/api/downloads/${download.id}.${Math.floor(Date.now() / 1000) + 3600}.${"A".repeat(43)}`);
  expect(forged!.status()).toBe(403);
  await expect(page.getByRole("heading", { name: "This file can't be downloaded" })).toBeVisible();
  await page.screenshot({ path: "test-results/screens/downloads-refused-390.png" });

  await db.orderItem.update({ where: { id: item.id }, data: { status: "REFUNDED", refundedAmount: 1_200 } });
  await page.goto("/orders");
  await expect(page.getByRole("region", { name: "Your downloads" }).getByText("Refunded: no longer available")).toBeVisible();
});
