import type { Metadata } from "next";
import { AssistantPage } from "~/components/assistant/assistant-page";
import { PATRON_SUGGESTIONS } from "~/components/assistant/panel";
import { api } from "~/server/api";
import { openConversation } from "~/server/conversation";
import { currentIdentity } from "~/server/session";

export const metadata: Metadata = { title: "Patron assistant" };

export default async function PatronAssistantPage({ searchParams }: { searchParams: Promise<{ c?: string }> }) {
  const { c } = await searchParams;
  const identity = await currentIdentity();
  const caller = await api();
  const status = await caller.assistant.status();
  const { conversation, missing } = identity ? await openConversation(c, "PATRON") : { conversation: null, missing: false };
  return (
    <div className="mx-auto max-w-6xl px-4 pt-10 pb-16 sm:px-6">
      <p className="text-xs font-semibold uppercase tracking-[0.2em] text-accent">Ask Atelier</p>
      <div className="mt-2 flex flex-wrap items-baseline gap-3">
        <h1 className="text-4xl">Patron assistant</h1>
        <span className={`rounded-full px-2.5 py-0.5 text-xs ${status.offline ? "bg-paper-deep text-ink-soft" : "bg-accent/10 text-accent-deep"}`} data-testid="assistant-provider">
          {status.provider}
        </span>
      </div>
      <p className="mt-2 max-w-2xl text-ink-soft">Describe what you're looking for — a colour, a mood, a size, a budget — and get real works from the catalogue, with links.</p>
      {missing ? <p className="mt-4 rounded-lg bg-red-50 px-3 py-2 text-sm text-red-800">We couldn't find that conversation. Start a new one below.</p> : null}
      <div className="mt-8">
        <AssistantPage
          assistant="patron"
          basePath="/assistant"
          conversationId={conversation?.id ?? null}
          initialMessages={conversation?.messages ?? []}
          signedIn={Boolean(identity)}
          provider={{ label: status.provider, offline: status.offline }}
          placeholder="e.g. small blue abstract paintings under 500"
          suggestions={PATRON_SUGGESTIONS}
        />
      </div>
    </div>
  );
}
