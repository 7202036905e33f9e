"use client";

import { Alert, Button, TextField } from "@atelier/ui";
import { useActionState } from "react";
import { emptyFormState } from "~/lib/form-state";
import { signUpAction } from "./actions";

export function SignUpForm({ callbackUrl }: { callbackUrl: string }) {
  const [state, action, pending] = useActionState(signUpAction, emptyFormState);
  if (state.notice) {
    return (
      <div className="mt-8 space-y-4" data-testid="sign-up-check-email">
        <Alert tone="success">{state.notice}</Alert>
        <p className="text-sm text-ink-soft">If you already had an account with this address, the mail says how to sign in or reset your password.</p>
      </div>
    );
  }
  return (
    <form action={action} noValidate className="mt-8 space-y-5" aria-label="Create account">
      {state.error ? <Alert>{state.error}</Alert> : null}
      <input type="hidden" name="callbackUrl" value={callbackUrl} />
      <TextField label="Name" name="name" autoComplete="name" defaultValue={state.values?.name} error={state.fields?.name} />
      <TextField label="Email" name="email" type="email" autoComplete="email" defaultValue={state.values?.email} error={state.fields?.email} />
      <TextField label="Password" name="password" type="password" autoComplete="new-password" hint="At least 8 characters." error={state.fields?.password} />
      <Button type="submit" className="w-full" disabled={pending}>
        {pending ? "Creating your account…" : "Create account"}
      </Button>
    </form>
  );
}
