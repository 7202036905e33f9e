import { beforeAll, describe, expect, it } from "vitest";
import { makeUser, useTestDatabase } from "../harness.ts";
import { seedSearchCatalogue } from "../search/seeded-catalogue.ts";
import { finish, scripted, text, toolCall } from "./tool-helpers.ts";
import { chatDeps, identityOf, post, userMessage } from "./world.ts";

/** The patron assistant's saveSearch: "tell me when a small blue abstract under €800 appears" becomes a saved search with alerts. */
const h = useTestDatabase();
const ASK = "tell me when a small blue abstract under €800 appears";

beforeAll(async () => {
  await seedSearchCatalogue(h.db);
});

const toolInputs = (r: Awaited<ReturnType<typeof post>>) =>
  r.chunks.flatMap((c) => (c.type === "tool-input-available" ? [c as unknown as { toolName: string; input: Record<string, unknown> }] : []));
const errors = (r: Awaited<ReturnType<typeof post>>) =>
  r.chunks.filter((c) => c.type === "tool-output-error" || c.type === "error" || c.type === "tool-output-denied");

describe("the offline assistant saves a search", () => {
  it("reads the request into words and filters, saves it for the signed-in collector and says what and where", async () => {
    const collector = await makeUser(h.db, ["BUYER"]);
    const r = await post(chatDeps(h.db, { identity: identityOf(collector) }), { assistant: "patron", message: userMessage(ASK) });
    expect(r.res.status).toBe(200);
    expect(errors(r)).toEqual([]);
    expect(toolInputs(r).map((c) => [c.toolName, c.input])).toEqual([
      ["saveSearch", { query: "blue abstract", size: "small", maxPrice: 800, currency: "EUR" }],
    ]);
    const saved = await h.db.savedSearch.findMany({ where: { userId: collector.id } });
    expect(saved).toHaveLength(1);
    expect(saved[0]).toMatchObject({
      q: "blue abstract",
      alerts: "DAILY",
      filters: { size: "small", maxPrice: 80_000, currency: "EUR", availability: "available" },
    });
    expect(r.text).toContain(`Saved: “${saved[0]!.name}”`);
    expect(r.text).toContain("at most once a day");
    expect(r.text).toContain("[your saved searches](/account/saved-searches)");
    expect(r.text).toMatch(/\]\(\/gallery\?[^)]*q=blue/);

    // asked again: the same search, not a second one
    const again = await post(chatDeps(h.db, { identity: identityOf(collector) }), {
      assistant: "patron",
      message: userMessage(`Let me know if a small blue abstract under 800 euros comes up`),
    });
    expect(again.text).toContain("You already have that search saved");
    expect(await h.db.savedSearch.count({ where: { userId: collector.id } })).toBe(1);
  });

  it("tells a visitor to sign in, and saves nothing", async () => {
    const before = await h.db.savedSearch.count();
    const r = await post(chatDeps(h.db, { identity: null }), { assistant: "patron", message: userMessage(ASK) });
    expect(r.res.status).toBe(200);
    expect(errors(r)).toEqual([]);
    expect(r.text).toMatch(/saved searches need an account: \[sign in\]\(\/sign-in/);
    expect(await h.db.savedSearch.count()).toBe(before);
  });

  it("answers a search for everything in words, without an error", async () => {
    const collector = await makeUser(h.db, ["BUYER"]);
    const r = await post(chatDeps(h.db, { identity: identityOf(collector) }), { assistant: "patron", message: userMessage("tell me when something appears") });
    expect(errors(r)).toEqual([]);
    expect(r.text).toMatch(/I couldn't save that search: Add some words or a filter first/);
    expect(await h.db.savedSearch.count({ where: { userId: collector.id } })).toBe(0);
  });
});

describe("a hosted model gets saveSearch as a tool", () => {
  it("is offered its schema, and a first-move call saves the search", async () => {
    const collector = await makeUser(h.db, ["BUYER"]);
    const { model, calls } = scripted([
      [toolCall("s1", "saveSearch", { query: "harbour", category: "painting", maxPrice: 1200, currency: "EUR" }), finish("tool-calls")],
      [...text("Saved — I'll email you when one appears."), finish("stop")],
    ]);
    const r = await post(chatDeps(h.db, { identity: identityOf(collector), model: () => model }), {
      assistant: "patron",
      message: userMessage("let me know when a harbour painting under 1200 euros appears"),
    });
    expect(errors(r)).toEqual([]);
    const offered = calls[0]!.tools.find((t) => t.name === "saveSearch");
    expect(offered?.inputSchema).toMatchObject({
      type: "object",
      properties: { query: expect.anything(), size: expect.anything(), maxPrice: expect.anything() },
    });
    expect(await h.db.savedSearch.findFirstOrThrow({ where: { userId: collector.id } })).toMatchObject({
      q: "harbour",
      filters: { category: "painting", maxPrice: 120_000, currency: "EUR" },
    });
  });

  it("is denied after a tool returned catalogue data in the turn (text in a description cannot save searches)", async () => {
    const collector = await makeUser(h.db, ["BUYER"]);
    const { model } = scripted([
      [toolCall("c1", "searchCatalogue", { query: "blue", limit: 2 }), finish("tool-calls")],
      [toolCall("c2", "saveSearch", { query: "anything at all" }), finish("tool-calls")],
      [...text("I could not do that."), finish("stop")],
    ]);
    const r = await post(chatDeps(h.db, { identity: identityOf(collector), model: () => model }), { assistant: "patron", message: userMessage("blue works?") });
    expect(r.chunks.some((c) => c.type === "tool-output-denied")).toBe(true);
    expect(await h.db.savedSearch.count({ where: { userId: collector.id } })).toBe(0);
  });
});
