import type { RouterOutputs } from "@atelier/api";
import { DownloadButton } from "./download-button";

type Download = RouterOutputs["download"]["mine"]["downloads"][number];

const hours = (seconds: number) => (seconds % 3600 === 0 ? `${seconds / 3600} hours` : `${Math.round(seconds / 60)} minutes`);

/** The buyer's digital downloads on /orders: one button each, a fresh link on every press. */
export function DownloadsSection({ downloads, ttlSeconds }: { downloads: Download[]; ttlSeconds: number }) {
  if (downloads.length === 0) return null;
  return (
    <section className="mt-8" aria-labelledby="downloads">
      <h2 id="downloads" className="text-2xl">
        Your downloads
      </h2>
      <p className="mt-1 text-sm text-ink-soft">
        Full-resolution files for your personal use. Each press of Download makes a private link that works for {hours(ttlSeconds)}.
      </p>
      <ul className="mt-4 space-y-3" data-testid="downloads">
        {downloads.map((d) => (
          <li key={d.id} className="flex flex-col gap-3 rounded-2xl border border-line bg-white/70 p-4 sm:flex-row sm:items-center sm:justify-between">
            <span className="min-w-0">
              <span className="block truncate text-ink">{d.title}</span>
              <span className="block text-xs text-muted">
                <span className="font-mono">{d.orderNumber}</span>
                {d.downloadCount ? ` · downloaded ${d.downloadCount === 1 ? "once" : `${d.downloadCount} times`}` : ""}
              </span>
            </span>
            {d.entitled ? <DownloadButton downloadId={d.id} title={d.title} /> : <span className="text-sm text-ink-soft">Refunded: no longer available</span>}
          </li>
        ))}
      </ul>
    </section>
  );
}
