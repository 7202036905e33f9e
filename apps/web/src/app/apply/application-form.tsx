"use client";

import { applicationDraftSchema, applicationSubmitSchema, type ApplicationDraftInput } from "@atelier/core/schemas/applications";
import { CONNECT_COUNTRIES } from "@atelier/core/schemas/countries";
import { Alert, Button, SelectField, TextAreaField, TextField } from "@atelier/ui";
import { useMutation } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { serverFieldErrors, zodFieldErrors, type FieldErrorMap } from "~/lib/field-errors";
import { useTRPC } from "~/trpc/react";

const COUNTRY_OPTIONS = Object.entries(CONNECT_COUNTRIES)
  .map(([value, label]) => ({ value, label }))
  .sort((a, b) => a.label.localeCompare(b.label));

type Values = Required<{ [K in keyof ApplicationDraftInput]: NonNullable<ApplicationDraftInput[K]> }>;

export function ApplicationForm({ initial, savedAt }: { initial: Values; savedAt: string | null }) {
  const trpc = useTRPC();
  const router = useRouter();
  const [values, setValues] = useState<Values>(initial);
  const [errors, setErrors] = useState<FieldErrorMap>({});
  const [notice, setNotice] = useState<string | null>(savedAt ? "Draft saved. Submit when you are ready." : null);
  const onError = (e: unknown) => {
    setNotice(null);
    const fields = serverFieldErrors(e);
    setErrors(Object.keys(fields).length ? fields : { _form: (e as Error).message });
  };
  const save = useMutation(
    trpc.artist.application.saveDraft.mutationOptions({ onSuccess: () => (setErrors({}), setNotice("Draft saved."), router.refresh()), onError }),
  );
  const submit = useMutation(trpc.artist.application.submit.mutationOptions({ onSuccess: () => router.refresh(), onError }));
  const busy = save.isPending || submit.isPending;

  const set = (k: keyof Values) => (e: { target: { value: string } }) => setValues((v) => ({ ...v, [k]: e.target.value }));
  const run = (kind: "draft" | "submit") => {
    setNotice(null);
    const parsed = (kind === "draft" ? applicationDraftSchema : applicationSubmitSchema).safeParse(values);
    if (!parsed.success) return setErrors(zodFieldErrors(parsed.error));
    setErrors({});
    if (kind === "draft") save.mutate(values);
    else submit.mutate({ ...values, portfolioUrl: values.portfolioUrl, acceptTerms: true });
  };

  return (
    <form
      method="post"
      noValidate
      className="grid gap-6"
      onSubmit={(e) => {
        e.preventDefault();
        run("submit");
      }}
    >
      <div className="grid gap-6 sm:grid-cols-2">
        <TextField
          label="Artist name"
          name="displayName"
          value={values.displayName}
          onChange={set("displayName")}
          error={errors.displayName}
          hint="As it should appear on your profile."
          autoComplete="name"
        />
        <TextField
          label="Portfolio link"
          name="portfolioUrl"
          value={values.portfolioUrl}
          onChange={set("portfolioUrl")}
          error={errors.portfolioUrl}
          placeholder="https://"
          inputMode="url"
        />
      </div>
      <TextAreaField
        label="Artist statement"
        name="statement"
        value={values.statement}
        onChange={set("statement")}
        error={errors.statement}
        hint="What you make, how, and why. A few paragraphs is plenty."
        rows={7}
      />
      <div className="grid gap-6 sm:grid-cols-2">
        <TextField
          label="Instagram (optional)"
          name="instagramHandle"
          value={values.instagramHandle}
          onChange={set("instagramHandle")}
          error={errors.instagramHandle}
          placeholder="@yourstudio"
        />
        <TextField
          label="Website (optional)"
          name="website"
          value={values.website}
          onChange={set("website")}
          error={errors.website}
          placeholder="https://"
          inputMode="url"
        />
      </div>
      <TextAreaField
        label="Previous exhibitions (optional)"
        name="previousExhibitions"
        value={values.previousExhibitions}
        onChange={set("previousExhibitions")}
        error={errors.previousExhibitions}
        hint="One per line: venue, city, year."
        rows={4}
      />
      <SelectField
        label="Country for payouts"
        name="country"
        value={values.country}
        onChange={set("country")}
        error={errors.country}
        hint="Where your bank account is. Your Stripe payout account is opened in this country when you're approved."
        options={COUNTRY_OPTIONS}
        className="sm:max-w-sm"
      />
      <div>
        <label className="flex items-start gap-3 text-sm text-ink">
          <input
            type="checkbox"
            name="acceptTerms"
            checked={values.acceptTerms}
            onChange={(e) => setValues((v) => ({ ...v, acceptTerms: e.target.checked }))}
            className="mt-0.5 size-4 accent-[var(--color-accent)]"
            aria-invalid={errors.acceptTerms ? true : undefined}
          />
          <span>I accept the artist terms: I made the work I list, I own its rights, and Atelier keeps a platform fee on each sale.</span>
        </label>
        {errors.acceptTerms ? (
          <p role="alert" className="mt-1.5 text-sm text-accent-deep">
            {errors.acceptTerms}
          </p>
        ) : null}
      </div>
      {errors._form ? <Alert>{errors._form}</Alert> : null}
      {notice ? <Alert tone="success">{notice}</Alert> : null}
      <div className="flex flex-wrap items-center gap-3 border-t border-line pt-6">
        <Button type="submit" disabled={busy}>
          {submit.isPending ? "Submitting…" : "Submit application"}
        </Button>
        <Button type="button" variant="secondary" disabled={busy} onClick={() => run("draft")}>
          {save.isPending ? "Saving…" : "Save draft"}
        </Button>
      </div>
    </form>
  );
}
