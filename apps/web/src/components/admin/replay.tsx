"use client";

import { Alert, Button, buttonClass } from "@atelier/ui";
import { useMutation } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { createContext, useContext, useEffect, useRef, useState, type ReactNode } from "react";
import { useTRPC } from "~/trpc/react";

type Result = { tone: "success" | "error"; text: ReactNode };

/**
 * Keeps the last replay's result on screen even when its row leaves the list (a replayed run is no
 * longer in the Failed tab after the refresh).
 */
const ResultContext = createContext<((r: Result) => void) | null>(null);

export function ReplayResults({ children, className = "mt-6" }: { children: ReactNode; className?: string }) {
  const [result, setResult] = useState<Result | null>(null);
  return (
    <ResultContext.Provider value={setResult}>
      {result ? (
        <Alert tone={result.tone} className={className} data-testid="replay-result">
          {result.text}
        </Alert>
      ) : null}
      {children}
    </ResultContext.Provider>
  );
}

const COPY = {
  webhook: {
    ask: "Hand this event to its functions again? They re-read Stripe and only move records forward, so this is safe to repeat.",
    done: (replayId: string) => (
      <>
        Replayed as <code className="break-all font-mono text-xs">{replayId}</code>. The event is back to Received until its functions finish.
      </>
    ),
  },
  job: {
    ask: "Put this run back in the queue with a fresh set of attempts? Steps that already finished are not redone.",
    done: () => "Back in the queue — the worker picks it up within a few seconds.",
  },
};

/** Replay with an inline confirmation; shows the outcome and refreshes the page's data. */
export function ReplayButton({ kind, id, compact = false }: { kind: "webhook" | "job"; id: string; compact?: boolean }) {
  const trpc = useTRPC();
  const router = useRouter();
  const report = useContext(ResultContext);
  const [confirming, setConfirming] = useState(false);
  const confirmRef = useRef<HTMLButtonElement>(null);
  // keyboard focus moves to the confirmation, without scrolling a wide table sideways
  useEffect(() => {
    if (confirming) confirmRef.current?.focus({ preventScroll: true });
  }, [confirming]);
  const [local, setLocal] = useState<Result | null>(null);
  const show = (r: Result) => (report ? report(r) : setLocal(r));
  const handlers = {
    onError: (e: unknown) => show({ tone: "error", text: e instanceof Error ? e.message : "Replay failed." }),
    onSettled: () => setConfirming(false),
  };
  const webhook = useMutation(
    trpc.admin.webhook.replay.mutationOptions({
      ...handlers,
      onSuccess: (r) => (show({ tone: "success", text: COPY.webhook.done(r.replayId ?? r.id) }), router.refresh()),
    }),
  );
  const job = useMutation(
    trpc.admin.job.replay.mutationOptions({ ...handlers, onSuccess: () => (show({ tone: "success", text: COPY.job.done() }), router.refresh()) }),
  );
  const pending = webhook.isPending || job.isPending;
  const replay = () => {
    setLocal(null);
    if (kind === "webhook") webhook.mutate({ id });
    else job.mutate({ id });
  };

  return (
    <div className={compact ? "inline-flex flex-col items-end gap-1" : "space-y-3"}>
      {!confirming ? (
        <Button
          variant={compact ? "secondary" : "primary"}
          className={compact ? "px-3.5 py-1 text-xs" : "w-full"}
          onClick={() => setConfirming(true)}
          disabled={pending}
        >
          {pending ? "Replaying…" : "Replay"}
        </Button>
      ) : (
        <>
          {compact ? null : <p className="text-sm text-ink-soft">{COPY[kind].ask}</p>}
          <div className={compact ? "flex flex-col items-end gap-1" : "flex flex-wrap gap-2"}>
            <button
              ref={confirmRef}
              type="button"
              className={buttonClass("primary", compact ? "whitespace-nowrap px-3.5 py-1 text-xs" : "")}
              onClick={replay}
              disabled={pending}
              title={compact ? COPY[kind].ask : undefined}
            >
              {pending ? "Replaying…" : "Yes, replay"}
            </button>
            <Button variant="ghost" className={compact ? "px-3 py-1 text-xs" : ""} onClick={() => setConfirming(false)} disabled={pending}>
              Cancel
            </Button>
          </div>
        </>
      )}
      {local ? (
        <Alert tone={local.tone} data-testid="replay-result">
          {local.text}
        </Alert>
      ) : null}
    </div>
  );
}
