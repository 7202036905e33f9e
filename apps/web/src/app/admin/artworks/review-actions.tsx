"use client";

import { requestChangesSchema, rejectSchema } from "@atelier/core/schemas/admin-artwork";
import { Alert, Button, TextAreaField } from "@atelier/ui";
import { useMutation } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { useTRPC } from "~/trpc/react";

type Mode = "idle" | "changes" | "reject";

/** Approve / request changes (message) / reject (reason) for one IN_REVIEW artwork. */
export function ReviewActions({ id }: { id: string }) {
  const trpc = useTRPC();
  const router = useRouter();
  const [mode, setMode] = useState<Mode>("idle");
  const [text, setText] = useState("");
  const [fieldError, setFieldError] = useState<string | undefined>();
  const [error, setError] = useState<string | null>(null);
  const done = () => {
    setMode("idle");
    setText("");
    setError(null);
    router.push("/admin/artworks");
    router.refresh();
  };
  const onError = (e: { message: string }) => setError(e.message);
  const approve = useMutation(trpc.admin.artwork.approve.mutationOptions({ onSuccess: done, onError }));
  const changes = useMutation(trpc.admin.artwork.requestChanges.mutationOptions({ onSuccess: done, onError }));
  const reject = useMutation(trpc.admin.artwork.reject.mutationOptions({ onSuccess: done, onError }));
  const busy = approve.isPending || changes.isPending || reject.isPending;

  function send() {
    if (mode === "changes") {
      const parsed = requestChangesSchema.safeParse({ id, message: text });
      if (!parsed.success) return setFieldError(parsed.error.issues[0]?.message);
      changes.mutate(parsed.data);
    } else if (mode === "reject") {
      const parsed = rejectSchema.safeParse({ id, reason: text });
      if (!parsed.success) return setFieldError(parsed.error.issues[0]?.message);
      reject.mutate(parsed.data);
    }
  }

  return (
    <div className="space-y-4 rounded-2xl border border-line bg-white/70 p-5">
      <div className="flex flex-wrap gap-3">
        <Button disabled={busy} onClick={() => approve.mutate({ id })}>
          Approve and publish
        </Button>
        <Button
          variant="secondary"
          disabled={busy}
          onClick={() => {
            setMode("changes");
            setFieldError(undefined);
          }}
        >
          Request changes
        </Button>
        <Button
          variant="danger"
          disabled={busy}
          onClick={() => {
            setMode("reject");
            setFieldError(undefined);
          }}
        >
          Reject
        </Button>
      </div>
      {mode !== "idle" ? (
        <div className="space-y-3">
          <TextAreaField
            label={mode === "changes" ? "What should the artist change?" : "Why is it rejected?"}
            hint="The artist sees this message in their studio."
            value={text}
            onChange={(e) => setText(e.target.value)}
            error={fieldError}
            rows={4}
          />
          <div className="flex gap-3">
            <Button variant={mode === "reject" ? "danger" : "primary"} disabled={busy} onClick={send}>
              {mode === "changes" ? "Send back to the artist" : "Reject artwork"}
            </Button>
            <Button variant="ghost" onClick={() => setMode("idle")}>
              Cancel
            </Button>
          </div>
        </div>
      ) : null}
      {error ? <Alert>{error}</Alert> : null}
    </div>
  );
}
