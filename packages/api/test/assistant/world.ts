import type { Identity } from "@atelier/core/accounts/identity";
import type { Db } from "@atelier/db";
import { OfflineLanguageModel } from "@atelier/ai";
import type { LanguageModelV4 } from "@ai-sdk/provider";
import type { UIMessage, UIMessageChunk } from "ai";
import type { AssistantLimits } from "@atelier/core/assistant/allowance";
import { defaultCoreSettings } from "@atelier/core/env";
import { handleChat, type ChatDeps } from "@atelier/core/assistant/chat";
import type { AssistantDefinition } from "@atelier/core/assistant/definition";
import { assistants } from "@atelier/core/assistant/registry";
import { localStorage } from "@atelier/core/storage";
import { testEmbeddings } from "../search/seeded-catalogue.ts";
import os from "node:os";
import path from "node:path";

export function identityOf(user: { id: string; email: string; name: string; roles: Identity["roles"] }): Identity {
  return { id: user.id, email: user.email, name: user.name, roles: user.roles, via: "session" };
}

export const testLimits = (over: Partial<AssistantLimits> = {}): AssistantLimits => ({ ...defaultCoreSettings, ...over });

export function chatDeps(
  db: Db,
  opts: { identity: Identity | null; model?: (d: AssistantDefinition) => LanguageModelV4; limits?: AssistantLimits; ip?: string },
): ChatDeps {
  return {
    db,
    identity: opts.identity,
    clientIp: opts.ip ?? "203.0.113.7",
    appUrl: "http://atelier.test",
    now: () => new Date(),
    storage: localStorage(path.join(os.tmpdir(), "atelier-assistant-test")),
    embeddings: testEmbeddings,
    modelFor: opts.model ?? ((d) => new OfflineLanguageModel(d.offlinePolicy)),
    providerLabel: opts.model ? "Mock model" : "Offline assistant",
    limits: opts.limits ?? testLimits(),
    assistants,
  };
}

let n = 0;
export const userMessage = (text: string): UIMessage => ({ id: `client-${++n}`, role: "user", parts: [{ type: "text", text }] });

export function chatRequest(body: unknown): Request {
  return new Request("http://atelier.test/api/chat", {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: typeof body === "string" ? body : JSON.stringify(body),
  });
}

/** Reads an AI SDK UI message stream response (server-sent events) into its chunks. */
export async function readChunks(res: Response): Promise<UIMessageChunk[]> {
  const text = await res.text();
  return text
    .split("\n")
    .filter((l) => l.startsWith("data: ") && l !== "data: [DONE]")
    .map((l) => JSON.parse(l.slice(6)) as UIMessageChunk);
}

export async function post(deps: ChatDeps, body: unknown) {
  const res = await handleChat(chatRequest(body), deps);
  const chunks = res.headers.get("content-type")?.includes("text/event-stream") ? await readChunks(res) : [];
  const text = chunks.flatMap((c) => (c.type === "text-delta" ? [c.delta] : [])).join("");
  return { res, chunks, text, conversationId: res.headers.get("x-conversation-id") };
}

export { handleChat };
