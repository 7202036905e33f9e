import { expect, test } from "@playwright/test";
import { signUp, uniqueEmail } from "./helpers";
import { fillShippingAddress, seedTwoArtistsForSale } from "./support/shop";

/**
 * A buyer pays for an original on the payments sandbox, finds its certificate of authenticity from /orders,
 * and verifies it on the verify page (the link the QR code carries); a tampered code is refused. Phone width.
 */
test.use({ viewport: { width: 390, height: 844 } });

test("buy an original → its certificate is on /orders → it verifies; a changed code does not", async ({ page, request }) => {
  const { works } = await seedTwoArtistsForSale();
  const work = works[0]!;
  await signUp(page, { name: "Iris Collector", email: uniqueEmail("iris"), password: "correct-horse-battery" });

  await page.goto(`/artworks/${work.slug}`);
  await page.getByRole("button", { name: "Add to cart" }).click();
  await expect(page.getByTestId("view-cart")).toBeVisible();
  await page.goto("/cart");
  await page.getByLabel("Ship to").selectOption("IE");
  await page.getByTestId("checkout-EUR").click();
  await expect(page.getByTestId("checkout-total")).toBeVisible();
  await fillShippingAddress(page, "Iris Collector");
  await page.getByLabel("Card number").fill("4242 4242 4242 4242");
  await page.getByRole("button", { name: /^Pay/ }).click();
  await expect(page.getByTestId("order-status")).toHaveAttribute("data-status", "PAID", { timeout: 30_000 });

  // the certificate is issued by a background job on order.paid
  await expect(async () => {
    await page.goto("/orders");
    await expect(page.getByTestId("certificates").getByRole("link", { name: new RegExp(work.title) })).toBeVisible({ timeout: 1_000 });
  }).toPass({ timeout: 30_000 });
  await page
    .getByTestId("certificates")
    .getByRole("link", { name: new RegExp(work.title) })
    .click();

  await expect(page).toHaveURL(/\/certificates\/C-[0-9A-Z]{10}$/);
  const certificate = page.getByTestId("certificate");
  await expect(certificate.getByRole("heading", { level: 1 })).toHaveText(work.title);
  await expect(page.getByTestId("certificate-edition")).toHaveText("Unique original");
  await expect(certificate).toContainText(work.artist);
  await expect(certificate).toContainText("a private collector");
  await expect(certificate).not.toContainText("Iris Collector");
  await expect(page.getByTestId("certificate-qr")).toBeVisible();
  await page.screenshot({ path: "test-results/certificate-390.png", fullPage: true });
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);

  await page.getByRole("link", { name: "Verify this certificate" }).click();
  await expect(page.getByTestId("verification")).toHaveAttribute("data-status", "current");
  await expect(page.getByTestId("verification")).toContainText(work.title);
  await page.screenshot({ path: "test-results/certificate-verify-390.png", fullPage: true });

  // one character of the signed payload changed → invalid
  const code = await page.getByLabel("Certificate code or link").inputValue();
  const [prefix, payload, signature] = code.split(".") as [string, string, string];
  const changed = `${prefix}.${payload.slice(0, 10)}${payload[10] === "A" ? "B" : "A"}${payload.slice(11)}.${signature}`;
  await page.getByLabel("Certificate code or link").fill(changed);
  await page.getByRole("button", { name: "Verify" }).click();
  await expect(page.getByTestId("verification")).toHaveAttribute("data-status", "invalid");

  // the public key is published
  const jwks = await request.get("/.well-known/atelier-certificate-key");
  expect(jwks.ok()).toBe(true);
  expect(((await jwks.json()) as { keys: { crv: string; kid: string }[] }).keys[0]).toMatchObject({ crv: "Ed25519" });
  expect(await (await request.get("/.well-known/atelier-certificate-key.pem")).text()).toContain("BEGIN PUBLIC KEY");
});
