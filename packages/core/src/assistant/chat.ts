import type { Identity } from "../accounts/identity.ts";
import {
  convertToModelMessages,
  createUIMessageStreamResponse,
  generateId,
  stepCountIs,
  streamText,
  toUIMessageStream,
  safeValidateUIMessages,
  type UIMessage,
} from "ai";
import type { LanguageModelV4 } from "@ai-sdk/provider";
import { recordUsage, takeAllowance, type AssistantLimits } from "./allowance.ts";
import { applyApprovalDecisions } from "./approvals.ts";
import { createConversation, findOwnConversation, loadMessages, saveMessages } from "./conversations.ts";
import type { AssistantDefinition, AssistantToolContext } from "./definition.ts";
import { logger } from "../observability/logger.ts";
import { friendlyChatError, reportChatFailure } from "./errors.ts";
import { chatRequestSchema, clientMessageProblem, hasUnknownToolPart, MAX_USER_TEXT, userText, visitorRequestCost, type ChatRequest } from "./request.ts";
import { approvalPolicy } from "./safety.ts";
import { meteredModel, type UsageMeter } from "./usage-meter.ts";

export interface ChatDeps extends Omit<AssistantToolContext, "model"> {
  clientIp: string;
  limits: AssistantLimits;
  /** the chat model for an assistant (a hosted model, or the offline model playing this assistant's policy) */
  modelFor: (definition: AssistantDefinition) => LanguageModelV4;
  /** who answers, shown in the chat ("Offline assistant", "Gemini (gemini-2.5-flash)") */
  providerLabel: string;
  assistants: Partial<Record<ChatRequest["assistant"], AssistantDefinition>>;
}

/** What the client gets on each assistant message (message.metadata). */
export interface ChatMessageMetadata {
  conversationId?: string | null;
  provider?: string;
  finishReason?: string;
}

const MAX_STEPS = 5;
const INVALID_PARTS = "Invalid chat request: a message holds a part this assistant cannot accept.";

const json = (status: number, error: string, headers: Record<string, string> = {}) => Response.json({ error }, { status, headers });

async function readBody(req: Request): Promise<{ ok: true; body: ChatRequest } | { ok: false; response: Response }> {
  let raw: unknown;
  try {
    raw = await req.json();
  } catch {
    return { ok: false, response: json(400, "The request body must be JSON.") };
  }
  const parsed = chatRequestSchema.safeParse(raw);
  if (!parsed.success)
    return { ok: false, response: json(400, `Invalid chat request: ${parsed.error.issues[0]?.path.join(".")} ${parsed.error.issues[0]?.message}`) };
  const text = userText(parsed.data.message);
  if (parsed.data.message.role === "user" && !text.trim()) return { ok: false, response: json(400, "Type a message first.") };
  if (text.length > MAX_USER_TEXT) return { ok: false, response: json(400, `Messages are at most ${MAX_USER_TEXT} characters.`) };
  const problem = clientMessageProblem(parsed.data);
  if (problem) return { ok: false, response: json(400, problem) };
  return { ok: true, body: parsed.data };
}

/** Where the conversation so far comes from: the database for a signed-in user, the client for a visitor. */
async function conversationSoFar(deps: ChatDeps, identity: Identity | null, definition: AssistantDefinition, body: ChatRequest) {
  // the request schema only bounds the shape; safeValidateUIMessages (with the tools) checks every part before the model sees it
  const incoming = body.message as unknown as UIMessage;
  if (!identity) {
    if (incoming.role !== "user") return { error: json(400, "Only signed-in users can confirm actions.") };
    const history = (body.history ?? []) as unknown as UIMessage[];
    return { conversationId: null, messages: [...history, { ...incoming, id: generateId() }] };
  }
  const conversation = body.conversationId
    ? await findOwnConversation(deps.db, identity.id, body.conversationId).catch(() => null)
    : await createConversation(deps.db, identity.id, definition.kind);
  if (!conversation || conversation.assistant !== definition.kind) return { error: json(404, "We couldn't find that conversation.") };
  const stored = await loadMessages(deps.db, conversation.id);
  if (incoming.role === "user") return { conversationId: conversation.id, messages: [...stored, { ...incoming, id: generateId() }] };
  // an approval decision: it answers the last stored assistant message, and only its decisions count
  const last = stored.at(-1);
  if (!last || last.role !== "assistant" || last.id !== incoming.id) return { error: json(409, "That confirmation is out of date. Ask again.") };
  const { message, decided } = applyApprovalDecisions(last, incoming);
  if (decided === 0) return { error: json(400, "Nothing to confirm.") };
  return { conversationId: conversation.id, messages: [...stored.slice(0, -1), message] };
}

/**
 * POST /api/chat: one turn with an assistant, streamed as AI SDK UI message chunks. The same code
 * runs whichever model answers (Gemini, an OpenAI-compatible endpoint, or the offline assistant).
 */
export async function handleChat(req: Request, deps: ChatDeps): Promise<Response> {
  const read = await readBody(req);
  if (!read.ok) return read.response;
  const body = read.body;
  const definition = deps.assistants[body.assistant];
  if (!definition) return json(404, "That assistant isn't available on this server.");
  const identity = deps.identity;
  if (!definition.canUse(identity)) return json(identity ? 403 : 401, definition.deniedMessage);

  const model = deps.modelFor(definition);
  // tools that call the model themselves (copy, image descriptions) are metered into the same budget
  const nested: UsageMeter = { inputTokens: 0, outputTokens: 0 };
  const ctx: AssistantToolContext = { ...deps, identity, model: meteredModel(model, nested) };
  const tools = definition.tools(ctx);
  // what the client sent is checked against this assistant's tools before anything is counted or stored:
  // a part it made up (a tool that does not exist, an input its schema refuses) is bad input, not a crash
  const sentMessages = [...(body.history ?? []), body.message];
  if (hasUnknownToolPart(sentMessages, new Set(Object.keys(tools)))) return json(400, INVALID_PARTS);
  const sent = await safeValidateUIMessages({ messages: sentMessages, tools });
  if (!sent.success) return json(400, INVALID_PARTS);

  const now = deps.now();
  const caller = identity ? { userId: identity.id } : { ip: deps.clientIp, cost: visitorRequestCost(body) };
  const allowance = await takeAllowance(deps.db, caller, deps.limits, now);
  if (!allowance.ok) return json(429, allowance.message, { "retry-after": String(allowance.retryAfterSeconds) });

  const so = await conversationSoFar(deps, identity, definition, body);
  if ("error" in so) return so.error as Response;
  const { conversationId } = so;
  const validated = await safeValidateUIMessages({ messages: so.messages, tools });
  if (!validated.success) return json(400, INVALID_PARTS);
  const messages = validated.data;

  const result = streamText({
    model,
    instructions: await definition.instructions(ctx),
    messages: await convertToModelMessages(messages, { tools }),
    tools,
    toolApproval: approvalPolicy(definition),
    stopWhen: stepCountIs(MAX_STEPS),
    maxRetries: 1,
    // logged and recorded for the admin health page; the user sees friendlyChatError's words
    onError: ({ error }) => reportChatFailure(deps.db, definition.kind, error),
  });
  // keep going (and saving) even if the browser goes away mid-answer
  void result.consumeStream();

  const stream = toUIMessageStream({
    stream: result.stream,
    tools,
    originalMessages: messages,
    generateMessageId: () => generateId(),
    messageMetadata: ({ part }): ChatMessageMetadata | undefined => {
      if (part.type === "start") return { conversationId, provider: deps.providerLabel };
      if (part.type === "finish") return { conversationId, provider: deps.providerLabel, finishReason: part.finishReason };
      return undefined;
    },
    onError: friendlyChatError,
    // a tool's error text reaches the browser only through friendlyChatError, never as thrown
    redactToolErrors: true,
    onEnd: async ({ messages: finalMessages }) => {
      try {
        if (conversationId) await saveMessages(deps.db, conversationId, finalMessages);
        if (identity) {
          // a failed call has no usage to report: it still counts as a request
          const usage = await Promise.resolve(result.totalUsage).catch(() => ({ inputTokens: 0, outputTokens: 0 }));
          await recordUsage(deps.db, identity.id, now, {
            inputTokens: (usage.inputTokens ?? 0) + nested.inputTokens,
            outputTokens: (usage.outputTokens ?? 0) + nested.outputTokens,
          });
        }
      } catch (e) {
        logger().error("assistant: could not save the conversation", { conversationId, err: e });
      }
    },
  });
  return createUIMessageStreamResponse({ stream, headers: conversationId ? { "x-conversation-id": conversationId } : {} });
}
