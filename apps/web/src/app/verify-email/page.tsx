import type { Metadata } from "next";
import { VerifyEmailForm } from "./verify-email-form";

// the token is in this page's address: never send it on to another site
export const metadata: Metadata = { title: "Confirm your email address", referrer: "no-referrer" };

export default async function VerifyEmailPage({ searchParams }: { searchParams: Promise<{ token?: string }> }) {
  const { token = "" } = await searchParams;
  return (
    <div className="mx-auto max-w-md px-4 py-16">
      <h1 className="text-4xl">Confirm your email address</h1>
      <p className="mt-2 text-ink-soft">One click, so we know this address reaches you.</p>
      <VerifyEmailForm token={token} />
    </div>
  );
}
