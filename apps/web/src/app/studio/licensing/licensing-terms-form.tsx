"use client";

import type { RouterOutputs } from "@atelier/api";
import { licensingTermsSchema, type LicensingTermsInput } from "@atelier/core/schemas/licensing";
import { ARTWORK_CURRENCIES } from "@atelier/core/schemas/artwork";
import { Alert, Button, TextField } from "@atelier/ui";
import { keepPreviousData, useMutation, useQuery } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useMemo, useState } from "react";
import { EarningsExample } from "~/components/licensing/earnings-example";
import { ProductTypeChoices } from "~/components/licensing/product-type-choices";
import { serverFieldErrors, zodFieldErrors, type FieldErrorMap } from "~/lib/field-errors";
import { useDebouncedValue } from "~/lib/use-debounced-value";
import { useTRPC } from "~/trpc/react";
import { SelectField } from "../artworks/select-field";

type Mine = RouterOutputs["licensing"]["mine"];

/** The artist's licensing terms, with the earnings example following every change (validated with the procedure's own schema). */
export function LicensingTermsForm({
  initial,
  productTypes,
  initialExample,
}: {
  initial: LicensingTermsInput;
  productTypes: Mine["productTypes"];
  initialExample: Mine["example"];
}) {
  const trpc = useTRPC();
  const router = useRouter();
  const [values, setValues] = useState(initial);
  const [submitted, setSubmitted] = useState(false);
  const [serverErrors, setServerErrors] = useState<FieldErrorMap>({});
  const [notice, setNotice] = useState<string | null>(null);
  const parsed = useMemo(() => licensingTermsSchema.safeParse(values), [values]);
  const liveErrors = parsed.success ? {} : zodFieldErrors(parsed.error);
  const errors = { ...(submitted ? liveErrors : pickTouched(liveErrors, values, initial)), ...serverErrors };

  // the example follows the last valid terms, once typing pauses
  const draft = useDebouncedValue(parsed.success ? JSON.stringify(values) : null);
  const preview = useQuery(
    trpc.licensing.preview.queryOptions(draft ? (JSON.parse(draft) as LicensingTermsInput) : values, {
      enabled: draft !== null && draft !== JSON.stringify(initial),
      placeholderData: keepPreviousData,
    }),
  );
  const example = draft === JSON.stringify(initial) || !preview.data ? initialExample : preview.data;

  const save = useMutation(
    trpc.licensing.update.mutationOptions({
      onSuccess: (r) => {
        setNotice(r.changed ? "Saved. Sales already made keep the terms they were sold under." : "Nothing changed.");
        router.refresh();
      },
      onError: (e) => setServerErrors(serverFieldErrors(e)),
    }),
  );
  const set = <K extends keyof LicensingTermsInput>(k: K, v: LicensingTermsInput[K]) => {
    setNotice(null);
    setServerErrors({});
    setValues((old) => ({ ...old, [k]: v }));
  };

  return (
    <div className="grid gap-12 lg:grid-cols-[minmax(0,24rem)_1fr]">
      <form
        noValidate
        className="space-y-6"
        onSubmit={(e) => {
          e.preventDefault();
          setSubmitted(true);
          if (parsed.success) save.mutate(values);
        }}
      >
        <TextField
          label="Royalty from other stores (%)"
          name="royalty"
          inputMode="decimal"
          value={values.royalty}
          onChange={(e) => set("royalty", e.target.value)}
          error={errors.royalty}
          hint="Your share of the price a buyer pays a store, after any discount. Up to 50%."
        />
        <div className="grid grid-cols-[1fr_7rem] gap-3">
          <TextField
            label="Minimum price"
            name="minimumPrice"
            inputMode="decimal"
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
          <p className="col-span-2 -mt-1 text-sm text-muted">
            No unit of your work sells for less, discounts included. Other currencies use Atelier&apos;s reference rates, rounded up.
          </p>
        </div>
        <TextField
          label="Largest discount (%)"
          name="maxDiscount"
          inputMode="decimal"
          value={values.maxDiscount}
          onChange={(e) => set("maxDiscount", e.target.value)}
          error={errors.maxDiscount}
          hint="The most any seller may take off the price. Up to 90%."
        />
        <label className="flex items-start gap-3 text-sm text-ink">
          <input
            type="checkbox"
            name="allowThirdPartyStores"
            checked={values.allowThirdPartyStores}
            onChange={(e) => set("allowThirdPartyStores", e.target.checked)}
            className="mt-0.5 size-4 accent-[var(--color-accent)]"
          />
          <span>
            <span className="font-medium">Let other stores sell my work</span>
            <span className="block text-ink-soft">Curators, galleries and shops on Atelier, within these terms. Off until you turn it on.</span>
          </span>
        </label>
        <ProductTypeChoices
          productTypes={productTypes}
          selected={values.productTypes}
          onChange={(codes) => set("productTypes", codes)}
          error={errors.productTypes}
        />
        {notice ? <Alert tone="success">{notice}</Alert> : null}
        {save.error && !Object.keys(serverErrors).length ? <Alert>{save.error.message}</Alert> : null}
        <Button type="submit" disabled={save.isPending}>
          {save.isPending ? "Saving…" : "Save terms"}
        </Button>
      </form>
      <EarningsExample example={example} updating={preview.isFetching || (parsed.success && draft !== JSON.stringify(values))} />
    </div>
  );
}

/** Before the first save attempt, show a field's error only once it differs from what was loaded (no red form on arrival). */
function pickTouched(errors: FieldErrorMap, values: LicensingTermsInput, initial: LicensingTermsInput): FieldErrorMap {
  return Object.fromEntries(
    Object.entries(errors).filter(([k]) => (values as Record<string, unknown>)[k.split(".")[0]!] !== (initial as Record<string, unknown>)[k.split(".")[0]!]),
  );
}
