"use client";

import { markShippedSchema } from "@atelier/core/schemas/orders";
import { Alert, Button, TextField } from "@atelier/ui";
import { useMutation } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { serverFieldErrors, zodFieldErrors, type FieldErrorMap } from "~/lib/field-errors";
import { useTRPC } from "~/trpc/react";

/** Carrier and tracking number, checked with the router's own schema before it is sent. */
export function MarkShippedForm({ orderItemId }: { orderItemId: string }) {
  const trpc = useTRPC();
  const router = useRouter();
  const [errors, setErrors] = useState<FieldErrorMap>({});
  const ship = useMutation(
    trpc.sales.markShipped.mutationOptions({
      onSuccess: () => {
        setErrors({});
        router.refresh();
      },
      onError: (e) =>
        setErrors({ ...serverFieldErrors(e), ...(serverFieldErrors(e).carrier || serverFieldErrors(e).trackingNumber ? {} : { _form: e.message }) }),
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
        const parsed = markShippedSchema.safeParse({ orderItemId, carrier: form.get("carrier"), trackingNumber: form.get("trackingNumber") });
        if (!parsed.success) return setErrors(zodFieldErrors(parsed.error));
        ship.mutate(parsed.data);
      }}
    >
      <TextField label="Carrier" name="carrier" autoComplete="off" placeholder="DHL, An Post, UPS…" error={errors.carrier} />
      <TextField label="Tracking number" name="trackingNumber" autoComplete="off" error={errors.trackingNumber} />
      <div className="flex flex-wrap items-center gap-3 sm:col-span-2">
        <Button type="submit" disabled={ship.isPending}>
          {ship.isPending ? "Saving…" : "Mark as shipped"}
        </Button>
        <span className="text-sm text-muted">The buyer is emailed the carrier and tracking number.</span>
      </div>
      {errors._form ? (
        <Alert tone="error" className="sm:col-span-2">
          {errors._form}
        </Alert>
      ) : null}
    </form>
  );
}
