"use client";

import { useMutation } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { useTRPC } from "~/trpc/react";

/** Deletes a room photo (with its previews) or one preview, after a confirmation, then refreshes the page. */
export function DeleteButton({ kind, id, name }: { kind: "room" | "preview"; id: string; name: string }) {
  const trpc = useTRPC();
  const router = useRouter();
  const deleteRoom = useMutation(trpc.wall.deleteRoom.mutationOptions());
  const deletePreview = useMutation(trpc.wall.deletePreview.mutationOptions());
  const [error, setError] = useState<string | null>(null);
  const pending = deleteRoom.isPending || deletePreview.isPending;

  async function remove() {
    const question = kind === "room" ? `Delete “${name}” and every preview on it? The files are removed for good.` : `Delete this preview of ${name}?`;
    if (!window.confirm(question)) return;
    setError(null);
    try {
      if (kind === "room") await deleteRoom.mutateAsync({ roomPhotoId: id });
      else await deletePreview.mutateAsync({ previewId: id });
      router.refresh();
    } catch (e) {
      setError(e instanceof Error ? e.message : "Could not delete it. Try again.");
    }
  }

  return (
    <span className="inline-flex flex-col items-start">
      <button
        type="button"
        onClick={remove}
        disabled={pending}
        className="text-sm text-accent-deep underline underline-offset-4 hover:text-accent disabled:opacity-50"
      >
        {pending ? "Deleting…" : kind === "room" ? "Delete photo" : "Delete"}
      </button>
      {error ? (
        <span role="alert" className="text-xs text-accent-deep">
          {error}
        </span>
      ) : null}
    </span>
  );
}
