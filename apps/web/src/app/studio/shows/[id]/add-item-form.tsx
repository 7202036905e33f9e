"use client";

import { formatMoney } from "@atelier/core/money";
import { addItemSchema } from "@atelier/core/schemas/live-shows";
import { Alert, Button, SelectField, TextField } from "@atelier/ui";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { serverFieldErrors, zodFieldErrors, type FieldErrorMap } from "~/lib/field-errors";
import { useTRPC } from "~/trpc/react";

/** Puts one of the artist's published works on sale (title, price, units from the work), or an ad-hoc item. */
export function AddItemForm({ showId, currency, onAdded }: { showId: string; currency: string; onAdded: () => void }) {
  const trpc = useTRPC();
  const qc = useQueryClient();
  const [kind, setKind] = useState<"artwork" | "adhoc">("artwork");
  const [errors, setErrors] = useState<FieldErrorMap>({});
  const worksOptions = trpc.liveShow.claimableWorks.queryOptions({ showId });
  const works = useQuery(worksOptions);
  const add = useMutation(
    trpc.liveShow.addItem.mutationOptions({
      onSuccess: () => {
        setErrors({});
        onAdded();
        void qc.invalidateQueries({ queryKey: worksOptions.queryKey });
      },
      onError: (e) => setErrors({ _form: e.message, ...serverFieldErrors(e) }),
    }),
  );
  const hasWorks = (works.data?.length ?? 0) > 0;
  return (
    <section aria-labelledby="add-item-heading" className="rounded-2xl border border-line bg-white/70 p-4 sm:p-5">
      <h2 id="add-item-heading" className="text-lg">
        Add an item
      </h2>
      <div role="radiogroup" aria-label="Kind of item" className="mt-3 flex gap-2 text-sm">
        {(["artwork", "adhoc"] as const).map((k) => (
          <label key={k} className="flex items-center gap-1.5 rounded-full border border-line px-3 py-1.5">
            <input type="radio" name="kind" checked={kind === k} onChange={() => setKind(k)} />
            {k === "artwork" ? "One of my works" : "Ad-hoc item"}
          </label>
        ))}
      </div>
      <form
        key={kind}
        noValidate
        className="mt-3 grid gap-3 sm:grid-cols-2"
        onSubmit={(e) => {
          e.preventDefault();
          const form = new FormData(e.currentTarget);
          const numberText = String(form.get("number") ?? "").trim();
          const number = numberText ? Number(numberText) : undefined;
          const raw =
            kind === "artwork"
              ? { kind, showId, number, artworkId: form.get("artworkId") }
              : { kind, showId, number, title: form.get("title"), price: form.get("price"), quantity: Number(form.get("quantity") || 1) };
          const parsed = addItemSchema.safeParse(raw);
          if (!parsed.success) return setErrors(zodFieldErrors(parsed.error));
          add.mutate(parsed.data, { onSuccess: () => (e.target as HTMLFormElement).reset() });
        }}
      >
        {kind === "artwork" ? (
          hasWorks ? (
            <SelectField
              label="Work"
              name="artworkId"
              className="sm:col-span-2"
              options={(works.data ?? []).map((w) => ({
                value: w.id,
                label: `${w.title} · ${formatMoney(w.priceAmount, w.currency)}${w.kind === "EDITION" ? ` · ${w.unitsLeft} left` : ""}`,
              }))}
              error={errors.artworkId}
            />
          ) : (
            <p className="text-sm text-ink-soft sm:col-span-2">
              {works.isLoading ? "Loading your works…" : `No published work in ${currency} with a unit left that isn't in this show already.`}
            </p>
          )
        ) : (
          <>
            <TextField label="Title" name="title" required maxLength={120} error={errors.title} className="sm:col-span-2" />
            <TextField label={`Price (${currency})`} name="price" inputMode="decimal" required error={errors.price} />
            <TextField label="Quantity" name="quantity" type="number" min={1} defaultValue={1} error={errors.quantity} />
          </>
        )}
        <TextField label="Number (optional)" name="number" type="number" min={1} hint="The next free number when empty" error={errors.number} />
        <div className="flex items-end">
          <Button type="submit" disabled={add.isPending || (kind === "artwork" && !hasWorks)}>
            {add.isPending ? "Adding…" : "Add item"}
          </Button>
        </div>
        {errors._form && !Object.keys(errors).some((k) => k !== "_form") ? (
          <Alert tone="error" className="sm:col-span-2">
            {errors._form}
          </Alert>
        ) : null}
      </form>
    </section>
  );
}
