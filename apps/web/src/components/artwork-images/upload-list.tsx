"use client";

import type { UploadItem } from "./use-uploads";

const LABEL: Record<UploadItem["state"], string> = { waiting: "Waiting…", uploading: "Uploading", processing: "Processing…", failed: "Not uploaded" };

/** One row per file in flight or rejected: name, progress bar, and the reason when it failed. */
export function UploadList({ items, onDismiss }: { items: UploadItem[]; onDismiss: (id: string) => void }) {
  if (items.length === 0) return null;
  return (
    <ul className="mt-4 space-y-2" aria-label="Uploads">
      {items.map((u) => (
        <li
          key={u.id}
          className={`rounded-xl border px-4 py-3 ${u.state === "failed" ? "border-accent/40 bg-accent/5" : "border-line bg-white"}`}
          data-testid="upload-item"
        >
          <div className="flex items-center justify-between gap-3 text-sm">
            <span className="min-w-0 truncate font-medium">{u.name}</span>
            <span className={u.state === "failed" ? "text-accent-deep" : "text-muted"}>
              {LABEL[u.state]}
              {u.state === "uploading" ? ` ${Math.round(u.progress * 100)}%` : ""}
            </span>
          </div>
          {u.state === "failed" ? (
            <div className="mt-1 flex items-start justify-between gap-3">
              <p role="alert" className="text-sm text-accent-deep">
                {u.error}
              </p>
              <button type="button" className="text-xs text-muted underline hover:text-ink" onClick={() => onDismiss(u.id)}>
                Dismiss
              </button>
            </div>
          ) : (
            <div
              className="mt-2 h-1.5 overflow-hidden rounded-full bg-paper-deep"
              role="progressbar"
              aria-label={`Uploading ${u.name}`}
              aria-valuemin={0}
              aria-valuemax={100}
              aria-valuenow={Math.round(u.progress * 100)}
            >
              <div
                className={`h-full rounded-full bg-ink transition-[width] duration-200 ${u.state === "processing" ? "animate-pulse" : ""}`}
                style={{ width: `${Math.max(4, u.progress * 100)}%` }}
              />
            </div>
          )}
        </li>
      ))}
    </ul>
  );
}
