"use client";

import Link from "next/link";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { serverFieldErrors } from "~/lib/field-errors";
import { prefetchAtelierClient, useAtelierCall } from "~/trpc/lazy-client";

/** A licensed product's "Add to cart" on the public pages (a plain tRPC client fetched on first use, like AddToCart). */
export function AddProductToCart({ listingId, label }: { listingId: string; label: string }) {
  const router = useRouter();
  const [added, setAdded] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const { run, pending } = useAtelierCall();
  async function add() {
    setError(null);
    try {
      await run((api) => api.cart.addProduct.mutate({ listingId }));
      setAdded(true);
      router.refresh(); // the header's cart count
    } catch (err) {
      const fields = serverFieldErrors(err);
      setError(fields.listingId ?? fields.quantity ?? (err instanceof Error ? err.message : "We couldn't add it to your cart. Try again."));
    }
  }
  return (
    <div className="pt-2">
      {added ? (
        <Link href="/cart" className="text-sm font-medium text-accent-deep underline underline-offset-4" data-testid="view-cart">
          Added — view your cart
        </Link>
      ) : (
        <button
          type="button"
          className="rounded-full border border-ink px-4 py-1.5 text-sm font-medium text-ink hover:bg-ink hover:text-paper disabled:opacity-50"
          onClick={add}
          disabled={pending}
          onPointerEnter={prefetchAtelierClient}
          onFocus={prefetchAtelierClient}
          aria-label={`Add ${label} to cart`}
          data-testid="add-product-to-cart"
        >
          {pending ? "Adding…" : "Add to cart"}
        </button>
      )}
      {error ? (
        <p className="mt-1 text-xs text-accent-deep" role="alert">
          {error}
        </p>
      ) : null}
    </div>
  );
}
