import { containerClass } from "@atelier/ui";
import type { Metadata } from "next";
import { AssistantPage } from "~/components/assistant/assistant-page";
import { AssistantHeading, MissingConversation } from "~/components/assistant/heading";
import { api } from "~/server/api";
import { openConversation } from "~/server/conversation";

export const metadata: Metadata = { title: "Artist assistant · Studio" };

const SUGGESTIONS = [
  "write my bio",
  "write a press release for my latest artwork",
  "describe my latest artwork",
  "draft a listing: Harbour Light, oil on canvas, 60 x 80 cm, €900",
];

export default async function ArtistAssistantPage({ searchParams }: { searchParams: Promise<{ c?: string }> }) {
  const { c } = await searchParams;
  const caller = await api();
  const status = await caller.assistant.status();
  const { conversation, missing } = await openConversation(c, "ARTIST");
  return (
    <div className={containerClass("pt-10 pb-16")}>
      <AssistantHeading title="Artist assistant" provider={status.provider} offline={status.offline} />
      <p className="mt-2 max-w-2xl text-ink-soft">
        Drafts of your bio, statement, press and sales texts, descriptions from your artworks' own images, and new listings saved as drafts. Nothing is
        published or saved to your profile without you.
      </p>
      {missing ? <MissingConversation /> : null}
      <div className="mt-8">
        <AssistantPage
          assistant="artist"
          basePath="/studio/assistant"
          conversationId={conversation?.id ?? null}
          initialMessages={conversation?.messages ?? []}
          signedIn
          provider={{ label: status.provider, offline: status.offline }}
          placeholder="e.g. write a statement about my blue studies"
          suggestions={SUGGESTIONS}
        />
      </div>
    </div>
  );
}
