"use client";

import { SHIP_TO_COUNTRIES } from "@atelier/core/schemas/cart";
import { Alert, SelectField } from "@atelier/ui";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import Link from "next/link";
import { useTRPC } from "~/trpc/react";
import { CartGroupCard } from "./cart-group";

const COUNTRY_OPTIONS = [
  { value: "", label: "Choose a country" },
  ...Object.entries(SHIP_TO_COUNTRIES)
    .map(([value, label]) => ({ value, label }))
    .sort((a, b) => a.label.localeCompare(b.label)),
];

/** The cart: where to ship, then one group (one order, one payment) per currency. */
export function CartView({ signedIn }: { signedIn: boolean }) {
  const trpc = useTRPC();
  const qc = useQueryClient();
  // never from an earlier visit's cache: the public pages add to the cart without React Query
  const cart = useQuery(trpc.cart.get.queryOptions(undefined, { staleTime: 0, gcTime: 0 }));
  const setShipTo = useMutation(trpc.cart.setShipTo.mutationOptions({ onSuccess: (view) => qc.setQueryData(trpc.cart.get.queryKey(), view) }));

  if (cart.isPending) return <p className="mt-10 text-ink-soft">Loading your cart…</p>;
  if (cart.isError) return <Alert>{cart.error.message}</Alert>;
  const view = cart.data;
  if (view.groups.length === 0) {
    return (
      <div className="mt-10 rounded-2xl border border-dashed border-line px-6 py-14 text-center text-ink-soft" data-testid="cart-empty">
        Your cart is empty.{" "}
        <Link href="/gallery" className="text-ink underline underline-offset-4">
          Browse the gallery
        </Link>
      </div>
    );
  }
  return (
    <div className="mt-8 space-y-8">
      <div className="max-w-sm">
        <SelectField
          label="Ship to"
          name="shipTo"
          value={view.shipTo ?? ""}
          onChange={(e) => e.target.value && setShipTo.mutate({ country: e.target.value })}
          options={COUNTRY_OPTIONS}
          disabled={setShipTo.isPending}
          error={setShipTo.error?.message}
          hint={
            view.groups.some((g) => g.lines.some((l) => l.product))
              ? "Each artist prices shipping for their works (within their country, or to the rest of the world); prints are posted by Atelier's print lab at a set price per line."
              : "Shipping is priced by each artist: within their country, or to the rest of the world."
          }
        />
      </div>
      {view.note ? (
        <Alert tone="info">
          <span data-testid="currency-note">{view.note}</span>
        </Alert>
      ) : null}
      {view.groups.map((group) => (
        <CartGroupCard key={group.currency} group={group} signedIn={signedIn} />
      ))}
    </div>
  );
}
