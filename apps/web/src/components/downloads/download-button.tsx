"use client";

import { Button } from "@atelier/ui";
import { useMutation } from "@tanstack/react-query";
import { useState } from "react";
import { useTRPC } from "~/trpc/react";

const until = (d: Date) => new Intl.DateTimeFormat("en-GB", { dateStyle: "medium", timeStyle: "short" }).format(d);

/**
 * Asks for a fresh signed link to the clean file (download.link) and starts the download; says how long the
 * link keeps working, as the server set it.
 */
export function DownloadButton({ downloadId, title }: { downloadId: string; title: string }) {
  const trpc = useTRPC();
  const [error, setError] = useState<string | null>(null);
  const [expiresAt, setExpiresAt] = useState<Date | null>(null);
  const link = useMutation(
    trpc.download.link.mutationOptions({
      onSuccess: (r) => {
        setError(null);
        setExpiresAt(new Date(r.expiresAt));
        window.location.assign(r.url);
      },
      onError: (e) => setError(e.message),
    }),
  );
  return (
    <div className="flex flex-col items-start gap-1 sm:items-end">
      <Button type="button" disabled={link.isPending} onClick={() => link.mutate({ downloadId })} aria-label={`Download “${title}”`}>
        {link.isPending ? "Preparing…" : "Download"}
      </Button>
      {expiresAt ? <p className="text-xs text-muted">Your link works until {until(expiresAt)}.</p> : null}
      {error ? (
        <p role="alert" className="text-sm text-accent-deep">
          {error}
        </p>
      ) : null}
    </div>
  );
}
