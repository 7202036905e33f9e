import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { currentIdentity } from "~/server/session";
import { safeCallbackUrl, signInHref } from "~/lib/safe-callback-url";
import { SignUpForm } from "./sign-up-form";

export const metadata: Metadata = { title: "Create your account" };

export default async function SignUpPage({ searchParams }: { searchParams: Promise<{ callbackUrl?: string }> }) {
  const requested = (await searchParams).callbackUrl;
  const callbackUrl = safeCallbackUrl(requested);
  if (await currentIdentity()) redirect(callbackUrl);
  return (
    <div className="mx-auto max-w-md px-4 py-16">
      <h1 className="text-4xl">Join Atelier</h1>
      <p className="mt-2 text-ink-soft">Collect art, follow artists, or apply to sell your own work.</p>
      <SignUpForm callbackUrl={callbackUrl} />
      <p className="mt-6 text-sm text-ink-soft">
        Already have an account?{" "}
        <Link href={signInHref("/sign-in", requested ? callbackUrl : null)} className="font-medium text-ink underline underline-offset-4">
          Sign in
        </Link>
      </p>
    </div>
  );
}
