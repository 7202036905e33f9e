"use client";

import type { AlertFrequency } from "@atelier/core/schemas/saved-searches";
import { Alert, Button, cn, TextField } from "@atelier/ui";
import { useMutation } from "@tanstack/react-query";
import Link from "next/link";
import { useRouter } from "next/navigation";
import { useState, type FormEvent } from "react";
import { serverFieldErrors } from "~/lib/field-errors";
import { useTRPC } from "~/trpc/react";

export interface SavedSearchCardData {
  id: string;
  name: string;
  description: string;
  galleryPath: string;
  alerts: AlertFrequency;
  savedOn: string;
  matchCount: number;
}

/** Compact actions of a card (buttonClass's padding is for full-size buttons). */
const small = "inline-flex items-center rounded-full px-3 py-1.5 text-sm font-medium transition-colors disabled:opacity-50";
const smallGhost = cn(small, "text-ink-soft hover:bg-paper-deep hover:text-ink");

const ALERT_CHOICES: { value: AlertFrequency; label: string }[] = [
  { value: "DAILY", label: "Daily" },
  { value: "OFF", label: "Off" },
];

/** One saved search on the account page: open it in the gallery, rename it, switch its alerts, delete it. */
export function SavedSearchCard({ search }: { search: SavedSearchCardData }) {
  const trpc = useTRPC();
  const router = useRouter();
  const [mode, setMode] = useState<"view" | "rename" | "delete">("view");
  const [name, setName] = useState(search.name);
  const [error, setError] = useState<string | null>(null);
  const [nameError, setNameError] = useState<string | undefined>();
  const refresh = () => router.refresh();
  const rename = useMutation(trpc.savedSearch.rename.mutationOptions());
  const alerts = useMutation(trpc.savedSearch.setAlerts.mutationOptions({ onSuccess: refresh }));
  const remove = useMutation(trpc.savedSearch.delete.mutationOptions({ onSuccess: refresh }));
  const onError = (e: unknown) => setError(e instanceof Error ? e.message : "That didn't work. Please try again.");

  async function submitRename(e: FormEvent) {
    e.preventDefault();
    setError(null);
    setNameError(undefined);
    try {
      await rename.mutateAsync({ id: search.id, name });
      setMode("view");
      refresh();
    } catch (err) {
      const fields = serverFieldErrors(err);
      if (fields.name) setNameError(fields.name);
      else onError(err);
    }
  }

  const headingId = `saved-search-${search.id}`;
  return (
    <article aria-labelledby={headingId} className="rounded-2xl border border-line bg-white/70 p-5 shadow-sm" data-testid="saved-search">
      {mode === "rename" ? (
        <form onSubmit={submitRename} className="space-y-3" aria-label={`Rename ${search.name}`}>
          <TextField label="Name" value={name} onChange={(e) => setName(e.target.value)} error={nameError} maxLength={120} autoFocus />
          <div className="flex flex-wrap gap-2">
            <Button type="submit" disabled={rename.isPending}>
              {rename.isPending ? "Saving…" : "Save name"}
            </Button>
            <Button type="button" variant="ghost" onClick={() => (setMode("view"), setName(search.name), setNameError(undefined))}>
              Cancel
            </Button>
          </div>
        </form>
      ) : (
        <>
          <h2 id={headingId} className="text-2xl break-words text-ink">
            {search.name}
          </h2>
          {search.description !== search.name ? <p className="mt-1 text-sm break-words text-ink-soft">Looks for: {search.description}</p> : null}
          <p className="mt-1 text-xs text-muted">
            Saved {search.savedOn}
            {search.matchCount ? ` · ${search.matchCount} new ${search.matchCount === 1 ? "work has" : "works have"} matched since` : ""}
          </p>
        </>
      )}

      <div className="mt-4 flex flex-wrap items-center justify-between gap-3 border-t border-line pt-4">
        <fieldset className="flex items-center gap-2">
          <legend className="sr-only">Email alerts for {search.name}</legend>
          <span className="text-sm text-ink-soft" aria-hidden>
            Alerts
          </span>
          <div className="inline-flex rounded-full border border-line bg-paper p-0.5">
            {ALERT_CHOICES.map((c) => {
              const on = search.alerts === c.value;
              return (
                <button
                  key={c.value}
                  type="button"
                  aria-pressed={on}
                  disabled={alerts.isPending}
                  onClick={() => (on ? null : (setError(null), alerts.mutate({ id: search.id, alerts: c.value }, { onError })))}
                  className={cn("rounded-full px-3.5 py-1 text-sm", on ? "bg-ink text-paper" : "text-ink-soft hover:text-ink")}
                >
                  {c.label}
                </button>
              );
            })}
          </div>
        </fieldset>
        <div className="flex flex-wrap items-center gap-1">
          <Link href={search.galleryPath} className={cn(small, "border border-ink/20 bg-white/60 text-ink hover:border-ink/50")}>
            Open in gallery
          </Link>
          {mode === "view" ? (
            <>
              <button type="button" className={smallGhost} onClick={() => (setError(null), setMode("rename"))}>
                Rename
              </button>
              <button type="button" className={smallGhost} onClick={() => (setError(null), setMode("delete"))}>
                Delete
              </button>
            </>
          ) : null}
        </div>
      </div>

      {mode === "delete" ? (
        <div className="mt-4 flex flex-wrap items-center gap-2 rounded-xl bg-paper-deep/60 px-4 py-3 text-sm">
          <p className="mr-auto text-ink">Delete this saved search? Its alerts stop too.</p>
          <button
            type="button"
            className={cn(small, "border border-accent/30 text-accent-deep hover:bg-accent hover:text-white")}
            disabled={remove.isPending}
            onClick={() => remove.mutate({ id: search.id }, { onError })}
          >
            {remove.isPending ? "Deleting…" : "Yes, delete"}
          </button>
          <button type="button" className={smallGhost} onClick={() => setMode("view")}>
            Cancel
          </button>
        </div>
      ) : null}
      {error ? <Alert className="mt-4">{error}</Alert> : null}
    </article>
  );
}
