"use client";

import { rejectStoreApplicationSchema } from "@atelier/core/schemas/stores";
import { Alert, Button, TextAreaField } from "@atelier/ui";
import { useMutation } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { serverFieldErrors, zodFieldErrors, type FieldErrorMap } from "~/lib/field-errors";
import { useTRPC } from "~/trpc/react";

/** Approve, or reject with a reason the applicant will read. */
export function StoreReviewActions({ id }: { id: string }) {
  const trpc = useTRPC();
  const router = useRouter();
  const [rejecting, setRejecting] = useState(false);
  const [reason, setReason] = useState("");
  const [errors, setErrors] = useState<FieldErrorMap>({});
  const onError = (e: unknown) => {
    const f = serverFieldErrors(e);
    setErrors(Object.keys(f).length ? f : { _form: (e as Error).message });
  };
  const approve = useMutation(trpc.admin.storeApplication.approve.mutationOptions({ onSuccess: () => router.refresh(), onError }));
  const reject = useMutation(trpc.admin.storeApplication.reject.mutationOptions({ onSuccess: () => router.refresh(), onError }));
  const busy = approve.isPending || reject.isPending;

  if (!rejecting) {
    return (
      <div className="space-y-3">
        <h2 className="text-xl">Decision</h2>
        <p className="text-sm text-ink-soft">Approving grants the store-owner role, opens their store page and mails them next steps.</p>
        {errors._form ? <Alert>{errors._form}</Alert> : null}
        <Button className="w-full" disabled={busy} onClick={() => approve.mutate({ id })}>
          {approve.isPending ? "Approving…" : "Approve"}
        </Button>
        <Button variant="danger" className="w-full" disabled={busy} onClick={() => setRejecting(true)}>
          Reject…
        </Button>
      </div>
    );
  }
  return (
    <form
      method="post"
      noValidate
      className="space-y-3"
      onSubmit={(e) => {
        e.preventDefault();
        const parsed = rejectStoreApplicationSchema.safeParse({ id, reason });
        if (!parsed.success) return setErrors(zodFieldErrors(parsed.error));
        setErrors({});
        reject.mutate(parsed.data);
      }}
    >
      <h2 className="text-xl">Reject store application</h2>
      <TextAreaField
        label="Reason (sent to the applicant)"
        name="reason"
        value={reason}
        onChange={(e) => setReason(e.target.value)}
        error={errors.reason}
        hint="Be kind and specific: 10–2000 characters."
        rows={6}
        autoFocus
      />
      {errors._form ? <Alert>{errors._form}</Alert> : null}
      <div className="flex gap-2">
        <Button type="submit" variant="danger" disabled={busy}>
          {reject.isPending ? "Rejecting…" : "Reject and notify"}
        </Button>
        <Button type="button" variant="ghost" disabled={busy} onClick={() => (setRejecting(false), setErrors({}))}>
          Cancel
        </Button>
      </div>
    </form>
  );
}
