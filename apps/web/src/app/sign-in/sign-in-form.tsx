"use client";

import { signInSchema } from "@atelier/core/schemas/accounts";
import { Alert, Button, TextField } from "@atelier/ui";
import { useRouter } from "next/navigation";
import { signIn } from "next-auth/react";
import { useState } from "react";
import { zodFieldErrors, type FieldErrorMap } from "~/lib/field-errors";

const MESSAGES: Record<string, string> = {
  invalid_credentials: "That email and password don't match an account.",
  rate_limited: "Too many sign-in attempts. Wait a few minutes and try again.",
};

export function SignInForm({ callbackUrl }: { callbackUrl: string }) {
  const router = useRouter();
  const [errors, setErrors] = useState<FieldErrorMap>({});
  const [formError, setFormError] = useState<string | null>(null);
  const [pending, setPending] = useState(false);

  async function onSubmit(e: React.FormEvent<HTMLFormElement>) {
    e.preventDefault();
    setFormError(null);
    const values = Object.fromEntries(new FormData(e.currentTarget)) as Record<string, string>;
    const parsed = signInSchema.safeParse(values);
    if (!parsed.success) return setErrors(zodFieldErrors(parsed.error));
    setErrors({});
    setPending(true);
    const result = await signIn("credentials", { ...parsed.data, redirect: false });
    setPending(false);
    if (result?.error) return setFormError(MESSAGES[result.code ?? ""] ?? MESSAGES.invalid_credentials!);
    router.push(callbackUrl);
    router.refresh();
  }

  return (
    <form onSubmit={onSubmit} noValidate className="mt-8 space-y-5" aria-label="Sign in">
      {formError ? <Alert>{formError}</Alert> : null}
      <TextField label="Email" name="email" type="email" autoComplete="email" error={errors.email} />
      <TextField label="Password" name="password" type="password" autoComplete="current-password" error={errors.password} />
      <Button type="submit" className="w-full" disabled={pending}>
        {pending ? "Signing in…" : "Sign in"}
      </Button>
    </form>
  );
}
