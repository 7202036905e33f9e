"use client";

import { parseClaimLines } from "@atelier/core/live-shows/parse-claims";
import { cn } from "@atelier/ui";
import { useMutation } from "@tanstack/react-query";
import { useRef, useState } from "react";
import { useTRPC } from "~/trpc/react";

interface LogLine {
  key: number;
  tone: "ok" | "queued" | "error";
  text: string;
}

const ORDINAL = (n: number) =>
  `${n}${n % 10 === 1 && n % 100 !== 11 ? "st" : n % 10 === 2 && n % 100 !== 12 ? "nd" : n % 10 === 3 && n % 100 !== 13 ? "rd" : "th"}`;

/**
 * One input: "12 @jane" (+ an email when known), recorded on Enter. The input is cleared and keeps focus, so the
 * operator types the next claim at once; claims are sent one after another in the order they were typed.
 */
export function ClaimEntry({ showId, onRecorded }: { showId: string; onRecorded: () => void }) {
  const trpc = useTRPC();
  const input = useRef<HTMLInputElement>(null);
  const queue = useRef<Promise<unknown>>(Promise.resolve());
  const seq = useRef(0);
  const [value, setValue] = useState("");
  const [log, setLog] = useState<LogLine[]>([]);
  const claim = useMutation(trpc.liveShow.claim.mutationOptions());
  const say = (tone: LogLine["tone"], text: string) => setLog((l) => [{ key: ++seq.current, tone, text }, ...l].slice(0, 8));

  function submit() {
    const text = value.trim();
    if (!text) return;
    const { claims, bad } = parseClaimLines(text);
    const parsed = claims[0];
    if (!parsed) return say("error", `“${text}”: ${bad[0]?.reason ?? "write the item number and the handle, e.g. 12 @jane"}`);
    setValue("");
    input.current?.focus();
    queue.current = queue.current.then(async () => {
      try {
        const r = await claim.mutateAsync({ showId, itemNumber: parsed.itemNumber, handle: parsed.handle, email: parsed.email });
        const what = `#${r.item.number} ${r.item.title}`;
        if (r.outcome === "holding") say("ok", `${what}: @${r.claim.buyerHandle} holds it`);
        else if (r.outcome === "queued") say("queued", `${what}: @${r.claim.buyerHandle} is ${ORDINAL(r.claim.position)} in line`);
        else say("queued", `${what}: @${r.claim.buyerHandle} had already claimed it (${r.claim.status === "HOLDING" ? "holds it" : "in line"})`);
        onRecorded();
      } catch (e) {
        say("error", `“${text}”: ${(e as Error).message}`);
      }
    });
  }

  return (
    <section aria-labelledby="record-claim" className="rounded-2xl border border-ink/20 bg-white p-4 sm:p-5">
      <label id="record-claim" htmlFor="claim-input" className="block text-sm font-medium">
        Record a claim — item number and handle, email if known, then Enter
      </label>
      <input
        id="claim-input"
        ref={input}
        value={value}
        onChange={(e) => setValue(e.target.value)}
        onKeyDown={(e) => {
          if (e.key === "Enter") {
            e.preventDefault();
            submit();
          }
        }}
        autoFocus
        autoComplete="off"
        autoCapitalize="off"
        spellCheck={false}
        enterKeyHint="send"
        placeholder="12 @jane jane@example.com"
        className="mt-2 block w-full rounded-lg border border-line bg-white px-3.5 py-3 font-mono text-lg focus:outline-2 focus:outline-offset-1 focus:outline-accent"
      />
      <ol aria-live="polite" className="mt-3 space-y-1 text-sm" data-testid="claim-log">
        {log.map((l) => (
          <li key={l.key} className={cn(l.tone === "ok" ? "text-ok" : l.tone === "queued" ? "text-ink-soft" : "text-accent-deep")}>
            {l.text}
          </li>
        ))}
      </ol>
    </section>
  );
}
