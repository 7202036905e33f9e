"use client";

import type { RouterOutputs } from "@atelier/api";
import { formatMoney } from "@atelier/core/money";
import { Alert, Button, SelectField, TextField } from "@atelier/ui";
import { useMutation } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { serverFieldErrors, type FieldErrorMap } from "~/lib/field-errors";
import { useTRPC } from "~/trpc/react";

export type ListableArtwork = RouterOutputs["store"]["listable"][number];
export type ProductTypeOption = { code: string; name: string; variants: { code: string; name: string; suggestedPriceAmount: number }[] };
export type ListingSellerKind = "store" | "shop";

const pct = (bps: number) => `${bps % 100 === 0 ? bps / 100 : (bps / 100).toFixed(2)}%`;

/**
 * Lists one product of one work: the work (only those the seller may list), a product its artist licenses, a price
 * in the work's currency and an optional discount. The server checks the artist's terms and answers on the field.
 */
export function NewListingForm({ kind, artworks, productTypes }: { kind: ListingSellerKind; artworks: ListableArtwork[]; productTypes: ProductTypeOption[] }) {
  const trpc = useTRPC();
  const router = useRouter();
  const [artworkId, setArtworkId] = useState(artworks[0]?.id ?? "");
  const artwork = artworks.find((a) => a.id === artworkId) ?? null;
  const types = productTypes.filter((t) => artwork?.terms.allowedProductTypes.includes(t.code));
  const [variantCode, setVariantCode] = useState(types[0]?.variants[0]?.code ?? "");
  const [price, setPrice] = useState("");
  const [discount, setDiscount] = useState("");
  const [errors, setErrors] = useState<FieldErrorMap>({});
  const [notice, setNotice] = useState<string | null>(null);
  const onSuccess = () => (setErrors({}), setPrice(""), setDiscount(""), setNotice("Listed. It is on sale now."), router.refresh());
  const onError = (e: unknown) => {
    setNotice(null);
    const f = serverFieldErrors(e);
    setErrors(Object.keys(f).length ? f : { _form: (e as Error).message });
  };
  const forStore = useMutation(trpc.store.createListing.mutationOptions({ onSuccess, onError }));
  const forShop = useMutation(trpc.shop.create.mutationOptions({ onSuccess, onError }));
  const create = kind === "store" ? forStore : forShop;

  if (!artworks.length) {
    return (
      <p className="rounded-2xl border border-dashed border-line px-6 py-10 text-center text-ink-soft">
        {kind === "store"
          ? "No published work allows third-party stores yet. Artists choose this in their licensing terms."
          : "Publish a work first: your shop sells prints and products of your published works."}
      </p>
    );
  }

  const variantOptions = types.flatMap((t) => t.variants.map((v) => ({ value: v.code, label: `${t.name} — ${v.name}` })));
  const chosenVariant = types.flatMap((t) => t.variants).find((v) => v.code === variantCode);
  const pickArtwork = (id: string) => {
    setArtworkId(id);
    const a = artworks.find((x) => x.id === id);
    const first = productTypes.find((t) => a?.terms.allowedProductTypes.includes(t.code))?.variants[0]?.code ?? "";
    setVariantCode(first);
    setErrors({});
  };

  return (
    <form
      method="post"
      noValidate
      className="grid gap-5"
      data-testid="new-listing-form"
      onSubmit={(e) => {
        e.preventDefault();
        setNotice(null);
        create.mutate({ artworkId, variantCode, price, discount });
      }}
    >
      <SelectField
        label="Work"
        name="artworkId"
        value={artworkId}
        onChange={(e) => pickArtwork(e.target.value)}
        error={errors.artworkId}
        options={artworks.map((a) => ({ value: a.id, label: `${a.title} — ${a.artist.displayName}` }))}
      />
      {artwork ? (
        <p className="-mt-2 text-sm text-ink-soft" data-testid="listing-terms">
          {kind === "store" ? `${artwork.artist.displayName}'s terms: ` : "Your terms: "}
          at least {formatMoney(artwork.terms.minimumUnitAmount, artwork.currency)} after any discount, at most {pct(artwork.terms.maxDiscountBps)} off
          {kind === "store" ? `, a ${pct(artwork.terms.royaltyBps)} royalty to the artist on each sale.` : "."} Prices are in {artwork.currency}.
        </p>
      ) : null}
      <SelectField
        label="Product"
        name="variantCode"
        value={variantCode}
        onChange={(e) => setVariantCode(e.target.value)}
        error={errors.variantCode}
        options={variantOptions.length ? variantOptions : [{ value: "", label: "The artist licenses no products of this work" }]}
      />
      <div className="grid gap-5 sm:grid-cols-2">
        <TextField
          label={`Price (${artwork?.currency ?? ""})`}
          name="price"
          value={price}
          onChange={(e) => setPrice(e.target.value)}
          error={errors.price}
          inputMode="decimal"
          placeholder={chosenVariant && artwork?.currency === "EUR" ? (chosenVariant.suggestedPriceAmount / 100).toFixed(2) : "35.00"}
          hint={chosenVariant && artwork?.currency === "EUR" ? `Suggested: ${formatMoney(chosenVariant.suggestedPriceAmount, "EUR")}` : undefined}
        />
        <TextField
          label="Discount (%, optional)"
          name="discount"
          value={discount}
          onChange={(e) => setDiscount(e.target.value)}
          error={errors.discount}
          inputMode="decimal"
          placeholder="0"
        />
      </div>
      {errors._form ? <Alert>{errors._form}</Alert> : null}
      {notice ? <Alert tone="success">{notice}</Alert> : null}
      <div>
        <Button type="submit" disabled={create.isPending || !variantCode}>
          {create.isPending ? "Listing…" : "List it"}
        </Button>
      </div>
    </form>
  );
}
