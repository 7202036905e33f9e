import type { Metadata } from "next";
import { ResetPasswordForm } from "./reset-password-form";

// the token is in this page's address: never send it on to another site
export const metadata: Metadata = { title: "Choose a new password", referrer: "no-referrer" };

export default async function ResetPasswordPage({ searchParams }: { searchParams: Promise<{ token?: string }> }) {
  const { token = "" } = await searchParams;
  return (
    <div className="mx-auto max-w-md px-4 py-16">
      <h1 className="text-4xl">Choose a new password</h1>
      <p className="mt-2 text-ink-soft">Every browser signed in to your account will be signed out. Your API tokens keep working.</p>
      <ResetPasswordForm token={token} />
    </div>
  );
}
