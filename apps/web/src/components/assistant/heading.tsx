/** An assistant page's title with who answers ("Offline assistant", "Gemini (…)") next to it. */
export function AssistantHeading({ title, provider, offline, className = "mt-2" }: { title: string; provider: string; offline: boolean; className?: string }) {
  return (
    <div className={`${className} flex flex-wrap items-baseline gap-3`}>
      <h1 className="text-4xl">{title}</h1>
      <span
        className={`rounded-full px-2.5 py-0.5 text-xs ${offline ? "bg-paper-deep text-ink-soft" : "bg-accent/10 text-accent-deep"}`}
        data-testid="assistant-provider"
      >
        {provider}
      </span>
    </div>
  );
}

/** Shown when `?c=` named a conversation that isn't the caller's (or no longer exists). */
export function MissingConversation() {
  return <p className="mt-4 rounded-lg bg-red-50 px-3 py-2 text-sm text-red-800">We couldn't find that conversation. Start a new one below.</p>;
}
