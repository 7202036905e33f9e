"use client";

import { Alert, Button } from "@atelier/ui";
import Link from "next/link";
import { useActionState } from "react";
import { emptyFormState } from "~/lib/form-state";
import { unsubscribeAction } from "./actions";

export function UnsubscribeForm({ token, name }: { token: string; name: string }) {
  const [state, action, pending] = useActionState(unsubscribeAction, emptyFormState);
  if (state.notice) {
    return (
      <div className="mt-8 space-y-6">
        <Alert tone="success" data-testid="unsubscribe-done">
          {state.notice}
        </Alert>
        <ManageLink />
      </div>
    );
  }
  return (
    <>
      <p className="mt-2 text-ink-soft">
        You get an email, at most once a day, when a new work matches <span className="font-medium text-ink">“{name}”</span>.
      </p>
      <form action={action} className="mt-8 space-y-5" aria-label={`Stop alerts for ${name}`}>
        {state.error ? <Alert>{state.error}</Alert> : null}
        <input type="hidden" name="token" value={token} />
        <Button type="submit" className="w-full" disabled={pending}>
          {pending ? "Stopping…" : "Stop alerts for this search"}
        </Button>
        <p className="text-sm text-ink-soft">The search stays saved on your account; only its emails stop.</p>
      </form>
    </>
  );
}

export function ManageLink() {
  return (
    <p className="text-sm text-ink-soft">
      Manage every saved search on{" "}
      <Link href="/account/saved-searches" className="font-medium text-ink underline underline-offset-4">
        your account
      </Link>{" "}
      (signing in first).
    </p>
  );
}
