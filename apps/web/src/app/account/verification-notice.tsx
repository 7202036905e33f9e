"use client";

import { Alert, Button } from "@atelier/ui";
import { useActionState } from "react";
import { emptyFormState } from "~/lib/form-state";
import { resendVerificationAction } from "./actions";

/** Until the address is confirmed: says so, and sends a fresh link on request. */
export function VerificationNotice() {
  const [state, action, pending] = useActionState(resendVerificationAction, emptyFormState);
  return (
    <form action={action} className="mt-6" aria-label="Confirm your email address" data-testid="verification-notice">
      <Alert tone="info" className="flex flex-wrap items-center justify-between gap-3">
        <span>{state.notice ?? "Please confirm your email address: open the link we mailed you."}</span>
        {state.notice ? null : (
          <Button type="submit" variant="secondary" disabled={pending}>
            {pending ? "Sending…" : "Send the link again"}
          </Button>
        )}
      </Alert>
    </form>
  );
}
