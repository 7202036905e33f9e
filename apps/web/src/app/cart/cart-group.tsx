"use client";

import type { CartGroup } from "@atelier/core/cart/view";
import { formatMoney } from "@atelier/core/money";
import { Alert, Button } from "@atelier/ui";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import Link from "next/link";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { ArtworkPicture } from "~/components/artwork-picture";
import { useTRPC } from "~/trpc/react";

/** The works of one currency: lines, breakdown and their own checkout button. */
export function CartGroupCard({ group, signedIn }: { group: CartGroup; signedIn: boolean }) {
  const trpc = useTRPC();
  const qc = useQueryClient();
  const [redirecting, setRedirecting] = useState(false);
  const router = useRouter();
  const onView = {
    onSuccess: (view: unknown) => {
      qc.setQueryData(trpc.cart.get.queryKey(), view as never);
      router.refresh(); // the header's count
    },
  };
  const remove = useMutation(trpc.cart.remove.mutationOptions(onView));
  const setQuantity = useMutation(trpc.cart.setQuantity.mutationOptions(onView));
  const checkout = useMutation(
    trpc.checkout.create.mutationOptions({
      onSuccess: (r) => {
        setRedirecting(true);
        window.location.assign(r.url);
      },
      onError: () => void qc.invalidateQueries({ queryKey: trpc.cart.get.queryKey() }),
    }),
  );
  const m = (n: number) => formatMoney(n, group.currency);
  const busy = checkout.isPending || redirecting;
  const lineError = remove.error?.message ?? setQuantity.error?.data?.fieldErrors?.quantity?.[0] ?? setQuantity.error?.message;

  return (
    <section
      className="rounded-2xl border border-line bg-white/60 p-4 sm:p-6"
      aria-label={`Works in ${group.currency}`}
      data-testid={`cart-group-${group.currency}`}
    >
      <h2 className="text-xl">Works in {group.currency}</h2>
      <ul className="mt-4 divide-y divide-line">
        {group.lines.map((l) => (
          <li key={l.itemId} className="flex gap-4 py-4" data-testid="cart-line">
            <Link href={`/artworks/${l.slug}`} className="w-20 shrink-0 sm:w-24">
              <ArtworkPicture image={l.image} title={l.title} sizes="96px" className="w-full" />
            </Link>
            <div className="min-w-0 flex-1">
              <div className="flex flex-wrap items-start justify-between gap-x-4 gap-y-1">
                <div className="min-w-0">
                  <Link href={`/artworks/${l.slug}`} className="font-display text-lg text-ink hover:text-accent-deep">
                    {l.title}
                  </Link>
                  <p className="text-sm text-ink-soft">{l.artist.displayName}</p>
                  {l.product ? (
                    <p className="text-sm text-ink-soft" data-testid="cart-product">
                      {l.product.typeName} · {l.product.variantName} ·{" "}
                      {l.product.store ? (
                        <>
                          sold by{" "}
                          <Link href={`/stores/${l.product.store.slug}`} className="underline underline-offset-2">
                            {l.product.store.name}
                          </Link>
                        </>
                      ) : (
                        "the artist's own shop"
                      )}
                    </p>
                  ) : null}
                </div>
                <p className="text-sm font-medium text-ink">{m(l.subtotalAmount)}</p>
              </div>
              <div className="mt-2 flex flex-wrap items-center gap-3 text-sm text-ink-soft">
                {l.kind === "EDITION" || l.product ? (
                  <label className="flex items-center gap-2">
                    Quantity
                    <select
                      className="rounded-lg border border-line bg-white px-2 py-1 text-ink"
                      value={l.quantity}
                      disabled={setQuantity.isPending}
                      onChange={(e) => setQuantity.mutate({ itemId: l.itemId, quantity: Number(e.target.value) })}
                    >
                      {Array.from({ length: Math.max(l.maxQuantity, l.quantity, 1) }, (_, i) => i + 1)
                        .slice(0, 50)
                        .map((q) => (
                          <option key={q} value={q}>
                            {q}
                          </option>
                        ))}
                    </select>
                    <span className="text-muted">× {m(l.unitAmount)}</span>
                    {l.product && l.product.discountAmount > 0 ? <span className="text-muted">(−{m(l.product.discountAmount)} off)</span> : null}
                  </label>
                ) : (
                  <span>Original</span>
                )}
                <span title={l.product ? (l.shipping.note ?? undefined) : undefined}>
                  {l.product?.fulfilment === "DIGITAL" ? "Download, nothing to ship" : "Shipping:"}{" "}
                  {l.shipping.amount === null ? (
                    <span className="text-accent-deep">{l.shipping.note}</span>
                  ) : l.product?.fulfilment === "DIGITAL" ? null : l.shipping.amount === 0 ? (
                    "free"
                  ) : (
                    m(l.shipping.amount)
                  )}
                  {l.shipping.amount !== null && l.shipping.international ? " (international)" : ""}
                </span>
                <button
                  type="button"
                  className="ml-auto text-sm underline underline-offset-4 hover:text-ink"
                  onClick={() => remove.mutate({ itemId: l.itemId })}
                  disabled={remove.isPending}
                >
                  Remove
                </button>
              </div>
              {l.problem ? (
                <p className="mt-2 text-sm text-accent-deep" data-testid="line-problem">
                  {l.problem}
                </p>
              ) : null}
            </div>
          </li>
        ))}
      </ul>
      {lineError ? <Alert>{lineError}</Alert> : null}
      <dl className="mt-2 space-y-1 border-t border-line pt-4 text-sm">
        <div className="flex justify-between">
          <dt className="text-ink-soft">Works</dt>
          <dd>{m(group.itemsAmount)}</dd>
        </div>
        <div className="flex justify-between">
          <dt className="text-ink-soft">Shipping</dt>
          <dd>{group.shippingAmount === null ? "—" : m(group.shippingAmount)}</dd>
        </div>
        <div className="flex justify-between text-base font-medium">
          <dt>Total</dt>
          <dd data-testid={`cart-total-${group.currency}`}>{group.totalAmount === null ? "—" : m(group.totalAmount)}</dd>
        </div>
      </dl>
      {checkout.error ? (
        <div className="mt-4">
          <Alert>{checkout.error.message}</Alert>
        </div>
      ) : null}
      <div className="mt-4 flex flex-wrap items-center gap-3">
        {signedIn ? (
          <Button
            type="button"
            disabled={!group.canCheckout || busy}
            onClick={() => checkout.mutate({ currency: group.currency })}
            data-testid={`checkout-${group.currency}`}
          >
            {busy ? "Opening the payment page…" : `Check out ${group.totalAmount === null ? "" : m(group.totalAmount)}`}
          </Button>
        ) : (
          <Link href={`/sign-in?callbackUrl=${encodeURIComponent("/cart")}`} className="rounded-full bg-ink px-5 py-2.5 text-sm font-medium text-paper">
            Sign in to check out
          </Link>
        )}
        {!group.canCheckout && group.problems.length ? <p className="text-sm text-muted">{group.problems[0]}</p> : null}
      </div>
    </section>
  );
}
