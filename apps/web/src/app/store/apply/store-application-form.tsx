"use client";

import { CONNECT_COUNTRIES } from "@atelier/core/schemas/countries";
import { storeApplicationSchema } from "@atelier/core/schemas/stores";
import { Alert, Button, SelectField, TextAreaField, TextField } from "@atelier/ui";
import { useMutation } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { serverFieldErrors, zodFieldErrors, type FieldErrorMap } from "~/lib/field-errors";
import { useTRPC } from "~/trpc/react";

const COUNTRY_OPTIONS = Object.entries(CONNECT_COUNTRIES)
  .map(([value, label]) => ({ value, label }))
  .sort((a, b) => a.label.localeCompare(b.label));

const onErrorOf = (setErrors: (e: FieldErrorMap) => void) => (e: unknown) => {
  const f = serverFieldErrors(e);
  setErrors(Object.keys(f).length ? f : { _form: (e as Error).message });
};

export function StoreApplicationForm() {
  const trpc = useTRPC();
  const router = useRouter();
  const [values, setValues] = useState({ name: "", description: "", website: "", reason: "", country: "IE" });
  const [errors, setErrors] = useState<FieldErrorMap>({});
  const submit = useMutation(trpc.store.submitApplication.mutationOptions({ onSuccess: () => router.replace("/store/apply"), onError: onErrorOf(setErrors) }));
  const set = (k: keyof typeof values) => (e: { target: { value: string } }) => setValues((v) => ({ ...v, [k]: e.target.value }));
  return (
    <form
      method="post"
      noValidate
      className="grid gap-6"
      onSubmit={(e) => {
        e.preventDefault();
        const parsed = storeApplicationSchema.safeParse(values);
        if (!parsed.success) return setErrors(zodFieldErrors(parsed.error));
        setErrors({});
        submit.mutate(values);
      }}
    >
      <TextField label="Store name" name="name" value={values.name} onChange={set("name")} error={errors.name} hint="As buyers will see it." />
      <TextAreaField
        label="About your store"
        name="description"
        value={values.description}
        onChange={set("description")}
        error={errors.description}
        hint="Shown on your store's public page."
        rows={4}
      />
      <TextAreaField
        label="What would you sell, and to whom?"
        name="reason"
        value={values.reason}
        onChange={set("reason")}
        error={errors.reason}
        hint="For our team only."
        rows={4}
      />
      <div className="grid gap-6 sm:grid-cols-2">
        <TextField
          label="Website (optional)"
          name="website"
          value={values.website}
          onChange={set("website")}
          error={errors.website}
          placeholder="https://"
          inputMode="url"
        />
        <SelectField
          label="Country for payouts"
          name="country"
          value={values.country}
          onChange={set("country")}
          error={errors.country}
          options={COUNTRY_OPTIONS}
          hint="Where your bank account is."
        />
      </div>
      {errors._form ? <Alert>{errors._form}</Alert> : null}
      <div className="border-t border-line pt-6">
        <Button type="submit" disabled={submit.isPending}>
          {submit.isPending ? "Submitting…" : "Submit application"}
        </Button>
      </div>
    </form>
  );
}

export function WithdrawStoreApplication() {
  const trpc = useTRPC();
  const router = useRouter();
  const [errors, setErrors] = useState<FieldErrorMap>({});
  const withdraw = useMutation(trpc.store.withdrawApplication.mutationOptions({ onSuccess: () => router.refresh(), onError: onErrorOf(setErrors) }));
  return (
    <div className="space-y-3">
      <Button variant="secondary" disabled={withdraw.isPending} onClick={() => withdraw.mutate()}>
        {withdraw.isPending ? "Withdrawing…" : "Withdraw application"}
      </Button>
      {errors._form ? <Alert>{errors._form}</Alert> : null}
    </div>
  );
}
