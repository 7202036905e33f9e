"use client";

import { Alert, Button, TextField } from "@atelier/ui";
import Link from "next/link";
import { useActionState } from "react";
import { emptyFormState } from "~/lib/form-state";
import { signInAction } from "./actions";

export function SignInForm({ callbackUrl, notice }: { callbackUrl: string; notice?: string }) {
  const [state, action, pending] = useActionState(signInAction, emptyFormState);
  return (
    <form action={action} noValidate className="mt-8 space-y-5" aria-label="Sign in">
      {state.error ? <Alert>{state.error}</Alert> : notice ? <Alert tone="success">{notice}</Alert> : null}
      <input type="hidden" name="callbackUrl" value={callbackUrl} />
      <TextField label="Email" name="email" type="email" autoComplete="email" defaultValue={state.values?.email} error={state.fields?.email} />
      <TextField label="Password" name="password" type="password" autoComplete="current-password" error={state.fields?.password} />
      <p className="-mt-2 text-right text-sm">
        <Link href="/forgot-password" className="text-ink-soft underline underline-offset-4 hover:text-ink">
          Forgot your password?
        </Link>
      </p>
      <Button type="submit" className="w-full" disabled={pending}>
        {pending ? "Signing in…" : "Sign in"}
      </Button>
    </form>
  );
}
