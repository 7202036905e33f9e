"use client";

import { transferCertificateSchema } from "@atelier/core/schemas/certificates";
import { Alert, Button, TextField } from "@atelier/ui";
import { useMutation } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { serverFieldErrors, zodFieldErrors, type FieldErrorMap } from "~/lib/field-errors";
import { useTRPC } from "~/trpc/react";

/** The owner hands the certificate to another Atelier account (a private sale), checked with the router's schema. */
export function TransferCertificateForm({ serial }: { serial: string }) {
  const trpc = useTRPC();
  const router = useRouter();
  const [errors, setErrors] = useState<FieldErrorMap>({});
  const transfer = useMutation(
    trpc.certificate.transfer.mutationOptions({
      onSuccess: () => {
        setErrors({});
        router.refresh();
      },
      onError: (e) => setErrors({ ...serverFieldErrors(e), ...(serverFieldErrors(e).email ? {} : { _form: e.message }) }),
    }),
  );
  return (
    <form
      method="post"
      noValidate
      className="space-y-3"
      onSubmit={(e) => {
        e.preventDefault();
        const form = new FormData(e.currentTarget);
        const parsed = transferCertificateSchema.safeParse({ serial, email: form.get("email") });
        if (!parsed.success) return setErrors(zodFieldErrors(parsed.error));
        if (!window.confirm(`Transfer this certificate to ${parsed.data.email}? You will no longer hold it.`)) return;
        transfer.mutate(parsed.data);
      }}
    >
      <TextField
        label="New owner's email"
        name="email"
        type="email"
        autoComplete="off"
        hint="They need an Atelier account. The certificate is signed again for them; the current code stops being the current one."
        error={errors.email}
      />
      <Button type="submit" variant="secondary" disabled={transfer.isPending}>
        {transfer.isPending ? "Transferring…" : "Transfer ownership"}
      </Button>
      {errors._form ? <Alert tone="error">{errors._form}</Alert> : null}
    </form>
  );
}
