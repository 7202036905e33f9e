import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { safeCallbackUrl, signInHref } from "~/lib/safe-callback-url";
import { currentIdentity } from "~/server/session";
import { SignInForm } from "./sign-in-form";

export const metadata: Metadata = { title: "Sign in" };

const NOTICES: Record<string, string> = {
  "password-changed": "Your password was changed. Sign in with your new password.",
};

export default async function SignInPage({ searchParams }: { searchParams: Promise<{ callbackUrl?: string; notice?: string }> }) {
  const params = await searchParams;
  const callbackUrl = safeCallbackUrl(params.callbackUrl);
  if (await currentIdentity()) redirect(callbackUrl);
  return (
    <div className="mx-auto max-w-md px-4 py-16">
      <h1 className="text-4xl">Welcome back</h1>
      <p className="mt-2 text-ink-soft">Sign in to your Atelier account.</p>
      <SignInForm callbackUrl={callbackUrl} notice={params.notice ? NOTICES[params.notice] : undefined} />
      <p className="mt-6 text-sm text-ink-soft">
        New to Atelier?{" "}
        <Link href={signInHref("/sign-up", params.callbackUrl ? callbackUrl : null)} className="font-medium text-ink underline underline-offset-4">
          Create an account
        </Link>
      </p>
    </div>
  );
}
