import { beforeAll, describe, expect, it } from "vitest";
import { callerAs, makeUser, useTestDatabase } from "../harness.ts";
import { seedSearchCatalogue } from "../search/seeded-catalogue.ts";
import { chatDeps, chatRequest, handleChat, identityOf, post, testLimits, userMessage } from "./world.ts";

const h = useTestDatabase();
let buyer: Awaited<ReturnType<typeof makeUser>>;
let other: Awaited<ReturnType<typeof makeUser>>;

beforeAll(async () => {
  await seedSearchCatalogue(h.db);
  buyer = await makeUser(h.db, ["BUYER"], { name: "Bea Buyer" });
  other = await makeUser(h.db, ["BUYER"], { name: "Otto Other" });
});

type ArtworkOut = { slug: string; url: string; priceAmount: number; medium: string; size: string };

describe("POST /api/chat with the offline patron assistant", () => {
  it("streams an answer to 'small blue abstract paintings under 500' that cites real matching artworks", async () => {
    const r = await post(chatDeps(h.db, { identity: null }), { assistant: "patron", message: userMessage("small blue abstract paintings under 500") });
    expect(r.res.status).toBe(200);
    expect(r.res.headers.get("content-type")).toContain("text/event-stream");
    const types = r.chunks.map((c) => c.type);
    expect(types[0]).toBe("start");
    expect(types).toContain("tool-input-available");
    expect(types).toContain("tool-output-available");
    expect(types.filter((t) => t === "text-delta").length).toBeGreaterThan(5); // streamed word by word
    expect(types.at(-1)).toBe("finish");
    const call = r.chunks.find((c) => c.type === "tool-input-available");
    expect(call).toMatchObject({ toolName: "searchCatalogue", input: { category: "painting", size: "small", maxPrice: 500, query: "blue abstract" } });
    const out = r.chunks.find((c) => c.type === "tool-output-available") as { output: { artworks: ArtworkOut[] } };
    const slugs = out.output.artworks.map((a) => a.slug);
    expect(slugs).toContain("small-blue-study-i");
    for (const a of out.output.artworks) expect(a.priceAmount).toBeLessThanOrEqual(50_000);
    // every cited link is a real, public artwork, and the answer says it is the offline assistant
    const links = [...r.text.matchAll(/\]\((\/artworks\/[^)]+)\)/g)].map((m) => m[1]);
    expect(links.length).toBeGreaterThan(0);
    for (const l of links) expect(out.output.artworks.map((a) => a.url)).toContain(l);
    const rows = await h.db.artwork.findMany({ where: { slug: { in: links.map((l) => l!.split("/").pop()!) } }, select: { status: true } });
    expect(rows.every((a) => a.status === "PUBLISHED")).toBe(true);
    expect(r.text).toMatch(/offline assistant/i);
    expect(r.conversationId).toBeNull(); // visitors' chats are not stored
    expect(await h.db.conversation.count()).toBe(0);
  });

  it("stores a signed-in buyer's conversation, continues it, and titles it from the first question", async () => {
    const deps = chatDeps(h.db, { identity: identityOf(buyer) });
    const first = await post(deps, { assistant: "patron", message: userMessage("woodcut prints of waves") });
    expect(first.res.status).toBe(200);
    const id = first.conversationId!;
    expect(id).toBeTruthy();
    expect(first.chunks.find((c) => c.type === "start")).toMatchObject({ messageMetadata: { conversationId: id, provider: "Offline assistant" } });
    const second = await post(deps, { assistant: "patron", conversationId: id, message: userMessage("tell me about great-wave-small-boat") });
    expect(second.text).toContain("/artworks/great-wave-small-boat");
    const caller = await callerAs(h.db, buyer.id);
    const convo = await caller.assistant.conversation({ id });
    expect(convo.title).toBe("woodcut prints of waves");
    expect(convo.messages.map((m) => m.role)).toEqual(["user", "assistant", "user", "assistant"]);
    expect(JSON.stringify(convo.messages[3]!.parts)).toContain("getArtwork");
    const list = await caller.assistant.conversations({ assistant: "PATRON" });
    expect(list.map((c) => c.id)).toContain(id);
    await caller.assistant.rename({ id, title: "Waves" });
    expect((await caller.assistant.conversation({ id })).title).toBe("Waves");
  });

  it("keeps conversations private: nobody else can read, rename, delete or post into one", async () => {
    const mine = await post(chatDeps(h.db, { identity: identityOf(buyer) }), { assistant: "patron", message: userMessage("bronze sculpture") });
    const id = mine.conversationId!;
    const intruder = await callerAs(h.db, other.id);
    await expect(intruder.assistant.conversation({ id })).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(intruder.assistant.rename({ id, title: "mine now" })).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(intruder.assistant.delete({ id })).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect((await intruder.assistant.conversations({ assistant: "PATRON" })).map((c) => c.id)).not.toContain(id);
    const before = await h.db.conversationMessage.count({ where: { conversationId: id } });
    const hijack = await post(chatDeps(h.db, { identity: identityOf(other) }), { assistant: "patron", conversationId: id, message: userMessage("hello") });
    expect(hijack.res.status).toBe(404);
    expect(await h.db.conversationMessage.count({ where: { conversationId: id } })).toBe(before);
    await expect((await callerAs(h.db, null)).assistant.conversations({ assistant: "PATRON" })).rejects.toMatchObject({ code: "UNAUTHORIZED" });
    // the owner can delete it, and its messages go with it
    await (await callerAs(h.db, buyer.id)).assistant.delete({ id });
    expect(await h.db.conversationMessage.count({ where: { conversationId: id } })).toBe(0);
  });

  it("answers bad requests with a clear 400 and stores nothing", async () => {
    const deps = chatDeps(h.db, { identity: identityOf(other) });
    const before = await h.db.conversation.count();
    const cases: unknown[] = [
      "{not json",
      { assistant: "patron" },
      { assistant: "nope", message: userMessage("hi") },
      { assistant: "patron", message: userMessage("   ") },
      { assistant: "patron", message: userMessage("x".repeat(4001)) },
    ];
    for (const body of cases) {
      const res = await handleChat(chatRequest(body), deps);
      expect(res.status).toBe(400);
      expect(((await res.json()) as { error: string }).error.length).toBeGreaterThan(5);
    }
    expect(await h.db.conversation.count()).toBe(before);
  });
});

describe("limits", () => {
  it("answers 429 with a message once the per-minute limit is reached", async () => {
    const u = await makeUser(h.db, ["BUYER"]);
    const deps = chatDeps(h.db, { identity: identityOf(u), limits: testLimits({ ASSISTANT_REQUESTS_PER_MINUTE: 2 }) });
    for (let i = 0; i < 2; i++) expect((await post(deps, { assistant: "patron", message: userMessage("prints") })).res.status).toBe(200);
    const third = await handleChat(chatRequest({ assistant: "patron", message: userMessage("prints") }), deps);
    expect(third.status).toBe(429);
    expect(Number(third.headers.get("retry-after"))).toBeGreaterThan(0);
    expect(((await third.json()) as { error: string }).error).toMatch(/faster than the assistant/);
  });

  it("answers 429 when the day's token budget is spent, and counts tokens per request", async () => {
    const u = await makeUser(h.db, ["BUYER"]);
    const deps = chatDeps(h.db, { identity: identityOf(u), limits: testLimits({ ASSISTANT_DAILY_TOKENS: 1000 }) });
    expect((await post(deps, { assistant: "patron", message: userMessage("watercolour botanical") })).res.status).toBe(200);
    const usage = await h.db.assistantUsage.findFirstOrThrow({ where: { userId: u.id } });
    expect(usage.requests).toBe(1);
    expect(usage.inputTokens + usage.outputTokens).toBeGreaterThan(0);
    await h.db.assistantUsage.update({ where: { userId_day: { userId: u.id, day: usage.day } }, data: { inputTokens: 1000 } });
    const res = await handleChat(chatRequest({ assistant: "patron", message: userMessage("more") }), deps);
    expect(res.status).toBe(429);
    expect(((await res.json()) as { error: string }).error).toMatch(/today's assistant allowance/);
  });

  it("limits visitors by address", async () => {
    const deps = chatDeps(h.db, { identity: null, ip: "198.51.100.9", limits: testLimits({ ASSISTANT_VISITOR_REQUESTS_PER_DAY: 1 }) });
    expect((await post(deps, { assistant: "patron", message: userMessage("prints") })).res.status).toBe(200);
    const res = await handleChat(chatRequest({ assistant: "patron", message: userMessage("prints") }), deps);
    expect(res.status).toBe(429);
    expect(((await res.json()) as { error: string }).error).toMatch(/Sign in/);
  });
});
