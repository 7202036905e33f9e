"use client";

import { Alert, Button, TextField } from "@atelier/ui";
import { useActionState } from "react";
import { emptyFormState } from "~/lib/form-state";
import { requestResetAction } from "./actions";

export function ForgotPasswordForm() {
  const [state, action, pending] = useActionState(requestResetAction, emptyFormState);
  if (state.notice)
    return (
      <Alert tone="success" className="mt-8">
        {state.notice}
      </Alert>
    );
  return (
    <form action={action} noValidate className="mt-8 space-y-5" aria-label="Reset your password">
      {state.error ? <Alert>{state.error}</Alert> : null}
      <TextField label="Email" name="email" type="email" autoComplete="email" defaultValue={state.values?.email} error={state.fields?.email} />
      <Button type="submit" className="w-full" disabled={pending}>
        {pending ? "Sending…" : "Send me a reset link"}
      </Button>
    </form>
  );
}
