"use client";

import { Button, buttonClass } from "@atelier/ui";
import Link from "next/link";
import { ProblemPage } from "~/components/problem-page";

/**
 * A page that failed to render (a 500). It never shows the error's message — from the server it is
 * replaced by Next anyway, from the browser it could name internals — only the digest, which
 * matches the server's log line.
 */
export default function ErrorPage({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return (
    <ProblemPage
      code="Something went wrong"
      title="This page didn't load"
      actions={
        <>
          <Button onClick={() => reset()}>Try again</Button>
          <Link href="/" className={buttonClass("secondary")}>
            Go to the home page
          </Link>
        </>
      }
    >
      <p>The problem is on our side, not yours, and nothing you entered was lost by it. Try again in a moment; if it keeps happening, let us know.</p>
      {error.digest ? (
        <p className="text-sm text-muted">
          Reference for support: <code className="font-mono">{error.digest}</code>
        </p>
      ) : null}
    </ProblemPage>
  );
}
