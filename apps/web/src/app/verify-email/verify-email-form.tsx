"use client";

import { Alert, Button, buttonClass } from "@atelier/ui";
import Link from "next/link";
import { useActionState } from "react";
import { emptyFormState } from "~/lib/form-state";
import { verifyEmailAction } from "./actions";

export function VerifyEmailForm({ token }: { token: string }) {
  const [state, action, pending] = useActionState(verifyEmailAction, emptyFormState);
  if (state.notice) {
    return (
      <div className="mt-8 space-y-6">
        <Alert tone="success">{state.notice}</Alert>
        <Link href="/account" className={buttonClass("primary")}>
          Go to your account
        </Link>
      </div>
    );
  }
  return (
    <form action={action} className="mt-8 space-y-5" aria-label="Confirm your email address">
      {state.error ? <Alert>{state.error}</Alert> : null}
      <input type="hidden" name="token" value={token} />
      <Button type="submit" className="w-full" disabled={pending}>
        {pending ? "Confirming…" : "Confirm my address"}
      </Button>
    </form>
  );
}
