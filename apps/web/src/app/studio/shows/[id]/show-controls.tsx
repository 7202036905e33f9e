"use client";

import { Alert, Button } from "@atelier/ui";
import { useMutation } from "@tanstack/react-query";
import { useTRPC } from "~/trpc/react";

/** Start (claims can be recorded) and End (no more claims; holders keep their works for invoicing). */
export function ShowControls({ showId, status, itemCount, onChange }: { showId: string; status: string; itemCount: number; onChange: () => void }) {
  const trpc = useTRPC();
  const start = useMutation(trpc.liveShow.start.mutationOptions({ onSuccess: onChange }));
  const end = useMutation(trpc.liveShow.end.mutationOptions({ onSuccess: onChange }));
  const error = start.error ?? end.error;
  const ended = end.data;
  return (
    <div className="flex w-full flex-wrap items-center gap-3">
      {status === "DRAFT" ? (
        <Button type="button" disabled={start.isPending} onClick={() => start.mutate({ showId })}>
          {start.isPending ? "Starting…" : "Start show"}
        </Button>
      ) : null}
      {status === "LIVE" ? (
        <Button
          type="button"
          variant="danger"
          disabled={end.isPending}
          onClick={() => {
            if (window.confirm("End the show? No more claims can be recorded; each buyer gets one invoice for what they hold.")) end.mutate({ showId });
          }}
        >
          {end.isPending ? "Ending…" : "End show"}
        </Button>
      ) : null}
      {status === "DRAFT" && itemCount === 0 ? <span className="text-sm text-muted">Add the items first, then start the show.</span> : null}
      {error ? <Alert tone="error">{error.message}</Alert> : null}
      {ended?.problem ? <Alert tone="info">The show has ended, but no invoices were made: {ended.problem}</Alert> : null}
      {ended?.invoicing ? (
        <Alert tone="success" role="status">
          Show ended: {ended.invoicing.created.length} invoice{ended.invoicing.created.length === 1 ? "" : "s"} created
          {ended.invoicing.failed.length ? `, ${ended.invoicing.failed.length} could not reach Stripe (retry below)` : ""}.
        </Alert>
      ) : null}
    </div>
  );
}
