import { containerClass } from "@atelier/ui";
import type { Metadata } from "next";
import { AssistantPage } from "~/components/assistant/assistant-page";
import { AssistantHeading, MissingConversation } from "~/components/assistant/heading";
import { PATRON_SUGGESTIONS } from "~/components/assistant/suggestions";
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
    <div className={containerClass("pt-10 pb-16")}>
      <p className="text-xs font-semibold uppercase tracking-[0.2em] text-accent">Ask Atelier</p>
      <AssistantHeading title="Patron assistant" provider={status.provider} offline={status.offline} />
      <p className="mt-2 max-w-2xl text-ink-soft">
        Describe what you're looking for — a colour, a mood, a size, a budget — and get real works from the catalogue, with links.
      </p>
      {missing ? <MissingConversation /> : null}
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
