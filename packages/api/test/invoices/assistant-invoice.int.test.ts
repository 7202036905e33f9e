import { loadIdentity } from "@atelier/core/accounts/identity";
import type { UIMessage, UIMessageChunk } from "ai";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { useTestDatabase } from "../harness.ts";
import { chatDeps, post, userMessage } from "../assistant/world.ts";
import { makeWork, stock } from "../checkout/shop.ts";
import { startPaymentsWorld, type PaymentsWorld } from "../payments/world.ts";
import { invoicingArtist } from "./world.ts";

/**
 * Conversational invoicing with the offline artist assistant: the request is read into a draftInvoice call that
 * waits for the artist's click (nothing exists before it); "Create and send" makes the deposit and balance at
 * Stripe and mails the collector; "Not now" makes nothing.
 */
const h = useTestDatabase();
let world: PaymentsWorld;
beforeAll(async () => {
  world = await startPaymentsWorld(h.db);
});
afterAll(async () => {
  await world?.close();
});

const respond = (m: UIMessage, approvalId: string, approved: boolean): UIMessage => ({
  ...m,
  parts: m.parts.map((p) =>
    "approval" in p && p.approval?.id === approvalId
      ? ({ ...p, state: "approval-responded", approval: { id: approvalId, approved } } as UIMessage["parts"][number])
      : p,
  ),
});

async function ask(artist: Awaited<ReturnType<typeof invoicingArtist>>, sentence: string) {
  const identity = (await loadIdentity(h.db, artist.user.id, "session"))!;
  const deps = {
    ...chatDeps(h.db, { identity }),
    invoicing: {
      db: h.db,
      stripe: world.payments.stripe,
      events: world.jobDeps.events,
      now: world.jobDeps.now,
      appUrl: "http://atelier.test",
      settings: { COMMISSION_INVOICES_BPS: 1000 },
      releaseClaim: null,
    },
  };
  const first = await post(deps, { assistant: "artist", message: userMessage(sentence) });
  const request = first.chunks.find((c) => c.type === "tool-approval-request") as Extract<UIMessageChunk, { type: "tool-approval-request" }> | undefined;
  const stored = await h.db.conversationMessage.findMany({ where: { conversationId: first.conversationId! }, orderBy: { position: "asc" } });
  const assistantMessage: UIMessage = { id: stored[1]!.id, role: "assistant", parts: stored[1]!.parts as UIMessage["parts"] };
  return { deps, first, request, assistantMessage };
}

describe("draftInvoice", () => {
  it("prepares, waits for the click, then creates a deposit and a balance and mails them", async () => {
    const artist = await invoicingArtist(h.db, world);
    const work = await makeWork(h.db, artist.profile.id, { title: "Indigo Hour", priceAmount: 250_000 });
    const { deps, first, request, assistantMessage } = await ask(
      artist,
      "invoice Jane Doe, jane.chat@example.com, €2,000 for Indigo Hour, 50% deposit, due in 14 days",
    );
    expect(request).toBeTruthy();
    const call = first.chunks.find((c) => c.type === "tool-input-available") as { toolName: string; input: Record<string, unknown> };
    expect(call).toMatchObject({
      toolName: "draftInvoice",
      input: { buyerName: "Jane Doe", buyerEmail: "jane.chat@example.com", amount: "2000", artwork: "Indigo Hour", depositPercent: 50 },
    });
    expect(await h.db.invoice.count({ where: { sellerId: artist.user.id } })).toBe(0);
    expect(await stock(h.db, work.id)).toMatchObject({ unitsHeld: 0 });

    const second = await post(deps, {
      assistant: "artist",
      conversationId: first.conversationId,
      message: respond(assistantMessage, request!.approvalId, true),
    });
    expect(second.res.status).toBe(200);
    expect(second.text).toMatch(/Deposit INV-\w+: €1,000\.00/);
    expect(second.text).toMatch(/Balance INV-\w+: €1,000\.00/);
    const made = await h.db.invoice.findMany({ where: { sellerId: artist.user.id }, orderBy: { part: "asc" } });
    expect(made.map((i) => [i.part, i.status, i.totalAmount])).toEqual([
      ["DEPOSIT", "OPEN", 100_000],
      ["BALANCE", "OPEN", 100_000],
    ]);
    expect(await stock(h.db, work.id)).toMatchObject({ unitsHeld: 1 });
    await world.settle();
    expect(await h.db.emailOutbox.count({ where: { toEmail: "jane.chat@example.com" } })).toBe(2);
  });

  it("“Not now” creates nothing; a missing email is asked for", async () => {
    const artist = await invoicingArtist(h.db, world);
    await makeWork(h.db, artist.profile.id, { title: "Salt Light" });
    const { deps, first, request, assistantMessage } = await ask(artist, "invoice Rua Byrne, rua@example.ie, for Salt Light");
    const no = await post(deps, { assistant: "artist", conversationId: first.conversationId, message: respond(assistantMessage, request!.approvalId, false) });
    expect(no.res.status).toBe(200);
    expect(await h.db.invoice.count({ where: { sellerId: artist.user.id } })).toBe(0);
    const vague = await ask(artist, "invoice Rua Byrne for Salt Light");
    expect(vague.request).toBeUndefined();
    expect(vague.first.text).toContain("their email");
  });
});
