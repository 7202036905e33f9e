"use client";

import dynamic from "next/dynamic";
import { usePathname } from "next/navigation";
import { useEffect, useState } from "react";
import type { PanelDialogProps } from "./panel-dialog";

/** The header's "Ask Atelier" button opens the panel with this window event. */
const OPEN_EVENT = "atelier:open-assistant";

// The chat (AI SDK, markdown, tool parts) is ~70 KB gzipped: it is fetched when the panel first opens, never with the page.
const AssistantPanelDialog = dynamic<PanelDialogProps>(() => import("./panel-dialog"), {
  ssr: false,
  loading: () => (
    <div
      role="dialog"
      aria-label="Patron assistant"
      className="fixed right-4 bottom-4 z-40 flex w-[min(420px,calc(100vw-2rem))] rounded-2xl border border-line bg-paper p-4 text-sm text-ink-soft shadow-2xl"
    >
      Opening the assistant…
    </div>
  ),
});

const onAssistantPage = (pathname: string) => pathname.startsWith("/assistant") || pathname.startsWith("/studio/assistant");

export function AssistantLauncher() {
  const pathname = usePathname();
  if (onAssistantPage(pathname)) return null;
  return (
    <button
      type="button"
      onClick={() => window.dispatchEvent(new Event(OPEN_EVENT))}
      // warm the chunk as soon as someone shows intent, so the panel opens without a wait
      onPointerEnter={() => void import("./panel-dialog")}
      onFocus={() => void import("./panel-dialog")}
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
export function AssistantPanel({ signedIn, provider }: Omit<PanelDialogProps, "onClose">) {
  const pathname = usePathname();
  const [open, setOpen] = useState(false);
  useEffect(() => {
    const openPanel = () => setOpen(true);
    window.addEventListener(OPEN_EVENT, openPanel);
    return () => window.removeEventListener(OPEN_EVENT, openPanel);
  }, []);
  if (!open || onAssistantPage(pathname)) return null;
  return <AssistantPanelDialog signedIn={signedIn} provider={provider} onClose={() => setOpen(false)} />;
}
