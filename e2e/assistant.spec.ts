import { expect, test } from "@playwright/test";
import { signInAndWait, signUp, uniqueEmail } from "./helpers";

test("a visitor asks “what is a woodcut?”, gets the knowledge-base entry cited, and opens its /learn page", async ({ page }) => {
  await page.goto("/gallery");
  await page.getByRole("banner").getByRole("button", { name: "Ask Atelier" }).click();
  const panel = page.getByRole("dialog", { name: "Patron assistant" });
  await panel.getByLabel("Message").fill("what is a woodcut?");
  await panel.getByRole("button", { name: "Send" }).click();
  const answer = panel.locator('[data-role="assistant"]').last();
  await expect(answer).toContainText("Sources:");
  await expect(answer).not.toContainText("Error");
  await answer.getByRole("link", { name: "Woodcut", exact: true }).click();
  await expect(page).toHaveURL(/\/learn\/woodcut$/);
  await expect(page.getByRole("heading", { level: 1, name: "Woodcut" })).toBeVisible();
  await expect(page.getByText("Tate Art Terms: Woodcut", { exact: true })).toBeVisible();
});

test("a visitor asks the patron panel for small blue abstract paintings under 500, gets a streamed answer citing real works, and clicks through", async ({
  page,
}) => {
  await page.goto("/gallery");
  await page.getByRole("banner").getByRole("button", { name: "Ask Atelier" }).click();
  const panel = page.getByRole("dialog", { name: "Patron assistant" });
  await expect(panel.getByText("Offline assistant").first()).toBeVisible();
  await panel.getByLabel("Message").fill("small blue abstract paintings under 500");
  await panel.getByRole("button", { name: "Send" }).click();
  // the answer streams in (Stop is offered while it does), then the input is back
  await expect(panel.getByRole("button", { name: "Stop" })).toBeVisible();
  const answer = panel.locator('[data-role="assistant"]').last();
  await expect(answer).toContainText("Offline assistant: no language model is configured");
  await expect(panel.getByRole("button", { name: "Send" })).toBeVisible();
  // it cites seeded works that match: small, blue, painted, under €500
  await expect(answer.getByRole("link", { name: "Small Blue Study I", exact: true })).toBeVisible();
  await expect(answer.getByRole("list", { name: "Artworks from the catalogue" }).getByRole("listitem").first()).toBeVisible();
  const prices = await answer.locator("li").filter({ hasText: " by " }).allInnerTexts();
  expect(prices.length).toBeGreaterThan(1);
  for (const line of prices) {
    const euros = Number(/€([\d,]+)/.exec(line)?.[1]?.replace(/,/g, ""));
    expect(euros).toBeLessThanOrEqual(500);
  }
  await answer.getByRole("link", { name: "Small Blue Study I", exact: true }).click();
  await expect(page).toHaveURL(/\/artworks\/small-blue-study-i$/);
  await expect(page.getByRole("heading", { level: 1, name: "Small Blue Study I" })).toBeVisible();
});

test("a buyer's conversation on /assistant is kept: favourite with confirmation, rename, reopen, delete", async ({ page }) => {
  await signUp(page, { name: "Chat Buyer", email: uniqueEmail("chat"), password: "a-long-password-1" });
  await page.goto("/assistant");
  await page.getByLabel("Message").fill("add Indigo Hour to my favourites");
  await page.getByRole("button", { name: "Send" }).click();
  const confirm = page.getByRole("group", { name: "Confirm action" });
  await expect(confirm).toContainText("Add “Indigo Hour” to your favourites?");
  await confirm.getByRole("button", { name: "Yes, add it" }).click();
  await expect(page.getByText("Added Indigo Hour to your favourites.")).toBeVisible();
  await expect(page).toHaveURL(/\/assistant\?c=/);
  const conversations = page.getByRole("navigation", { name: "Conversations" });
  await expect(conversations.getByRole("link", { name: "add Indigo Hour to my favourites" })).toBeVisible();

  await page.goto("/favourites");
  await expect(page.getByText("Indigo Hour").first()).toBeVisible();

  // rename, then reopen: the whole conversation comes back from the server
  await page.goto("/assistant");
  await conversations.getByRole("button", { name: "Rename add Indigo Hour to my favourites" }).click();
  await conversations.getByLabel("Conversation name").fill("Indigo");
  await conversations.getByRole("button", { name: "Save" }).click();
  await conversations.getByRole("link", { name: "Indigo" }).click();
  await expect(page.getByText("Added Indigo Hour to your favourites.")).toBeVisible();
  await expect(page.getByText("add Indigo Hour to my favourites").first()).toBeVisible();

  page.once("dialog", (d) => void d.accept());
  await conversations.getByRole("button", { name: "Delete Indigo" }).click();
  await expect(page).toHaveURL(/\/assistant$/);
  await expect(conversations.getByText("No conversations yet.")).toBeVisible();
});

test("an artist asks the studio assistant for a bio (offered, not saved) and a listing, which lands as a draft to review", async ({ page }) => {
  await page.goto("/sign-in");
  await signInAndWait(page, "elena@atelier.local", "atelier-artist");
  await page.goto("/studio");
  await page.getByRole("link", { name: "Assistant" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Artist assistant" })).toBeVisible();

  await page.getByLabel("Message").fill("write my bio");
  await page.getByRole("button", { name: "Send" }).click();
  await expect(page.getByText("Suggested bio (not saved)")).toBeVisible();
  await expect(page.getByRole("button", { name: "Copy text" })).toBeVisible();
  await expect(page.getByText(/Elena Brandt/).first()).toBeVisible();

  const title = `Machair in May ${Date.now().toString(36)}`;
  await page.getByLabel("Message").fill(`draft a listing: ${title}, watercolour on paper, 30 x 40 cm, €450`);
  await page.getByRole("button", { name: "Send" }).click();
  await page.getByRole("link", { name: `review “${title}” in the studio` }).click();
  await expect(page).toHaveURL(/\/studio\/artworks\/[^/]+$/);
  await expect(page.getByLabel("Title", { exact: true })).toHaveValue(title);
  await expect(page.getByLabel("Medium", { exact: true })).toHaveValue("Watercolour on paper");
  await expect(page.getByLabel("Category", { exact: true })).toHaveValue("PAINTING");
  await expect(page.getByText("Draft", { exact: true }).first()).toBeVisible();
});
