"use client";

import { useQuery } from "@tanstack/react-query";
import Link from "next/link";
import { usePathname } from "next/navigation";
import { useEffect, useState } from "react";
import { useTRPC } from "~/trpc/react";
import { AssistantChat } from "./chat";

export const PATRON_SUGGESTIONS = ["small blue abstract paintings under 500", "woodcut prints of waves", "recommend something for me", "who is Mira Okafor"];

const STORE_KEY = "atelier.patron.conversation";
/** The header's "Ask Atelier" button opens the panel with this window event. */
const OPEN_EVENT = "atelier:open-assistant";

export function AssistantLauncher() {
  const pathname = usePathname();
  if (pathname.startsWith("/assistant") || pathname.startsWith("/studio/assistant")) return null;
  return (
    <button
      type="button"
      onClick={() => window.dispatchEvent(new Event(OPEN_EVENT))}
      className="flex items-center gap-1.5 rounded-full border border-line px-3 py-2 text-sm text-ink-soft hover:border-ink/40 hover:text-ink"
    >
      <svg aria-hidden viewBox="0 0 24 24" className="h-4 w-4" fill="none" stroke="currentColor" strokeWidth="1.8">
        <path d="M4 5h16v11H9l-5 4V5Z" />
      </svg>
      Ask Atelier
    </button>
  );
}

/** The patron assistant on every page: a button that opens a chat panel; the same conversation follows you between pages. */
export function AssistantPanel({ signedIn, provider }: { signedIn: boolean; provider: { label: string; offline: boolean } }) {
  const pathname = usePathname();
  const trpc = useTRPC();
  const [open, setOpen] = useState(false);
  const [conversationId, setConversationId] = useState<string | null>(null);
  useEffect(() => {
    if (signedIn) setConversationId(window.sessionStorage.getItem(STORE_KEY));
  }, [signedIn]);
  useEffect(() => {
    const openPanel = () => setOpen(true);
    window.addEventListener(OPEN_EVENT, openPanel);
    return () => window.removeEventListener(OPEN_EVENT, openPanel);
  }, []);
  const stored = useQuery({
    ...trpc.assistant.conversation.queryOptions({ id: conversationId ?? "" }),
    enabled: open && signedIn && Boolean(conversationId),
    retry: false,
    staleTime: Infinity,
  });

  if (pathname.startsWith("/assistant") || pathname.startsWith("/studio/assistant")) return null;
  const loading = Boolean(conversationId) && signedIn && stored.isLoading;

  return (
    <>
      {!open ? null : (
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
              onClick={() => setOpen(false)}
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
      )}
    </>
  );
}
