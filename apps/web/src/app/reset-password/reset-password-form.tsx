"use client";

import { Alert, Button, TextField } from "@atelier/ui";
import Link from "next/link";
import { useActionState } from "react";
import { emptyFormState } from "~/lib/form-state";
import { resetPasswordAction } from "./actions";

export function ResetPasswordForm({ token }: { token: string }) {
  const [state, action, pending] = useActionState(resetPasswordAction, emptyFormState);
  const linkProblem = state.error ?? state.fields?.token;
  return (
    <form action={action} noValidate className="mt-8 space-y-5" aria-label="Choose a new password">
      {linkProblem ? (
        <Alert>
          {linkProblem}{" "}
          <Link href="/forgot-password" className="font-medium underline underline-offset-4">
            Ask for a new link
          </Link>
        </Alert>
      ) : null}
      <input type="hidden" name="token" value={token} />
      <TextField
        label="New password"
        name="password"
        type="password"
        autoComplete="new-password"
        hint="At least 8 characters."
        error={state.fields?.password}
      />
      <Button type="submit" className="w-full" disabled={pending}>
        {pending ? "Saving…" : "Set my new password"}
      </Button>
    </form>
  );
}
