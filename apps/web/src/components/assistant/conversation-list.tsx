"use client";

import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import Link from "next/link";
import { useState } from "react";
import { useTRPC } from "~/trpc/react";

/** The signed-in user's conversations with one assistant: open, rename, delete. */
export function ConversationList({ assistant, activeId, basePath }: { assistant: "PATRON" | "ARTIST"; activeId: string | null; basePath: string }) {
  const trpc = useTRPC();
  const qc = useQueryClient();
  const list = useQuery(trpc.assistant.conversations.queryOptions({ assistant }));
  const invalidate = () => qc.invalidateQueries({ queryKey: trpc.assistant.conversations.queryKey({ assistant }) });
  const rename = useMutation(trpc.assistant.rename.mutationOptions({ onSuccess: invalidate }));
  const remove = useMutation(trpc.assistant.delete.mutationOptions({ onSuccess: invalidate }));
  const [editing, setEditing] = useState<string | null>(null);
  const [title, setTitle] = useState("");

  return (
    <nav aria-label="Conversations" className="space-y-1">
      <Link href={basePath} className="mb-3 block rounded-lg border border-ink/20 px-3 py-2 text-center text-sm font-medium hover:border-ink/50">
        New conversation
      </Link>
      {list.isLoading ? <p className="px-2 text-xs text-ink-soft">Loading…</p> : null}
      {list.data?.length === 0 ? <p className="px-2 text-xs text-ink-soft">No conversations yet.</p> : null}
      <ul className="space-y-1">
        {list.data?.map((c) => (
          <li key={c.id} className={`group rounded-lg px-2 py-1.5 text-sm ${c.id === activeId ? "bg-paper-deep" : "hover:bg-paper-deep/60"}`}>
            {editing === c.id ? (
              <form
                method="post"
                onSubmit={(e) => {
                  e.preventDefault();
                  rename.mutate({ id: c.id, title }, { onSuccess: () => setEditing(null) });
                }}
                className="flex gap-1"
              >
                <label className="sr-only" htmlFor={`rename-${c.id}`}>
                  Conversation name
                </label>
                <input
                  id={`rename-${c.id}`}
                  value={title}
                  onChange={(e) => setTitle(e.target.value)}
                  maxLength={80}
                  className="min-w-0 flex-1 rounded border border-line px-2 py-0.5 text-sm"
                  autoFocus
                />
                <button type="submit" className="text-xs font-medium underline">
                  Save
                </button>
              </form>
            ) : (
              <div className="flex items-center gap-1">
                <Link href={`${basePath}?c=${c.id}`} className="min-w-0 flex-1 truncate" aria-current={c.id === activeId ? "page" : undefined}>
                  {c.title}
                </Link>
                <button
                  type="button"
                  className="text-xs text-ink-soft opacity-60 hover:opacity-100"
                  aria-label={`Rename ${c.title}`}
                  onClick={() => {
                    setEditing(c.id);
                    setTitle(c.title);
                  }}
                >
                  Rename
                </button>
                <button
                  type="button"
                  className="text-xs text-red-700 opacity-60 hover:opacity-100"
                  aria-label={`Delete ${c.title}`}
                  onClick={() => {
                    if (window.confirm(`Delete “${c.title}”? This can't be undone.`)) {
                      remove.mutate(
                        { id: c.id },
                        {
                          onSuccess: () => {
                            if (c.id === activeId) window.location.assign(basePath);
                          },
                        },
                      );
                    }
                  }}
                >
                  Delete
                </button>
              </div>
            )}
          </li>
        ))}
      </ul>
      {rename.error ? <p className="px-2 text-xs text-red-700">{rename.error.message}</p> : null}
    </nav>
  );
}
