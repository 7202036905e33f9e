"use client";

import type { Availability } from "@atelier/core/artwork/availability";
import { Button } from "@atelier/ui";
import Link from "next/link";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { serverFieldErrors } from "~/lib/field-errors";
import { prefetchAtelierClient, useAtelierCall } from "~/trpc/lazy-client";

/** Why a work can't be added, in the words the page shows next to the disabled button. */
function reasonOf(availability: Availability, isMine: boolean): string | null {
  if (isMine) return "This is your own work.";
  if (availability.purchasable) return null;
  switch (availability.state) {
    case "on_hold":
      return "On hold: someone is paying for it right now. If they don't finish within 30 minutes it comes back.";
    case "sold":
      return "Sold.";
    case "sold_out":
      return "This edition is sold out.";
    default:
      return "Not yet for sale: the artist is finishing payment setup with Stripe.";
  }
}

/** Add to cart (editions: how many, never more than are left). Disabled with the reason when it can't be bought. */
export function AddToCart({
  artworkId,
  availability,
  isMine,
  kind,
}: {
  artworkId: string;
  availability: Availability;
  isMine: boolean;
  kind: "ORIGINAL" | "EDITION";
}) {
  const router = useRouter();
  const [quantity, setQuantity] = useState("1");
  const [added, setAdded] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const { run, pending } = useAtelierCall();
  async function add() {
    setError(null);
    try {
      await run((api) => api.cart.add.mutate({ artworkId, quantity: Number(quantity) }));
      setAdded(true);
      // the header's cart count is rendered on the server
      router.refresh();
    } catch (err) {
      setError(serverFieldErrors(err).quantity ?? (err instanceof Error ? err.message : "We couldn't add it to your cart. Try again."));
    }
  }
  const reason = reasonOf(availability, isMine);
  const max = availability.editionsLeft ?? 1;
  return (
    <div className="mt-6 space-y-3" data-testid="add-to-cart">
      <div className="flex flex-wrap items-end gap-3">
        {kind === "EDITION" && !reason ? (
          <label className="text-sm text-ink-soft">
            <span className="block">Quantity</span>
            <input
              type="number"
              min={1}
              max={max}
              value={quantity}
              onChange={(e) => setQuantity(e.target.value)}
              className="mt-1 w-20 rounded-lg border border-line bg-white px-3 py-2 text-ink"
              name="quantity"
            />
          </label>
        ) : null}
        <Button type="button" disabled={Boolean(reason) || pending} onClick={add} onPointerEnter={prefetchAtelierClient} onFocus={prefetchAtelierClient}>
          {pending ? "Adding…" : "Add to cart"}
        </Button>
        {added ? (
          <Link href="/cart" className="text-sm font-medium text-accent-deep underline underline-offset-4" data-testid="view-cart">
            Added — view your cart
          </Link>
        ) : null}
      </div>
      {reason ? (
        <p className="text-sm text-muted" data-testid="cart-reason">
          {reason}
        </p>
      ) : null}
      {error ? (
        <p className="text-sm text-accent-deep" role="alert">
          {error}
        </p>
      ) : null}
    </div>
  );
}
