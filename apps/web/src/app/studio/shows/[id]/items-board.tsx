"use client";

import { Alert, Badge, Button } from "@atelier/ui";
import { useMutation } from "@tanstack/react-query";
import { useTRPC } from "~/trpc/react";
import type { ConsoleItem } from "./use-console";

/** Every item with its holders (a Pass button each) and its queue, in number order. */
export function ItemsBoard({ items, money, onChange }: { items: ConsoleItem[]; money: (n: number) => string; onChange: () => void }) {
  const trpc = useTRPC();
  const pass = useMutation(trpc.liveShow.pass.mutationOptions({ onSuccess: onChange, onSettled: onChange }));
  if (items.length === 0)
    return <p className="rounded-2xl border border-dashed border-line p-6 text-ink-soft">No items yet: add works or ad-hoc items below.</p>;
  return (
    <section aria-labelledby="items-heading">
      <h2 id="items-heading" className="text-xl">
        Items
      </h2>
      {pass.error ? <Alert className="mt-2">{pass.error.message}</Alert> : null}
      <ul className="mt-3 grid gap-3 md:grid-cols-2" data-testid="show-items">
        {items.map((item) => (
          <li key={item.id} className="rounded-xl border border-line bg-white/70 p-4" data-testid={`item-${item.number}`}>
            <div className="flex flex-wrap items-baseline gap-x-3 gap-y-1">
              <span className="font-mono text-2xl">#{item.number}</span>
              <span className="min-w-0 flex-1 font-medium">{item.title}</span>
              <span className="text-sm">{money(item.unitAmount)}</span>
            </div>
            <p className="mt-1 text-xs text-muted">
              {item.artworkId ? "From your catalogue" : "Ad-hoc item"} · {item.unitsFree} of {item.quantity} free
            </p>
            {item.holders.length > 0 ? (
              <ul className="mt-3 space-y-2">
                {item.holders.map((c) => (
                  <li key={c.id} className="flex flex-wrap items-center gap-2">
                    <Badge tone={c.status === "INVOICED" ? "ok" : "accent"}>{c.status === "INVOICED" ? "Invoiced" : "Holds"}</Badge>
                    <span className="min-w-0 flex-1 break-all">
                      @{c.buyerHandle}
                      {c.buyerEmail ? <span className="text-xs text-muted"> · {c.buyerEmail}</span> : null}
                    </span>
                    {c.status === "HOLDING" ? (
                      <Button
                        type="button"
                        variant="secondary"
                        className="px-3 py-1"
                        disabled={pass.isPending}
                        onClick={() => pass.mutate({ claimId: c.id })}
                        aria-label={`Pass: @${c.buyerHandle} gives up #${item.number}`}
                      >
                        Pass
                      </Button>
                    ) : null}
                  </li>
                ))}
              </ul>
            ) : (
              <p className="mt-3 text-sm text-ink-soft">Not claimed yet.</p>
            )}
            {item.queue.length > 0 ? (
              <p className="mt-2 text-sm text-ink-soft">In line: {item.queue.map((c, i) => `${i + 1}. @${c.buyerHandle}`).join(" · ")}</p>
            ) : null}
          </li>
        ))}
      </ul>
    </section>
  );
}
