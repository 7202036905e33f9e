import type { LanguageModelV4StreamPart } from "@ai-sdk/provider";
import { isAppError } from "@atelier/core/errors";
import { simulateReadableStream, type Tool } from "ai";
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

export type StreamPart = LanguageModelV4StreamPart;
export const finish = (reason: "stop" | "tool-calls") => ({ type: "finish", finishReason: { unified: reason, raw: reason }, usage }) as StreamPart;
export const toolCall = (id: string, toolName: string, input: unknown) =>
  ({ type: "tool-call", toolCallId: id, toolName, input: JSON.stringify(input) }) as StreamPart;
export const text = (t: string): StreamPart[] =>
  [
    { type: "text-start", id: "t" },
    { type: "text-delta", id: "t", delta: t },
    { type: "text-end", id: "t" },
  ] as StreamPart[];

/** A mock model that plays the given steps in order (one doStream call per step), recording the tools it was offered. */
export function scripted(steps: StreamPart[][]) {
  let i = 0;
  const calls: { tools: { name: string; inputSchema?: unknown }[] }[] = [];
  const model = new MockLanguageModelV4({
    doStream: async (options) => {
      calls.push({ tools: (options.tools ?? []).map((t) => ({ name: t.name, inputSchema: "inputSchema" in t ? t.inputSchema : undefined })) });
      const chunks = steps[Math.min(i++, steps.length - 1)]!;
      return { stream: simulateReadableStream<StreamPart>({ chunks }) };
    },
  });
  return { model, calls };
}
