"use client";

import { ENQUIRY_MESSAGE_MAX } from "@atelier/core/enquiries/limits";
import Link from "next/link";
import { useId, useState } from "react";
import { serverFieldErrors, zodFieldErrors, type FieldErrorMap } from "~/lib/field-errors";
import { signInHref } from "~/lib/safe-callback-url";
import { prefetchAtelierClient, useAtelierCall } from "~/trpc/lazy-client";

/** "Ask the artist": a signed-in collector's question, kept as a thread on Atelier (their account's Enquiries page) and mailed to the artist. */
export function EnquiryForm({
  artworkId,
  artistName,
  signedIn,
  isMine,
  returnTo,
}: {
  artworkId: string;
  artistName: string;
  signedIn: boolean;
  isMine: boolean;
  returnTo: string;
}) {
  const { run, pending } = useAtelierCall();
  const [body, setBody] = useState("");
  const [errors, setErrors] = useState<FieldErrorMap>({});
  const [sent, setSent] = useState<{ enquiryId: string } | null>(null);
  const fieldId = useId();

  const frame = (children: React.ReactNode) => (
    <section aria-labelledby={`${fieldId}-h`} className="mt-8 rounded-2xl border border-line bg-white/60 p-6" data-testid="enquiry">
      <h2 id={`${fieldId}-h`} className="text-xl">
        Ask {artistName}
      </h2>
      {children}
    </section>
  );
  if (isMine) return null;
  if (!signedIn) {
    return frame(
      <p className="mt-2 text-sm text-ink-soft">
        Questions about size, framing or shipping?{" "}
        <Link href={signInHref("/sign-in", returnTo)} className="underline underline-offset-4 hover:text-ink">
          Sign in to ask the artist
        </Link>
        ; the conversation stays on Atelier.
      </p>,
    );
  }
  if (sent) {
    return frame(
      <p className="mt-2 text-sm text-ink-soft" role="status">
        Sent. {artistName} has been mailed and will answer here on Atelier; you&apos;ll get a mail too.{" "}
        <Link href={`/account/enquiries/${sent.enquiryId}`} className="underline underline-offset-4 hover:text-ink">
          See the conversation
        </Link>
      </p>,
    );
  }

  async function submit(e: React.FormEvent) {
    e.preventDefault();
    // the router's own schema, fetched with the form's first submit (zod stays off the page's first load)
    const { askArtistSchema } = await import("@atelier/core/schemas/enquiries");
    const parsed = askArtistSchema.safeParse({ artworkId, body });
    if (!parsed.success) return setErrors(zodFieldErrors(parsed.error));
    setErrors({});
    try {
      const r = await run((api) => api.enquiry.ask.mutate(parsed.data));
      setSent({ enquiryId: r.enquiryId });
    } catch (err) {
      const fields = serverFieldErrors(err);
      setErrors(Object.keys(fields).length ? fields : { _form: err instanceof Error ? err.message : "Something went wrong. Please try again." });
    }
  }

  return frame(
    <form onSubmit={submit} noValidate className="mt-3 space-y-3">
      <label htmlFor={`${fieldId}-body`} className="block text-sm text-ink-soft">
        Your question (the artist sees your name, not your email address)
      </label>
      <textarea
        id={`${fieldId}-body`}
        name="body"
        rows={4}
        maxLength={ENQUIRY_MESSAGE_MAX + 100}
        value={body}
        onChange={(e) => setBody(e.target.value)}
        onFocus={prefetchAtelierClient}
        aria-invalid={errors.body ? true : undefined}
        aria-describedby={errors.body ? `${fieldId}-err` : undefined}
        className="w-full rounded-xl border border-line bg-white px-4 py-3 text-ink focus:border-ink focus:outline-none"
        placeholder="Is it framed? Could it ship to Lyon?"
      />
      {errors.body ? (
        <p id={`${fieldId}-err`} className="text-sm text-accent-deep">
          {errors.body}
        </p>
      ) : null}
      {errors._form ? (
        <p role="alert" className="text-sm text-accent-deep">
          {errors._form}
        </p>
      ) : null}
      <button type="submit" disabled={pending} className="rounded-full bg-ink px-5 py-2.5 text-sm font-medium text-paper hover:bg-ink-soft disabled:opacity-60">
        {pending ? "Sending…" : "Send to the artist"}
      </button>
    </form>,
  );
}
