import type { Metadata } from "next";
import Link from "next/link";
import { ForgotPasswordForm } from "./forgot-password-form";

export const metadata: Metadata = { title: "Forgot your password?" };

export default function ForgotPasswordPage() {
  return (
    <div className="mx-auto max-w-md px-4 py-16">
      <h1 className="text-4xl">Forgot your password?</h1>
      <p className="mt-2 text-ink-soft">Enter the address you signed up with and we'll mail you a link to choose a new one.</p>
      <ForgotPasswordForm />
      <p className="mt-6 text-sm text-ink-soft">
        Remembered it?{" "}
        <Link href="/sign-in" className="font-medium text-ink underline underline-offset-4">
          Sign in
        </Link>
      </p>
    </div>
  );
}
