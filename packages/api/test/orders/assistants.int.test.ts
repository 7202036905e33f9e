import { OfflineLanguageModel } from "@atelier/ai";
import { loadIdentity } from "@atelier/core/accounts/identity";
import { artistAssistant } from "@atelier/core/assistant/artist/definition";
import type { AssistantDefinition, AssistantToolContext } from "@atelier/core/assistant/definition";
import { patronAssistant } from "@atelier/core/assistant/patron/definition";
import { localStorage } from "@atelier/core/storage";
import { recommendedFor } from "@atelier/core/search";
import { generateText, isStepCount, type LanguageModel } from "ai";
import { MockLanguageModelV4 } from "ai/test";
import os from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { makeUser, useTestDatabase } from "../harness.ts";
import { usage } from "../assistant/tool-helpers.ts";
import { makeArtist, makeArtwork, paidOrder, succeededRefund } from "./fixtures.ts";

const h = useTestDatabase();
const storage = localStorage(path.join(os.tmpdir(), "atelier-orders-assistant"));

async function ctxFor(userId: string | null, model: LanguageModel, now = () => new Date()): Promise<AssistantToolContext> {
  return {
    db: h.db,
    identity: userId ? await loadIdentity(h.db, userId, "session") : null,
    appUrl: "http://atelier.test",
    now,
    storage,
    model,
    embeddings: null,
  };
}

async function chat(def: AssistantDefinition, userId: string | null, prompt: string, model?: LanguageModel, now?: () => Date) {
  const m = model ?? new OfflineLanguageModel(def.offlinePolicy);
  const ctx = await ctxFor(userId, m, now);
  const r = await generateText({ model: m, instructions: await def.instructions(ctx), tools: def.tools(ctx), prompt, stopWhen: isStepCount(5) });
  return { text: r.text, calls: r.steps.flatMap((s) => s.toolCalls.map((c) => c.toolName)), results: r.steps.flatMap((s) => s.toolResults) };
}

/** A model that calls one tool, then says "done". */
function callingModel(toolName: string, input: unknown) {
  return new MockLanguageModelV4({
    doGenerate: [
      {
        content: [{ type: "tool-call", toolCallId: "c1", toolName, input: JSON.stringify(input) }],
        finishReason: { unified: "tool-calls", raw: undefined },
        usage,
        warnings: [],
      },
      { content: [{ type: "text", text: "done" }], finishReason: { unified: "stop", raw: undefined }, usage, warnings: [] },
    ],
  });
}

async function shop() {
  const mira = await makeArtist(h.db, "Mira Sea");
  const buyer = await makeUser(h.db, ["BUYER"], { name: "Ada" });
  const other = await makeUser(h.db, ["BUYER"]);
  const sea = await makeArtwork(h.db, mira, { title: "Blue Harbour", tags: ["sea", "blue", "harbour"], medium: "Oil on canvas", priceAmount: 900_00 });
  const print = await makeArtwork(h.db, mira, { title: "Blue Tide Print", tags: ["sea", "blue"], kind: "EDITION", medium: "Giclée print", priceAmount: 60_00 });
  const similar = await makeArtwork(h.db, mira, { title: "Harbour Light", tags: ["sea", "harbour"], medium: "Oil on canvas", priceAmount: 700_00 });
  const unrelated = await makeArtwork(h.db, await makeArtist(h.db, "Other Hand"), { title: "Red Desert", tags: ["desert"], medium: "Charcoal drawing" });
  const order = await paidOrder(h.db, {
    buyerId: buyer.id,
    items: [
      { artwork: sea, sellerId: mira.id, shippingAmount: 30_00 },
      { artwork: print, sellerId: mira.id },
    ],
  });
  await paidOrder(h.db, { buyerId: other.id, items: [{ artwork: await makeArtwork(h.db, mira, { title: "Secret Buy" }), sellerId: mira.id }] });
  return { mira, buyer, other, sea, print, similar, unrelated, order };
}

describe("patron assistant: purchases", () => {
  it("offline: “what did I buy?” calls myPurchases and lists only the caller's paid items, with order links", async () => {
    const w = await shop();
    const r = await chat(patronAssistant, w.buyer.id, "What did I buy?");
    expect(r.calls).toEqual(["myPurchases"]);
    expect(r.text).toContain("[Blue Harbour](/artworks/");
    expect(r.text).toContain("€930.00");
    expect(r.text).toContain(`/orders/${w.order.id}`);
    expect(r.text).not.toContain("Secret Buy");
    expect(r.text).toContain("Offline assistant");
  });

  it("a refunded item is not a purchase any more; a visitor is told to sign in", async () => {
    const w = await shop();
    await succeededRefund(h.db, w.order.items[1]!.id, 60_00);
    const r = await chat(patronAssistant, w.buyer.id, "my purchases", callingModel("myPurchases", {}));
    const out = r.results[0]!.output as { count: number; purchases: { title: string }[] };
    expect(out.purchases.map((p) => p.title)).toEqual(["Blue Harbour"]);
    const visitor = await chat(patronAssistant, null, "my orders");
    expect(visitor.calls).toEqual(["myPurchases"]);
    expect(visitor.text).toContain("sign in");
  });

  it("recommendations use purchases: works like what they bought, never what they bought", async () => {
    const w = await shop();
    const rec = await recommendedFor(h.db, w.buyer.id, 6);
    const ids = rec.items.map((i) => i.id);
    expect(ids).toContain(w.similar.id);
    expect(ids).not.toContain(w.sea.id);
    expect(ids).not.toContain(w.print.id);
    expect(ids).not.toContain(w.unrelated.id);
    const r = await chat(patronAssistant, w.buyer.id, "recommend something for me");
    expect(r.calls).toEqual(["recommendForMe"]);
    expect(r.text).toContain("Harbour Light");
    expect(r.text).toContain("2 purchases");
  });
});

describe("artist assistant: “how much did I sell this year?”", () => {
  it("offline: answers from the ledger per currency, deterministically", async () => {
    const artist = await makeArtist(h.db, "Yearly Seller");
    const buyer = await makeUser(h.db);
    const now = () => new Date(Date.UTC(2025, 10, 15));
    const a = await paidOrder(h.db, {
      buyerId: buyer.id,
      paidAt: new Date(Date.UTC(2025, 2, 1)),
      items: [{ artwork: await makeArtwork(h.db, artist, { priceAmount: 1000_00 }), sellerId: artist.id, shippingAmount: 20_00 }],
    });
    await paidOrder(h.db, {
      buyerId: buyer.id,
      paidAt: new Date(Date.UTC(2025, 4, 1)),
      items: [{ artwork: await makeArtwork(h.db, artist, { priceAmount: 3000, currency: "JPY" }), sellerId: artist.id }],
    });
    await paidOrder(h.db, {
      buyerId: buyer.id,
      paidAt: new Date(Date.UTC(2024, 4, 1)),
      items: [{ artwork: await makeArtwork(h.db, artist, { priceAmount: 77_00 }), sellerId: artist.id }],
    });

    const first = await chat(artistAssistant, artist.id, "How much did I sell this year?", undefined, now);
    expect(first.calls).toEqual(["mySales"]);
    expect(first.text).toContain("In 2025 you sold");
    expect(first.text).toContain("**EUR**: 1 work in 1 order for €1,020.00");
    expect(first.text).toContain(`net earnings ${"€" + "520.00"}`);
    expect(first.text).toContain("**JPY**");
    expect(first.text).not.toContain("77");
    expect(a.items[0]!.artistAmount).toBe(520_00);
    const again = await chat(artistAssistant, artist.id, "How much did I sell this year?", undefined, now);
    expect(again.text).toBe(first.text);

    const last = await chat(artistAssistant, artist.id, "and how much did I earn last year?", undefined, now);
    expect(last.text).toContain("In 2024 you sold");
    expect(last.text).toContain("€77.00");
  });

  it("a hosted (mock) model gets the same figures from mySales, for the caller only", async () => {
    const artist = await makeArtist(h.db, "Mock Seller");
    const other = await makeArtist(h.db, "Someone Else");
    const buyer = await makeUser(h.db);
    await paidOrder(h.db, { buyerId: buyer.id, items: [{ artwork: await makeArtwork(h.db, other, { priceAmount: 5000_00 }), sellerId: other.id }] });
    const r = await chat(artistAssistant, artist.id, "how much did I sell?", callingModel("mySales", {}));
    const out = r.results[0]!.output as { soldAnything: boolean; year: number };
    expect(out).toMatchObject({ soldAnything: false, year: new Date().getUTCFullYear() });
  });
});
