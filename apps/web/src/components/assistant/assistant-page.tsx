"use client";

import { useQueryClient } from "@tanstack/react-query";
import type { UIMessage } from "ai";
import { useTRPC } from "~/trpc/react";
import { AssistantChat, type AssistantName } from "./chat";
import { ConversationList } from "./conversation-list";

/** A full-page assistant: conversations on the left (signed in), the chat on the right. */
export function AssistantPage(props: {
  assistant: AssistantName;
  basePath: string;
  conversationId: string | null;
  initialMessages: UIMessage[];
  signedIn: boolean;
  provider: { label: string; offline: boolean };
  placeholder: string;
  suggestions: string[];
}) {
  const trpc = useTRPC();
  const qc = useQueryClient();
  const kind = props.assistant === "patron" ? "PATRON" : "ARTIST";
  return (
    <div className="grid grid-cols-1 gap-6 md:grid-cols-[16rem_minmax(0,1fr)]">
      <aside className="min-w-0 md:border-r md:border-line md:pr-4">
        {props.signedIn ? (
          <ConversationList assistant={kind} activeId={props.conversationId} basePath={props.basePath} />
        ) : (
          <p className="text-sm text-ink-soft">
            <a href={`/sign-in?callbackUrl=${encodeURIComponent(props.basePath)}`} className="underline">
              Sign in
            </a>{" "}
            to keep your conversations and let the assistant use your favourites.
          </p>
        )}
      </aside>
      <section className="flex h-[70vh] min-w-0 min-h-[28rem] flex-col overflow-hidden rounded-2xl border border-line bg-white/50">
        <AssistantChat
          key={props.conversationId ?? "new"}
          assistant={props.assistant}
          conversationId={props.conversationId}
          initialMessages={props.initialMessages}
          signedIn={props.signedIn}
          provider={props.provider}
          placeholder={props.placeholder}
          suggestions={props.suggestions}
          onConversation={(id) => {
            window.history.replaceState(null, "", `${props.basePath}?c=${id}`);
            void qc.invalidateQueries({ queryKey: trpc.assistant.conversations.queryKey({ assistant: kind }) });
          }}
        />
      </section>
    </div>
  );
}
