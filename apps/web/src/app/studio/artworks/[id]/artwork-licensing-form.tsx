"use client";

import type { RouterOutputs } from "@atelier/api";
import { ARTWORK_CURRENCIES } from "@atelier/core/schemas/artwork";
import { artworkLicensingTermsSchema, type ArtworkLicensingTermsInput } from "@atelier/core/schemas/licensing";
import { Alert, Button, TextField } from "@atelier/ui";
import { keepPreviousData, useMutation, useQuery } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useMemo, useState } from "react";
import { EarningsExample } from "~/components/licensing/earnings-example";
import { ProductTypeChoices } from "~/components/licensing/product-type-choices";
import { serverFieldErrors, zodFieldErrors, type FieldErrorMap } from "~/lib/field-errors";
import { useDebouncedValue } from "~/lib/use-debounced-value";
import { useTRPC } from "~/trpc/react";
import { SelectField } from "../select-field";

type View = RouterOutputs["licensing"]["artwork"];

interface Values {
  royalty: string;
  minimumPrice: string;
  currency: string;
  maxDiscount: string;
  stores: "follow" | "allow" | "deny";
  products: "follow" | "choose";
  productTypes: string[];
}

const blankToNull = (s: string) => (s.trim() === "" ? null : s);

/** Empty fields and "follow" choices become null: the work follows the artist's terms there. */
function toInput(artworkId: string, v: Values): ArtworkLicensingTermsInput {
  return {
    artworkId,
    royalty: blankToNull(v.royalty),
    minimumPrice: blankToNull(v.minimumPrice),
    currency: blankToNull(v.minimumPrice) === null ? null : v.currency,
    maxDiscount: blankToNull(v.maxDiscount),
    allowThirdPartyStores: v.stores === "follow" ? null : v.stores === "allow",
    productTypes: v.products === "follow" ? null : v.productTypes,
  };
}

function initialValues(view: View): Values {
  const f = view.form;
  return {
    royalty: f.royalty,
    minimumPrice: f.minimumPrice,
    currency: f.currency,
    maxDiscount: f.maxDiscount,
    stores: f.allowThirdPartyStores === null ? "follow" : f.allowThirdPartyStores ? "allow" : "deny",
    products: f.productTypes === null ? "follow" : "choose",
    productTypes: f.productTypes ?? view.inheritedForm.productTypes,
  };
}

/** One artwork's exceptions to the artist's licensing terms, with its own live earnings example in the work's currency. */
export function ArtworkLicensingForm({ view }: { view: View }) {
  const trpc = useTRPC();
  const router = useRouter();
  const artworkId = view.artwork.id;
  const inherited = view.inheritedForm;
  const [values, setValues] = useState(() => initialValues(view));
  const [serverErrors, setServerErrors] = useState<FieldErrorMap>({});
  const [notice, setNotice] = useState<string | null>(null);
  const input = useMemo(() => toInput(artworkId, values), [artworkId, values]);
  const parsed = useMemo(() => artworkLicensingTermsSchema.safeParse(input), [input]);
  const errors = { ...(parsed.success ? {} : zodFieldErrors(parsed.error)), ...serverErrors };
  const startedAs = useMemo(() => JSON.stringify(toInput(artworkId, initialValues(view))), [artworkId, view]);

  const draft = useDebouncedValue(parsed.success ? JSON.stringify(input) : null);
  const preview = useQuery(
    trpc.licensing.previewArtwork.queryOptions(draft ? (JSON.parse(draft) as ArtworkLicensingTermsInput) : input, {
      enabled: draft !== null && draft !== startedAs,
      placeholderData: keepPreviousData,
    }),
  );
  const example = draft === startedAs || !preview.data ? view.example : preview.data;
  const save = useMutation(
    trpc.licensing.updateArtwork.mutationOptions({
      onSuccess: (r) => {
        setNotice(!r.changed ? "Nothing changed." : r.overridden ? "Saved: this work has its own terms." : "Saved: this work follows your terms again.");
        router.refresh();
      },
      onError: (e) => setServerErrors(serverFieldErrors(e)),
    }),
  );
  const set = <K extends keyof Values>(k: K, v: Values[K]) => {
    setNotice(null);
    setServerErrors({});
    setValues((old) => ({ ...old, [k]: v }));
  };
  const follows = (what: string) => `Leave empty to use your terms (${what}).`;

  return (
    <div className="space-y-10">
      <form
        noValidate
        className="grid gap-6 sm:grid-cols-2"
        onSubmit={(e) => {
          e.preventDefault();
          if (parsed.success) save.mutate(input);
        }}
      >
        <TextField
          label="Royalty from other stores (%)"
          name="royalty"
          inputMode="decimal"
          placeholder={inherited.royalty}
          value={values.royalty}
          onChange={(e) => set("royalty", e.target.value)}
          error={errors.royalty}
          hint={follows(`${inherited.royalty}%`)}
        />
        <TextField
          label="Largest discount (%)"
          name="maxDiscount"
          inputMode="decimal"
          placeholder={inherited.maxDiscount}
          value={values.maxDiscount}
          onChange={(e) => set("maxDiscount", e.target.value)}
          error={errors.maxDiscount}
          hint={follows(`${inherited.maxDiscount}%`)}
        />
        <div className="grid grid-cols-[1fr_7rem] gap-3 sm:col-span-2 sm:max-w-md">
          <TextField
            label="Minimum price"
            name="minimumPrice"
            inputMode="decimal"
            placeholder={inherited.minimumPrice}
            value={values.minimumPrice}
            onChange={(e) => set("minimumPrice", e.target.value)}
            error={errors.minimumPrice}
          />
          <SelectField
            label="Currency"
            name="currency"
            value={values.currency}
            onChange={(e) => set("currency", e.target.value)}
            error={errors.currency}
            options={ARTWORK_CURRENCIES.map((c) => ({ value: c, label: c }))}
          />
          <p className="col-span-2 -mt-1 text-sm text-muted">{follows(`${inherited.minimumPrice} ${inherited.currency}`)}</p>
        </div>
        <SelectField
          label="Other stores"
          name="stores"
          value={values.stores}
          onChange={(e) => set("stores", e.target.value as Values["stores"])}
          options={[
            { value: "follow", label: `As your terms (${inherited.allowThirdPartyStores ? "allowed" : "not allowed"})` },
            { value: "allow", label: "Allowed for this work" },
            { value: "deny", label: "Not allowed for this work" },
          ]}
          className="sm:col-span-2 sm:max-w-md"
        />
        <div className="space-y-3 sm:col-span-2">
          <SelectField
            label="Products"
            name="products"
            value={values.products}
            onChange={(e) => set("products", e.target.value as Values["products"])}
            options={[
              { value: "follow", label: "As your terms" },
              { value: "choose", label: "Chosen for this work" },
            ]}
            className="sm:max-w-md"
          />
          {values.products === "choose" ? (
            <ProductTypeChoices
              legend="This work may be made into"
              productTypes={view.productTypes}
              selected={values.productTypes}
              onChange={(codes) => set("productTypes", codes)}
              error={errors.productTypes}
            />
          ) : null}
        </div>
        <div className="flex flex-wrap items-center gap-3 sm:col-span-2">
          <Button type="submit" disabled={save.isPending || !parsed.success}>
            {save.isPending ? "Saving…" : "Save licensing for this work"}
          </Button>
          {notice ? (
            <Alert tone="success" className="py-2">
              {notice}
            </Alert>
          ) : null}
          {save.error && !Object.keys(serverErrors).length ? <Alert>{save.error.message}</Alert> : null}
        </div>
      </form>
      <EarningsExample example={example} updating={preview.isFetching || (parsed.success && draft !== JSON.stringify(input))} />
    </div>
  );
}
