"use client";

import { CURRENCIES } from "@atelier/core/money";
import { createShowSchema, LIVE_SHOW_PLATFORM_LABELS, LIVE_SHOW_PLATFORMS } from "@atelier/core/schemas/live-shows";
import { Alert, Button, SelectField, TextField } from "@atelier/ui";
import { useMutation } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { serverFieldErrors, zodFieldErrors, type FieldErrorMap } from "~/lib/field-errors";
import { useTRPC } from "~/trpc/react";

/** Title, time, platform and currency of a new show; on success the console opens. */
export function CreateShowForm() {
  const trpc = useTRPC();
  const router = useRouter();
  const [errors, setErrors] = useState<FieldErrorMap>({});
  const create = useMutation(
    trpc.liveShow.create.mutationOptions({
      onSuccess: (show) => router.push(`/studio/shows/${show.id}`),
      onError: (e) => setErrors({ _form: e.message, ...serverFieldErrors(e) }),
    }),
  );
  return (
    <form
      method="post"
      noValidate
      className="grid gap-4 sm:grid-cols-2"
      onSubmit={(e) => {
        e.preventDefault();
        const form = new FormData(e.currentTarget);
        const when = String(form.get("startsAt") ?? "");
        const parsed = createShowSchema.safeParse({
          title: form.get("title"),
          // the browser's datetime-local is the operator's local time
          startsAt: when ? new Date(when) : undefined,
          platform: form.get("platform"),
          currency: form.get("currency"),
        });
        if (!parsed.success) return setErrors(zodFieldErrors(parsed.error));
        setErrors({});
        create.mutate(parsed.data);
      }}
    >
      <TextField label="Title" name="title" required maxLength={120} placeholder="Friday studio live" error={errors.title} className="sm:col-span-2" />
      <TextField label="Starts" name="startsAt" type="datetime-local" required error={errors.startsAt} />
      <SelectField
        label="Where"
        name="platform"
        defaultValue="INSTAGRAM"
        options={LIVE_SHOW_PLATFORMS.map((p) => ({ value: p, label: LIVE_SHOW_PLATFORM_LABELS[p] }))}
        error={errors.platform}
      />
      <SelectField label="Currency" name="currency" defaultValue="EUR" options={CURRENCIES.map((c) => ({ value: c, label: c }))} error={errors.currency} />
      <div className="flex items-end">
        <Button type="submit" disabled={create.isPending}>
          {create.isPending ? "Creating…" : "Create show"}
        </Button>
      </div>
      {errors._form && !Object.keys(errors).some((k) => k !== "_form") ? (
        <Alert tone="error" className="sm:col-span-2">
          {errors._form}
        </Alert>
      ) : null}
    </form>
  );
}
