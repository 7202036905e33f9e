import type {
  LanguageModelV4,
  LanguageModelV4CallOptions,
  LanguageModelV4Content,
  LanguageModelV4GenerateResult,
  LanguageModelV4StreamPart,
  LanguageModelV4StreamResult,
  LanguageModelV4Usage,
} from "@ai-sdk/provider";
import { readConversation, type OfflineConversation } from "./conversation.ts";

/** What the offline assistant does next: call tools, or answer in text (optionally after a short preface). */
export type OfflineTurn = { kind: "tool-calls"; calls: { toolName: string; input: Record<string, unknown> }[] } | { kind: "text"; text: string };

/** Decides a turn from the conversation: the whole "intelligence" of the offline assistant, and it is plain code. */
export type OfflinePolicy = (conversation: OfflineConversation) => OfflineTurn | Promise<OfflineTurn>;

export interface OfflineModelOptions {
  modelId?: string;
  /** pause between streamed words, so the UI streams like a hosted model does (0 in tests) */
  chunkDelayMs?: number;
}

/** Rough token count (≈ 4 characters a token), so the daily budget also counts offline use. */
export function estimateTokens(text: string): number {
  return Math.max(1, Math.ceil(text.length / 4));
}

function usageOf(options: LanguageModelV4CallOptions, output: string): LanguageModelV4Usage {
  const input = estimateTokens(JSON.stringify(options.prompt));
  const out = estimateTokens(output);
  return {
    inputTokens: { total: input, noCache: input, cacheRead: undefined, cacheWrite: undefined },
    outputTokens: { total: out, text: out, reasoning: undefined },
  };
}

let callCounter = 0;
const nextCallId = () => `offline_call_${Date.now().toString(36)}_${(callCounter++).toString(36)}`;

/** Words with their trailing whitespace, so joining the chunks gives back the text exactly. */
export function wordChunks(text: string): string[] {
  return text.match(/\S+\s*|\s+/g) ?? [];
}

/**
 * A real AI SDK language model (specification v4) that needs no network: it reads the prompt and
 * the tools it is offered, and a policy written in code picks tool calls (the same search tools a
 * hosted model gets) and then composes an answer from their results. It never invents facts: what
 * it says comes from the tool results, and its answers say that it is the offline assistant.
 */
export class OfflineLanguageModel implements LanguageModelV4 {
  readonly specificationVersion = "v4" as const;
  readonly provider = "atelier-offline";
  readonly modelId: string;
  readonly supportedUrls: Record<string, RegExp[]> = {};
  private readonly chunkDelayMs: number;

  constructor(
    private readonly policy: OfflinePolicy,
    options: OfflineModelOptions = {},
  ) {
    this.modelId = options.modelId ?? "offline-assistant";
    this.chunkDelayMs = options.chunkDelayMs ?? 0;
  }

  private async turn(options: LanguageModelV4CallOptions): Promise<OfflineTurn> {
    return this.policy(readConversation(options.prompt, options.tools ?? []));
  }

  async doGenerate(options: LanguageModelV4CallOptions): Promise<LanguageModelV4GenerateResult> {
    const turn = await this.turn(options);
    if (turn.kind === "text") {
      return {
        content: [{ type: "text", text: turn.text }],
        finishReason: { unified: "stop", raw: "stop" },
        usage: usageOf(options, turn.text),
        warnings: [],
      };
    }
    const content: LanguageModelV4Content[] = turn.calls.map((c) => ({
      type: "tool-call",
      toolCallId: nextCallId(),
      toolName: c.toolName,
      input: JSON.stringify(c.input),
    }));
    return { content, finishReason: { unified: "tool-calls", raw: "tool-calls" }, usage: usageOf(options, JSON.stringify(turn.calls)), warnings: [] };
  }

  async doStream(options: LanguageModelV4CallOptions): Promise<LanguageModelV4StreamResult> {
    const turn = await this.turn(options);
    const delay = this.chunkDelayMs;
    const modelId = this.modelId;
    const stream = new ReadableStream<LanguageModelV4StreamPart>({
      async start(controller) {
        controller.enqueue({ type: "stream-start", warnings: [] });
        controller.enqueue({ type: "response-metadata", id: nextCallId(), modelId, timestamp: new Date() });
        if (turn.kind === "text") {
          const id = "text-0";
          controller.enqueue({ type: "text-start", id });
          for (const delta of wordChunks(turn.text)) {
            if (delay > 0) await new Promise((r) => setTimeout(r, delay));
            controller.enqueue({ type: "text-delta", id, delta });
          }
          controller.enqueue({ type: "text-end", id });
          controller.enqueue({ type: "finish", finishReason: { unified: "stop", raw: "stop" }, usage: usageOf(options, turn.text) });
        } else {
          for (const c of turn.calls) {
            controller.enqueue({ type: "tool-call", toolCallId: nextCallId(), toolName: c.toolName, input: JSON.stringify(c.input) });
          }
          controller.enqueue({
            type: "finish",
            finishReason: { unified: "tool-calls", raw: "tool-calls" },
            usage: usageOf(options, JSON.stringify(turn.calls)),
          });
        }
        controller.close();
      },
    });
    return { stream };
  }
}
