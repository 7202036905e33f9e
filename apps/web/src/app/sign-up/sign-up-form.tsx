"use client";

import { signUpSchema } from "@atelier/core/schemas/accounts";
import { Alert, Button, TextField } from "@atelier/ui";
import { useMutation } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { signIn } from "next-auth/react";
import { useState } from "react";
import { serverFieldErrors, zodFieldErrors, type FieldErrorMap } from "~/lib/field-errors";
import { useTRPC } from "~/trpc/react";

export function SignUpForm({ callbackUrl }: { callbackUrl: string }) {
  const trpc = useTRPC();
  const router = useRouter();
  const [errors, setErrors] = useState<FieldErrorMap>({});
  const [formError, setFormError] = useState<string | null>(null);
  const signUp = useMutation(trpc.account.signUp.mutationOptions());

  async function onSubmit(e: React.FormEvent<HTMLFormElement>) {
    e.preventDefault();
    setFormError(null);
    const values = Object.fromEntries(new FormData(e.currentTarget)) as Record<string, string>;
    const parsed = signUpSchema.safeParse(values);
    if (!parsed.success) return setErrors(zodFieldErrors(parsed.error));
    setErrors({});
    try {
      await signUp.mutateAsync(values as { name: string; email: string; password: string });
    } catch (error) {
      const fields = serverFieldErrors(error);
      setErrors(fields);
      if (Object.keys(fields).length === 0) setFormError((error as Error).message);
      return;
    }
    const result = await signIn("credentials", { email: parsed.data.email, password: values.password, redirect: false });
    if (result?.error) return setFormError("Your account was created, but signing in failed. Please sign in.");
    router.push(callbackUrl);
    router.refresh();
  }

  return (
    <form onSubmit={onSubmit} noValidate className="mt-8 space-y-5" aria-label="Create account">
      {formError ? <Alert>{formError}</Alert> : null}
      <TextField label="Name" name="name" autoComplete="name" error={errors.name} />
      <TextField label="Email" name="email" type="email" autoComplete="email" error={errors.email} />
      <TextField label="Password" name="password" type="password" autoComplete="new-password" hint="At least 8 characters." error={errors.password} />
      <Button type="submit" className="w-full" disabled={signUp.isPending}>
        {signUp.isPending ? "Creating your account…" : "Create account"}
      </Button>
    </form>
  );
}
