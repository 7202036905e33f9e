"use client";

import { formatMajorUnits, formatMoney, formatPrice } from "@atelier/core/money";
import type { ListingEarnings } from "@atelier/core/stores/earnings";
import type { ListingView } from "@atelier/core/stores/listing-view";
import { Alert, Badge, Button, TextField } from "@atelier/ui";
import { useMutation } from "@tanstack/react-query";
import Link from "next/link";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { serverFieldErrors, type FieldErrorMap } from "~/lib/field-errors";
import { useTRPC } from "~/trpc/react";
import type { ListingSellerKind } from "./new-listing-form";

const pctText = (bps: number) => (bps === 0 ? "" : bps % 100 === 0 ? String(bps / 100) : (bps / 100).toFixed(2));
const STATUS = { ACTIVE: { label: "On sale", tone: "ok" }, PAUSED: { label: "Paused", tone: "warn" }, REMOVED: { label: "Removed", tone: "neutral" } } as const;

/** One of the seller's listings: reprice it, pause or resume it (resuming re-checks the artist's terms), or remove it. */
type OwnListing = ListingView & { earnings: ListingEarnings | null };

/** Where one sale's money goes, as the API computed it with the split engine. */
function Earnings({ kind, e, currency }: { kind: ListingSellerKind; e: ListingEarnings; currency: string }) {
  const m = (n: number) => formatMoney(n, currency);
  return (
    <p className="text-sm text-ink-soft" data-testid="listing-earnings">
      Each sale of {m(e.chargedAmount)}:{" "}
      {kind === "store" ? (
        <>
          <strong className="font-medium text-ink">your store {m(e.storeAmount)}</strong> · artist&apos;s royalty {m(e.creatorAmount)}
        </>
      ) : (
        <strong className="font-medium text-ink">you {m(e.creatorAmount)}</strong>
      )}{" "}
      · print lab {m(e.productionAmount)} · Atelier {m(e.platformFeeAmount)}
    </p>
  );
}

export function ListingRow({ kind, listing }: { kind: ListingSellerKind; listing: OwnListing }) {
  const trpc = useTRPC();
  const router = useRouter();
  const l = listing;
  const [editing, setEditing] = useState(false);
  const [price, setPrice] = useState(formatMajorUnits(l.unitAmount, l.currency));
  const [discount, setDiscount] = useState(pctText(l.discountBps));
  const [errors, setErrors] = useState<FieldErrorMap>({});
  const onSuccess = () => (setErrors({}), setEditing(false), router.refresh());
  const onError = (e: unknown) => {
    const f = serverFieldErrors(e);
    setErrors(Object.keys(f).length ? f : { _form: (e as Error).message });
  };
  const storeUpdate = useMutation(trpc.store.updateListing.mutationOptions({ onSuccess, onError }));
  const shopUpdate = useMutation(trpc.shop.update.mutationOptions({ onSuccess, onError }));
  const storeStatus = useMutation(trpc.store.setListingStatus.mutationOptions({ onSuccess, onError }));
  const shopStatus = useMutation(trpc.shop.setStatus.mutationOptions({ onSuccess, onError }));
  const update = kind === "store" ? storeUpdate : shopUpdate;
  const setStatus = kind === "store" ? storeStatus : shopStatus;
  const busy = update.isPending || setStatus.isPending;

  return (
    <li className="grid gap-3 py-5" data-testid="my-listing">
      <div className="flex flex-wrap items-baseline justify-between gap-3">
        <div>
          <Link href={`/artworks/${l.artwork.slug}`} className="font-display text-lg text-ink hover:underline">
            {l.artwork.title}
          </Link>
          <span className="text-sm text-ink-soft"> · {l.artwork.artist.displayName}</span>
          <p className="text-sm text-ink-soft">
            {l.product.typeName}, {l.product.variantName} ·{" "}
            <span className="text-ink">
              {formatPrice(l.saleAmount, l.currency)}
              {l.discountBps ? ` (${formatPrice(l.unitAmount, l.currency)} less ${pctText(l.discountBps)}%)` : ""}
            </span>
          </p>
        </div>
        <Badge tone={STATUS[l.status].tone} data-testid="listing-status">
          {STATUS[l.status].label}
        </Badge>
      </div>
      {l.earnings ? <Earnings kind={kind} e={l.earnings} currency={l.currency} /> : null}
      {l.status === "PAUSED" && l.pauseReason ? (
        <p className="rounded-xl bg-paper-deep px-4 py-3 text-sm text-ink-soft" data-testid="pause-reason">
          {l.pauseReason}
        </p>
      ) : null}
      {editing ? (
        <form
          method="post"
          noValidate
          className="grid gap-4 sm:grid-cols-[1fr_1fr_auto] sm:items-end"
          onSubmit={(e) => {
            e.preventDefault();
            update.mutate({ listingId: l.id, price, discount });
          }}
        >
          <TextField
            label={`Price (${l.currency})`}
            name="price"
            value={price}
            onChange={(e) => setPrice(e.target.value)}
            error={errors.price}
            inputMode="decimal"
          />
          <TextField
            label="Discount (%)"
            name="discount"
            value={discount}
            onChange={(e) => setDiscount(e.target.value)}
            error={errors.discount}
            inputMode="decimal"
          />
          <div className="flex gap-2">
            <Button type="submit" disabled={busy}>
              {update.isPending ? "Saving…" : "Save"}
            </Button>
            <Button type="button" variant="ghost" disabled={busy} onClick={() => (setEditing(false), setErrors({}))}>
              Cancel
            </Button>
          </div>
        </form>
      ) : (
        <div className="flex flex-wrap gap-2">
          <Button variant="secondary" disabled={busy} onClick={() => setEditing(true)}>
            Change price
          </Button>
          {l.status === "ACTIVE" ? (
            <Button variant="secondary" disabled={busy} onClick={() => setStatus.mutate({ listingId: l.id, status: "PAUSED" })}>
              Pause
            </Button>
          ) : (
            <Button variant="secondary" disabled={busy} onClick={() => setStatus.mutate({ listingId: l.id, status: "ACTIVE" })}>
              Resume
            </Button>
          )}
          <Button variant="ghost" disabled={busy} onClick={() => setStatus.mutate({ listingId: l.id, status: "REMOVED" })}>
            Remove
          </Button>
        </div>
      )}
      {errors._form || (!editing && (errors.price || errors.discount || errors.artworkId || errors.variantCode)) ? (
        <Alert>{errors._form ?? errors.price ?? errors.discount ?? errors.artworkId ?? errors.variantCode}</Alert>
      ) : null}
    </li>
  );
}

export function ListingList({ kind, listings }: { kind: ListingSellerKind; listings: OwnListing[] }) {
  if (!listings.length) return <p className="rounded-2xl border border-dashed border-line px-6 py-10 text-center text-ink-soft">Nothing listed yet.</p>;
  return (
    <ul className="divide-y divide-line rounded-2xl border border-line bg-white/70 px-5">
      {listings.map((l) => (
        <ListingRow key={l.id} kind={kind} listing={l} />
      ))}
    </ul>
  );
}
