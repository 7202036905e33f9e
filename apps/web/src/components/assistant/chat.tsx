"use client";

import { useChat } from "@ai-sdk/react";
import { trimVisitorHistory } from "@atelier/core/assistant/request";
import { DefaultChatTransport, isToolUIPart, lastAssistantMessageIsCompleteWithApprovalResponses, type UIMessage } from "ai";
import { useEffect, useRef, useState } from "react";
import { Markdown } from "./markdown";
import { ToolPart } from "./tool-part";

export type AssistantName = "patron" | "artist";

interface ChatProps {
  assistant: AssistantName;
  conversationId?: string | null;
  initialMessages?: UIMessage[];
  signedIn: boolean;
  provider: { label: string; offline: boolean };
  placeholder: string;
  suggestions?: string[];
  /** called once the server has stored a new conversation */
  onConversation?: (id: string) => void;
  compact?: boolean;
}

/** The server answers refusals as JSON { error }; the transport hands us that body as the message. */
function errorText(error: Error): string {
  try {
    const parsed = JSON.parse(error.message) as { error?: unknown };
    if (typeof parsed.error === "string") return parsed.error;
  } catch {
    /* not JSON: a stream error, already worded for people */
  }
  return error.message || "Something went wrong. Try again.";
}

export function AssistantChat(props: ChatProps) {
  const conversationRef = useRef<string | null>(props.conversationId ?? null);
  const [input, setInput] = useState("");
  const bottomRef = useRef<HTMLDivElement>(null);
  const { messages, sendMessage, status, error, regenerate, stop, addToolApprovalResponse, clearError } = useChat({
    id: props.conversationId ?? undefined,
    messages: props.initialMessages,
    sendAutomaticallyWhen: lastAssistantMessageIsCompleteWithApprovalResponses,
    transport: new DefaultChatTransport({
      api: "/api/chat",
      prepareSendMessagesRequest: ({ messages: all }) => ({
        body: {
          assistant: props.assistant,
          conversationId: conversationRef.current,
          message: all.at(-1),
          // visitors' chats are not stored, so they carry their own history (the latest that fits the server's limits)
          ...(props.signedIn ? {} : { history: trimVisitorHistory(all.slice(0, -1)) }),
        },
      }),
    }),
    onFinish: ({ message }) => {
      const id = (message.metadata as { conversationId?: string | null } | undefined)?.conversationId;
      if (id && id !== conversationRef.current) {
        conversationRef.current = id;
        props.onConversation?.(id);
      }
    },
  });

  useEffect(() => {
    bottomRef.current?.scrollIntoView({ block: "end" });
  }, [messages, status]);

  const busy = status === "submitted" || status === "streaming";
  const send = (text: string) => {
    const t = text.trim();
    if (!t || busy) return;
    clearError();
    void sendMessage({ text: t });
    setInput("");
  };

  return (
    <div className={`flex min-h-0 flex-1 flex-col ${props.compact ? "text-sm" : ""}`}>
      <div className="@container min-h-0 flex-1 space-y-4 overflow-y-auto px-4 py-4" aria-live="polite" data-testid="assistant-messages">
        {messages.length === 0 ? (
          <div className="space-y-3 text-sm text-ink-soft">
            <p>
              {props.provider.offline
                ? "I'm the offline assistant: I answer straight from Atelier's catalogue."
                : `Answers come from ${props.provider.label}, using Atelier's live catalogue.`}
            </p>
            {props.suggestions?.length ? (
              <div className="flex flex-wrap gap-2">
                {props.suggestions.map((s) => (
                  <button
                    key={s}
                    type="button"
                    onClick={() => send(s)}
                    className="rounded-full border border-line bg-white/70 px-3 py-1 text-xs text-ink hover:border-ink/40"
                  >
                    {s}
                  </button>
                ))}
              </div>
            ) : null}
          </div>
        ) : null}
        {messages.map((m) => (
          <div key={m.id} className={m.role === "user" ? "flex justify-end" : ""} data-role={m.role}>
            <div
              className={
                m.role === "user"
                  ? "max-w-[85%] break-words rounded-2xl rounded-br-sm bg-ink px-3 py-2 text-paper"
                  : "min-w-0 max-w-full space-y-2 break-words text-ink"
              }
            >
              {m.parts.map((p, i) => {
                if (p.type === "text")
                  return m.role === "user" ? (
                    <p key={i} className="whitespace-pre-wrap">
                      {p.text}
                    </p>
                  ) : (
                    <Markdown key={i} text={p.text} />
                  );
                if (isToolUIPart(p)) {
                  return <ToolPart key={i} part={p} onApprove={(id, approved) => void addToolApprovalResponse({ id, approved })} />;
                }
                return null;
              })}
            </div>
          </div>
        ))}
        {status === "submitted" ? (
          <p className="text-xs text-ink-soft" role="status">
            Thinking…
          </p>
        ) : null}
        {error ? (
          <div className="rounded-lg border border-red-200 bg-red-50 px-3 py-2 text-sm text-red-800" role="alert">
            <p>{errorText(error)}</p>
            <button
              type="button"
              className="mt-1 text-xs font-medium underline"
              onClick={() => {
                clearError();
                void regenerate();
              }}
            >
              Try again
            </button>
          </div>
        ) : null}
        <div ref={bottomRef} />
      </div>
      <form
        method="post"
        className="flex items-end gap-2 border-t border-line bg-paper/80 p-3"
        onSubmit={(e) => {
          e.preventDefault();
          send(input);
        }}
      >
        <label className="sr-only" htmlFor={`assistant-input-${props.assistant}`}>
          Message
        </label>
        <textarea
          id={`assistant-input-${props.assistant}`}
          value={input}
          onChange={(e) => setInput(e.target.value)}
          onKeyDown={(e) => {
            if (e.key === "Enter" && !e.shiftKey) {
              e.preventDefault();
              send(input);
            }
          }}
          rows={props.compact ? 1 : 2}
          maxLength={4000}
          placeholder={props.placeholder}
          className="min-h-[2.5rem] flex-1 resize-none rounded-xl border border-line bg-white px-3 py-2 text-sm outline-none focus:border-ink/50"
        />
        {busy ? (
          <button type="button" onClick={() => void stop()} className="rounded-full border border-ink/30 px-4 py-2 text-sm hover:border-ink">
            Stop
          </button>
        ) : (
          <button
            type="submit"
            disabled={!input.trim()}
            className="rounded-full bg-ink px-4 py-2 text-sm font-medium text-paper hover:bg-ink-soft disabled:opacity-40"
          >
            Send
          </button>
        )}
      </form>
    </div>
  );
}
