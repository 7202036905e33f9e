"use client";

import { rejectApplicationSchema } from "@atelier/core/schemas/applications";
import { Alert, Button, TextAreaField } from "@atelier/ui";
import { useMutation } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { serverFieldErrors, zodFieldErrors, type FieldErrorMap } from "~/lib/field-errors";
import { useTRPC } from "~/trpc/react";

/** What is being reviewed: an artist's application (admin.application) or a store's (admin.storeApplication). */
export type ReviewKind = "artist" | "store";

const WORDS: Record<ReviewKind, { approving: string; reject: string }> = {
  artist: { approving: "Approving grants the artist role, creates their public profile and mails them next steps.", reject: "Reject application" },
  store: { approving: "Approving grants the store-owner role, opens their store page and mails them next steps.", reject: "Reject store application" },
};

/** Approve, or reject with a reason the applicant will read. */
export function ReviewActions({ id, kind }: { id: string; kind: ReviewKind }) {
  const trpc = useTRPC();
  const router = useRouter();
  const [rejecting, setRejecting] = useState(false);
  const [reason, setReason] = useState("");
  const [errors, setErrors] = useState<FieldErrorMap>({});
  const onError = (e: unknown) => {
    const f = serverFieldErrors(e);
    setErrors(Object.keys(f).length ? f : { _form: (e as Error).message });
  };
  const done = { onSuccess: () => router.refresh(), onError };
  // both kinds' hooks run (hooks cannot be conditional); the page uses its own kind's
  const approveArtist = useMutation(trpc.admin.application.approve.mutationOptions(done));
  const rejectArtist = useMutation(trpc.admin.application.reject.mutationOptions(done));
  const approveStore = useMutation(trpc.admin.storeApplication.approve.mutationOptions(done));
  const rejectStore = useMutation(trpc.admin.storeApplication.reject.mutationOptions(done));
  const approve = kind === "artist" ? approveArtist : approveStore;
  const reject = kind === "artist" ? rejectArtist : rejectStore;
  const busy = approve.isPending || reject.isPending;
  const words = WORDS[kind];

  if (!rejecting) {
    return (
      <div className="space-y-3">
        <h2 className="text-xl">Decision</h2>
        <p className="text-sm text-ink-soft">{words.approving}</p>
        {errors._form ? <Alert>{errors._form}</Alert> : null}
        <Button className="w-full" disabled={busy} onClick={() => approve.mutate({ id })}>
          {approve.isPending ? "Approving…" : "Approve"}
        </Button>
        <Button variant="danger" className="w-full" disabled={busy} onClick={() => setRejecting(true)}>
          Reject…
        </Button>
      </div>
    );
  }
  return (
    <form
      method="post"
      noValidate
      className="space-y-3"
      onSubmit={(e) => {
        e.preventDefault();
        const parsed = rejectApplicationSchema.safeParse({ id, reason });
        if (!parsed.success) return setErrors(zodFieldErrors(parsed.error));
        setErrors({});
        reject.mutate(parsed.data);
      }}
    >
      <h2 className="text-xl">{words.reject}</h2>
      <TextAreaField
        label="Reason (sent to the applicant)"
        name="reason"
        value={reason}
        onChange={(e) => setReason(e.target.value)}
        error={errors.reason}
        hint="Be kind and specific: 10–2000 characters."
        rows={6}
        autoFocus
      />
      {errors._form ? <Alert>{errors._form}</Alert> : null}
      <div className="flex gap-2">
        <Button type="submit" variant="danger" disabled={busy}>
          {reject.isPending ? "Rejecting…" : "Reject and notify"}
        </Button>
        <Button type="button" variant="ghost" disabled={busy} onClick={() => (setRejecting(false), setErrors({}))}>
          Cancel
        </Button>
      </div>
    </form>
  );
}
