"use client";

import { ENQUIRY_MESSAGE_MAX, replyToEnquirySchema } from "@atelier/core/schemas/enquiries";
import { useMutation } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useId, useState } from "react";
import { serverFieldErrors, zodFieldErrors, type FieldErrorMap } from "~/lib/field-errors";
import { useTRPC } from "~/trpc/react";

/** Writes into a thread; the other party is mailed. */
export function ReplyForm({ enquiryId, otherName }: { enquiryId: string; otherName: string }) {
  const trpc = useTRPC();
  const router = useRouter();
  const reply = useMutation(trpc.enquiry.reply.mutationOptions());
  const [body, setBody] = useState("");
  const [errors, setErrors] = useState<FieldErrorMap>({});
  const [sent, setSent] = useState(false);
  const id = useId();

  async function submit(e: React.FormEvent) {
    e.preventDefault();
    const parsed = replyToEnquirySchema.safeParse({ enquiryId, body });
    if (!parsed.success) return setErrors(zodFieldErrors(parsed.error));
    setErrors({});
    try {
      await reply.mutateAsync(parsed.data);
      setBody("");
      setSent(true);
      router.refresh();
    } catch (err) {
      const fields = serverFieldErrors(err);
      setErrors(Object.keys(fields).length ? fields : { _form: err instanceof Error ? err.message : "Something went wrong. Please try again." });
    }
  }

  return (
    <form onSubmit={submit} noValidate className="mt-8 space-y-3 rounded-2xl border border-line bg-white/70 p-5">
      <label htmlFor={`${id}-body`} className="block text-sm font-medium text-ink">
        Reply to {otherName}
      </label>
      <textarea
        id={`${id}-body`}
        name="body"
        rows={4}
        maxLength={ENQUIRY_MESSAGE_MAX + 100}
        value={body}
        onChange={(e) => {
          setBody(e.target.value);
          setSent(false);
        }}
        aria-invalid={errors.body ? true : undefined}
        aria-describedby={errors.body ? `${id}-err` : undefined}
        className="w-full rounded-xl border border-line bg-white px-4 py-3 text-ink focus:border-ink focus:outline-none"
      />
      {errors.body ? (
        <p id={`${id}-err`} className="text-sm text-accent-deep">
          {errors.body}
        </p>
      ) : null}
      {errors._form ? (
        <p role="alert" className="text-sm text-accent-deep">
          {errors._form}
        </p>
      ) : null}
      <div className="flex items-center gap-4">
        <button
          type="submit"
          disabled={reply.isPending}
          className="rounded-full bg-ink px-5 py-2.5 text-sm font-medium text-paper hover:bg-ink-soft disabled:opacity-60"
        >
          {reply.isPending ? "Sending…" : "Send reply"}
        </button>
        {sent ? (
          <p role="status" className="text-sm text-ok">
            Sent — {otherName} has been mailed.
          </p>
        ) : null}
      </div>
    </form>
  );
}
