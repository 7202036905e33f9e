"use client";

import { formatMoney } from "@atelier/core/money";
import { Alert } from "@atelier/ui";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import Link from "next/link";
import { useEffect, useRef } from "react";
import { useTRPC } from "~/trpc/react";

const STATUS_TEXT = {
  AWAITING_PAYMENT: "Waiting for Stripe to confirm your payment…",
  PAID: "Paid",
  EXPIRED: "This checkout expired before it was paid; nothing was charged and the works were released.",
  CANCELLED: "You left the payment page; nothing was charged and the works were released.",
  REFUNDED: "Refunded",
} as const;

/** What happens next, true to what was bought: artists ship their works, the print lab makes prints, downloads are ready. */
function paidNote(items: { listingId: string | null; labAmount: number }[]): string {
  const next = [
    items.some((i) => !i.listingId) ? "each artist has been told to ship your work" : null,
    items.some((i) => i.listingId && i.labAmount > 0) ? "Atelier's print lab is making your prints" : null,
    items.some((i) => i.listingId && i.labAmount === 0) ? "your downloads are ready in your orders" : null,
  ].filter(Boolean);
  const list = next.length > 1 ? `${next.slice(0, -1).join(", ")} and ${next.at(-1)}` : next[0];
  return `A receipt is on its way to your inbox, and ${list}.`;
}

/**
 * The order behind a checkout: on the success page it polls until Stripe's webhook has marked it PAID;
 * on the cancel page it first closes the checkout (the session is expired at Stripe and the hold released).
 */
export function OrderStatus({ orderId, mode }: { orderId: string; mode: "success" | "cancelled" }) {
  const trpc = useTRPC();
  const qc = useQueryClient();
  const cancel = useMutation(
    trpc.checkout.cancel.mutationOptions({
      onSuccess: (s) => {
        qc.setQueryData(trpc.checkout.status.queryKey({ orderId }), s);
        void qc.invalidateQueries({ queryKey: trpc.cart.get.queryKey() });
      },
    }),
  );
  const asked = useRef(false);
  useEffect(() => {
    if (mode === "cancelled" && !asked.current) {
      asked.current = true;
      cancel.mutate({ orderId });
    }
  }, [mode, orderId, cancel]);
  const status = useQuery(
    trpc.checkout.status.queryOptions(
      { orderId },
      {
        enabled: mode === "success" || cancel.isSuccess || cancel.isError,
        refetchInterval: (q) => (q.state.data?.status === "AWAITING_PAYMENT" ? 1_500 : false),
      },
    ),
  );
  useEffect(() => {
    if (status.data?.status === "PAID") void qc.invalidateQueries({ queryKey: trpc.cart.get.queryKey() });
  }, [status.data?.status, qc, trpc]);

  if (cancel.error) return <Alert>{cancel.error.message}</Alert>;
  if (status.isError) return <Alert>{status.error.message}</Alert>;
  const o = status.data;
  if (!o) return <p className="mt-6 text-ink-soft">{mode === "cancelled" ? "Closing your checkout…" : "Loading your order…"}</p>;
  const m = (n: number) => formatMoney(n, o.currency);
  return (
    <div className="mt-6 space-y-6">
      <div className="rounded-2xl border border-line bg-white/60 p-5">
        <p className="text-sm text-muted">Order {o.number}</p>
        <p className={`mt-1 text-lg ${o.status === "PAID" ? "text-ok" : "text-ink"}`} data-testid="order-status" data-status={o.status}>
          {STATUS_TEXT[o.status]}
        </p>
        <ul className="mt-4 divide-y divide-line text-sm">
          {o.items.map((i) => (
            <li key={i.id} className="flex justify-between gap-4 py-2">
              <span>
                {i.title}
                {i.quantity > 1 ? ` × ${i.quantity}` : ""}
              </span>
              <span>{m(i.subtotalAmount)}</span>
            </li>
          ))}
          <li className="flex justify-between gap-4 py-2 text-ink-soft">
            <span>Shipping</span>
            <span>{m(o.shippingAmount)}</span>
          </li>
          <li className="flex justify-between gap-4 py-2 font-medium">
            <span>Total</span>
            <span>{m(o.totalAmount)}</span>
          </li>
        </ul>
      </div>
      {o.status === "PAID" ? <p className="text-ink-soft">{paidNote(o.items)}</p> : null}
      <div className="flex flex-wrap gap-4 text-sm">
        {o.checkoutUrl ? (
          <a href={o.checkoutUrl} className="underline underline-offset-4">
            Return to the payment page
          </a>
        ) : null}
        <Link href="/cart" className="underline underline-offset-4">
          Back to your cart
        </Link>
        <Link href="/gallery" className="underline underline-offset-4">
          Keep browsing
        </Link>
      </div>
    </div>
  );
}
