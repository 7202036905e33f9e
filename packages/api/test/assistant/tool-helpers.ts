import { isAppError } from "@atelier/core/errors";
import type { Tool } from "ai";
import { MockLanguageModelV4 } from "ai/test";

/** Runs a tool's execute as the AI SDK would (no model in between). */
export async function run<I, O>(t: Tool<I, O>, input: I): Promise<O> {
  if (!t.execute) throw new Error("tool has no execute");
  return (await t.execute(input, { toolCallId: "test-call", messages: [], context: undefined as never })) as O;
}

/** The AppError code (or "OK") of a promise. */
export async function codeOf(p: Promise<unknown>): Promise<string> {
  try {
    await p;
    return "OK";
  } catch (e) {
    if (isAppError(e)) return e.code;
    throw e;
  }
}

export const usage = {
  inputTokens: { total: 10, noCache: 10, cacheRead: undefined, cacheWrite: undefined },
  outputTokens: { total: 10, text: 10, reasoning: undefined },
};

/** A mock model that always answers `text`, and records the prompts it got. */
export function textModel(text: string) {
  return new MockLanguageModelV4({
    doGenerate: async () => ({ content: [{ type: "text", text }], finishReason: { unified: "stop", raw: undefined }, usage, warnings: [] }),
  });
}
