"use client";

import { useQuery } from "@tanstack/react-query";
import Link from "next/link";
import { useEffect, useState } from "react";
import { TRPCReactProvider, useTRPC } from "~/trpc/react";
import { AssistantChat } from "./chat";
import { PATRON_SUGGESTIONS } from "./suggestions";

const STORE_KEY = "atelier.patron.conversation";

export interface PanelDialogProps {
  signedIn: boolean;
  provider: { label: string; offline: boolean };
  onClose: () => void;
}

/**
 * The open patron assistant: the chat (the AI SDK and its UI), loaded only when a visitor first opens the
 * panel (panel.tsx imports this file dynamically); the same conversation follows them between pages.
 */
export default function AssistantPanelDialog(props: PanelDialogProps) {
  // its own provider: most pages ship without React Query (see trpc/lazy-client.ts); the query client is one per tab either way
  return (
    <TRPCReactProvider>
      <PanelDialog {...props} />
    </TRPCReactProvider>
  );
}

function PanelDialog({ signedIn, provider, onClose }: PanelDialogProps) {
  const trpc = useTRPC();
  const [conversationId, setConversationId] = useState<string | null>(null);
  useEffect(() => {
    if (signedIn) setConversationId(window.sessionStorage.getItem(STORE_KEY));
  }, [signedIn]);
  const stored = useQuery({
    ...trpc.assistant.conversation.queryOptions({ id: conversationId ?? "" }),
    enabled: signedIn && Boolean(conversationId),
    retry: false,
    staleTime: Infinity,
  });
  const loading = Boolean(conversationId) && signedIn && stored.isLoading;

  return (
    <div
      role="dialog"
      aria-label="Patron assistant"
      className="fixed right-4 bottom-4 z-40 flex h-[min(640px,calc(100vh-6rem))] w-[min(420px,calc(100vw-2rem))] flex-col overflow-hidden rounded-2xl border border-line bg-paper shadow-2xl"
    >
      <header className="flex items-center gap-2 border-b border-line px-4 py-3">
        <div className="min-w-0 flex-1">
          <p className="font-display text-lg leading-tight">Patron assistant</p>
          <p className="truncate text-xs text-ink-soft">{provider.label}</p>
        </div>
        {conversationId ? (
          <button
            type="button"
            className="rounded-full px-2 py-1 text-xs text-ink-soft hover:bg-paper-deep"
            onClick={() => {
              window.sessionStorage.removeItem(STORE_KEY);
              setConversationId(null);
            }}
          >
            New chat
          </button>
        ) : null}
        <Link
          href={conversationId ? `/assistant?c=${conversationId}` : "/assistant"}
          className="rounded-full px-2 py-1 text-xs text-ink-soft hover:bg-paper-deep"
        >
          Full page
        </Link>
        <button
          type="button"
          aria-label="Close the assistant"
          onClick={onClose}
          className="rounded-full px-2 py-1 text-lg leading-none text-ink-soft hover:bg-paper-deep"
        >
          ×
        </button>
      </header>
      {loading ? (
        <p className="p-4 text-sm text-ink-soft">Loading your conversation…</p>
      ) : (
        <AssistantChat
          key={conversationId && stored.data ? conversationId : "new"}
          compact
          assistant="patron"
          conversationId={stored.data ? conversationId : null}
          initialMessages={stored.data?.messages ?? []}
          signedIn={signedIn}
          provider={provider}
          placeholder="Ask about art on Atelier…"
          suggestions={PATRON_SUGGESTIONS.slice(0, 3)}
          onConversation={(id) => {
            window.sessionStorage.setItem(STORE_KEY, id);
          }}
        />
      )}
    </div>
  );
}
