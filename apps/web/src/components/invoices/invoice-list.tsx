"use client";

import type { RouterOutputs } from "@atelier/api";
import { formatMoney } from "@atelier/core/money";
import { Alert, Button } from "@atelier/ui";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { useTRPC } from "~/trpc/react";
import { InvoiceStatusBadge } from "./invoice-status";
import { useInvoiceStream } from "./use-invoice-stream";

type Invoice = RouterOutputs["invoice"]["list"][number];

const day = (d: Date | string) => new Date(d).toLocaleDateString("en-IE", { day: "numeric", month: "short", year: "numeric", timeZone: "UTC" });
const PART: Record<string, string> = { FULL: "", DEPOSIT: "Deposit · ", BALANCE: "Balance · " };

/**
 * The artist's invoices (all, or one live show's), live: each row's status follows Stripe's webhooks through the
 * invoice stream without a reload. Per row: the hosted link with a copy button, send / resend (when the buyer's
 * email is known), void while unpaid, retry when Stripe could not take it.
 */
export function InvoiceList({
  initial,
  showId = "",
  emptyText,
  messageChannel,
}: {
  initial: Invoice[];
  showId?: string;
  emptyText: string;
  /** a show on Instagram or Facebook: rows with a handle get "Send by … DM" */
  messageChannel?: MessageChannel;
}) {
  const trpc = useTRPC();
  const live = useInvoiceStream();
  const list = useQuery({ ...trpc.invoice.list.queryOptions({ status: "ALL", showId, limit: 100 }), initialData: initial });
  const invoices = list.data ?? initial;
  return (
    <div>
      <p className="mb-3 flex items-center gap-2 text-xs text-ink-soft" data-testid="invoice-live">
        <span className={live ? "h-2 w-2 rounded-full bg-ok" : "h-2 w-2 rounded-full bg-line"} aria-hidden />
        {live ? "Live: statuses update as buyers pay" : "Connecting for live updates…"}
      </p>
      {invoices.length === 0 ? (
        <p className="rounded-2xl border border-dashed border-line px-6 py-10 text-center text-ink-soft">{emptyText}</p>
      ) : (
        <ul className="grid gap-3" data-testid="invoice-list">
          {invoices.map((inv) => (
            <InvoiceRow key={inv.id} inv={inv} messageChannel={messageChannel} />
          ))}
        </ul>
      )}
    </div>
  );
}

type MessageChannel = "INSTAGRAM" | "FACEBOOK";
const CHANNEL_NAME: Record<MessageChannel, string> = { INSTAGRAM: "Instagram", FACEBOOK: "Facebook" };

function InvoiceRow({ inv, messageChannel }: { inv: Invoice; messageChannel?: MessageChannel }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const [message, setMessage] = useState<{ tone: "error" | "success"; text: string } | null>(null);
  const refresh = () => queryClient.invalidateQueries({ queryKey: trpc.invoice.list.queryKey() });
  const handlers = (done: string) => ({
    onSuccess: () => (setMessage({ tone: "success", text: done }), void refresh()),
    onError: (e: unknown) => setMessage({ tone: "error", text: (e as Error).message }),
  });
  const send = useMutation(trpc.invoice.send.mutationOptions(handlers(`Sent to ${inv.buyerEmail}.`)));
  const voidIt = useMutation(trpc.invoice.void.mutationOptions(handlers("Voided. Anything it held is released.")));
  const retry = useMutation(trpc.invoice.retry.mutationOptions(handlers("Created at Stripe.")));
  const dm = useMutation(
    trpc.invoice.messageLink.mutationOptions({
      onSuccess: (r) => (setMessage(r.ok ? { tone: "success", text: r.detail } : { tone: "error", text: r.message }), void refresh()),
      onError: (e: unknown) => setMessage({ tone: "error", text: (e as Error).message }),
    }),
  );
  const busy = send.isPending || voidIt.isPending || retry.isPending || dm.isPending;
  const unpaid = inv.status === "OPEN" || inv.status === "DRAFT";
  return (
    <li
      className="min-w-0 rounded-2xl border border-line bg-white/60 p-4"
      data-testid="invoice-row"
      data-reference={inv.reference}
      data-buyer={inv.buyerHandle ?? inv.buyerName}
    >
      <div className="flex flex-wrap items-baseline justify-between gap-2">
        <div className="min-w-0">
          <p className="font-medium">
            {inv.buyerName}
            {inv.buyerHandle && inv.buyerHandle !== inv.buyerName.replace(/^@/, "") ? <span className="text-ink-soft"> @{inv.buyerHandle}</span> : null}
          </p>
          <p className="text-xs text-ink-soft">
            {PART[inv.part]}
            {inv.reference} · due {day(inv.dueAt)}
            {inv.buyerEmail ? ` · ${inv.buyerEmail}` : " · no email"}
          </p>
        </div>
        <div className="flex items-center gap-3">
          <span className="font-medium tabular-nums">{formatMoney(inv.totalAmount, inv.currency)}</span>
          <InvoiceStatusBadge status={inv.status} />
        </div>
      </div>
      <ul className="mt-2 text-sm text-ink-soft">
        {inv.lines.map((l) => (
          <li key={l.id} className="flex justify-between gap-3">
            <span className="min-w-0 truncate">{l.quantity > 1 ? `${l.title} × ${l.quantity}` : l.title}</span>
            <span className="tabular-nums">{formatMoney(l.amount, inv.currency)}</span>
          </li>
        ))}
      </ul>
      {inv.status === "PAID" ? (
        <p className="mt-2 text-sm text-ok">
          Paid {inv.paidAt ? day(inv.paidAt) : ""}: {formatMoney(inv.artistAmount, inv.currency)} to your Stripe account.
        </p>
      ) : null}
      {inv.status === "VOID" && inv.voidReason ? <p className="mt-2 text-sm text-ink-soft">Voided: {inv.voidReason}</p> : null}
      {inv.hostedUrl && unpaid ? (
        <div className="mt-3 flex min-w-0 flex-wrap items-center gap-2">
          <input
            readOnly
            value={inv.hostedUrl}
            aria-label={`Payment link for ${inv.reference}`}
            className="min-w-0 flex-1 rounded-lg border border-line bg-paper px-2 py-1 text-xs"
            onFocus={(e) => e.currentTarget.select()}
          />
          <Button
            type="button"
            variant="secondary"
            onClick={() => void navigator.clipboard?.writeText(inv.hostedUrl!).then(() => setMessage({ tone: "success", text: "Link copied." }))}
          >
            Copy link
          </Button>
        </div>
      ) : null}
      <div className="mt-3 flex flex-wrap gap-2">
        {inv.status === "OPEN" && inv.buyerEmail ? (
          <Button type="button" variant="secondary" disabled={busy} onClick={() => send.mutate({ invoiceId: inv.id })}>
            {inv.sendCount > 0 ? "Resend" : "Send"}
          </Button>
        ) : null}
        {inv.status === "OPEN" && inv.buyerHandle && messageChannel ? (
          <Button type="button" variant="secondary" disabled={busy} onClick={() => dm.mutate({ invoiceId: inv.id, channel: messageChannel })}>
            Send by {CHANNEL_NAME[messageChannel]} DM
          </Button>
        ) : null}
        {inv.status === "DRAFT" ? (
          <Button type="button" variant="secondary" disabled={busy} onClick={() => retry.mutate({ invoiceId: inv.id })}>
            Retry at Stripe
          </Button>
        ) : null}
        {unpaid ? (
          <Button
            type="button"
            variant="danger"
            disabled={busy}
            onClick={() => {
              if (window.confirm(`Void ${inv.reference}? The buyer can no longer pay it.`)) voidIt.mutate({ invoiceId: inv.id, reason: "" });
            }}
          >
            Void
          </Button>
        ) : null}
      </div>
      {message ? (
        <Alert tone={message.tone} className="mt-3" role="status">
          {message.text}
        </Alert>
      ) : null}
    </li>
  );
}
