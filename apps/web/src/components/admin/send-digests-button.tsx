"use client";

import { Alert, Button } from "@atelier/ui";
import { useMutation } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { useTRPC } from "~/trpc/react";

/** "Send due digests now": the sweep runs in the background; the result says how many collectors had something waiting. */
export function SendDueDigestsButton() {
  const trpc = useTRPC();
  const router = useRouter();
  const [result, setResult] = useState<{ tone: "success" | "error"; text: string } | null>(null);
  const send = useMutation(
    trpc.admin.savedSearch.sendDueDigests.mutationOptions({
      onSuccess: (r) => {
        setResult({
          tone: "success",
          text:
            r.waitingCollectors === 0
              ? "Requested. No collector has new matches waiting right now, so no mail will go."
              : `Requested: ${r.waitingCollectors} ${r.waitingCollectors === 1 ? "collector has" : "collectors have"} ${r.pendingMatches} new ${r.pendingMatches === 1 ? "match" : "matches"} waiting. Each gets a digest within a few seconds unless they had one in the last 24 hours.`,
        });
        router.refresh();
      },
      onError: (e) => setResult({ tone: "error", text: e.message }),
    }),
  );
  return (
    <div className="space-y-3">
      <Button onClick={() => (setResult(null), send.mutate())} disabled={send.isPending}>
        {send.isPending ? "Requesting…" : "Send due digests now"}
      </Button>
      {result ? (
        <Alert tone={result.tone} data-testid="digests-result">
          {result.text}
        </Alert>
      ) : null}
    </div>
  );
}
