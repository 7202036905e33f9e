"use client";

import type { RouterOutputs } from "@atelier/api";
import { Alert, Button, TextAreaField } from "@atelier/ui";
import { useMutation } from "@tanstack/react-query";
import { useState } from "react";
import { useTRPC } from "~/trpc/react";

type BulkResult = RouterOutputs["liveShow"]["bulkClaims"];

const RESULT_LABEL = { claimed: "holds it", queued: "in line", existing: "already claimed", refused: "refused" } as const;

/** Claims pasted from a comment export, recorded in order; every line that was not recorded is listed with its reason. */
export function BulkPaste({ showId, onRecorded }: { showId: string; onRecorded: () => void }) {
  const trpc = useTRPC();
  const [text, setText] = useState("");
  const [result, setResult] = useState<BulkResult | null>(null);
  const bulk = useMutation(
    trpc.liveShow.bulkClaims.mutationOptions({
      onSuccess: (r) => {
        setResult(r);
        onRecorded();
      },
    }),
  );
  const recorded = result?.lines.filter((l) => l.result !== "refused") ?? [];
  const problems = result
    ? [
        ...result.bad.map((b) => ({ line: b.line, text: b.text, reason: b.reason })),
        ...result.lines.filter((l) => l.result === "refused").map((l) => ({ line: l.line, text: `${l.itemNumber} @${l.handle}`, reason: l.reason ?? "" })),
      ].sort((a, b) => a.line - b.line)
    : [];
  return (
    <section aria-labelledby="bulk-heading" className="rounded-2xl border border-line bg-white/70 p-4 sm:p-5">
      <h2 id="bulk-heading" className="text-lg">
        Paste claims
      </h2>
      <form
        className="mt-3 space-y-3"
        onSubmit={(e) => {
          e.preventDefault();
          if (text.trim()) bulk.mutate({ showId, text });
        }}
      >
        <TextAreaField
          label="Comments, one claim per line"
          hint="12 @jane · @jane 12 · #12 jane jane@example.com · jane: 12 · SOLD 12 @jane"
          value={text}
          onChange={(e) => setText(e.target.value)}
          spellCheck={false}
          className="font-mono"
        />
        <Button type="submit" disabled={bulk.isPending || !text.trim()}>
          {bulk.isPending ? "Recording…" : "Record pasted claims"}
        </Button>
      </form>
      {bulk.error ? <Alert className="mt-3">{bulk.error.message}</Alert> : null}
      {result ? (
        <div className="mt-4 space-y-3 text-sm" data-testid="bulk-result">
          <p aria-live="polite">
            {recorded.length} {recorded.length === 1 ? "line" : "lines"} recorded
            {recorded.length ? `: ${recorded.map((l) => `#${l.itemNumber} @${l.handle} ${RESULT_LABEL[l.result]}`).join(" · ")}` : ""}.
          </p>
          {problems.length ? (
            <div>
              <p className="font-medium text-accent-deep">
                {problems.length} {problems.length === 1 ? "line was" : "lines were"} not recorded:
              </p>
              <ul className="mt-1 space-y-1" data-testid="bulk-bad-lines">
                {problems.map((p) => (
                  <li key={p.line} className="break-words">
                    <span className="font-mono text-muted">line {p.line}</span> <span className="font-mono">{p.text}</span> — {p.reason}
                  </li>
                ))}
              </ul>
            </div>
          ) : null}
        </div>
      ) : null}
    </section>
  );
}
