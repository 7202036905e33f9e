"use client";

import type { ArtworkStatus } from "@atelier/core/schemas/artwork";
import { Alert, Button } from "@atelier/ui";
import { useMutation, useQuery } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { useTRPC } from "~/trpc/react";

/**
 * The lifecycle buttons that make sense for the artwork's current status. The image count comes from
 * the same query as the image manager beside it, so an upload updates the hint at once.
 */
export function LifecycleActions({ id, status, imageCount: initialImageCount }: { id: string; status: ArtworkStatus; imageCount: number }) {
  const trpc = useTRPC();
  const images = useQuery(trpc.artwork.image.list.queryOptions({ artworkId: id }));
  const imageCount = images.data?.length ?? initialImageCount;
  const router = useRouter();
  const [error, setError] = useState<string | null>(null);
  const opts = {
    onSuccess: () => {
      setError(null);
      router.refresh();
    },
    onError: (e: { message: string }) => setError(e.message),
  };
  const submit = useMutation(trpc.artwork.submit.mutationOptions(opts));
  const unpublish = useMutation(trpc.artwork.unpublish.mutationOptions(opts));
  const republish = useMutation(trpc.artwork.republish.mutationOptions(opts));
  const archive = useMutation(trpc.artwork.archive.mutationOptions(opts));
  const busy = submit.isPending || unpublish.isPending || republish.isPending || archive.isPending;

  return (
    <div className="space-y-3">
      <div className="flex flex-wrap gap-3">
        {status === "DRAFT" || status === "REJECTED" ? (
          <Button disabled={busy} onClick={() => submit.mutate({ id })} title={imageCount === 0 ? "Add at least one image first" : undefined}>
            {status === "REJECTED" ? "Resubmit for review" : "Submit for review"}
          </Button>
        ) : null}
        {status === "PUBLISHED" ? (
          <Button variant="secondary" disabled={busy} onClick={() => unpublish.mutate({ id })}>
            Unpublish
          </Button>
        ) : null}
        {status === "UNPUBLISHED" ? (
          <Button disabled={busy} onClick={() => republish.mutate({ id })}>
            Republish
          </Button>
        ) : null}
        {status !== "SOLD" && status !== "ARCHIVED" ? (
          <Button
            variant="danger"
            disabled={busy}
            onClick={() => {
              if (window.confirm("Archive this artwork? It leaves the gallery and becomes read-only.")) archive.mutate({ id });
            }}
          >
            Archive
          </Button>
        ) : null}
      </div>
      {(status === "DRAFT" || status === "REJECTED") && imageCount === 0 ? (
        <p className="text-sm text-muted">Add at least one image before submitting.</p>
      ) : null}
      {error ? <Alert>{error}</Alert> : null}
    </div>
  );
}
