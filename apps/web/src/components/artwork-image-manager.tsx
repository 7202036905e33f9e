"use client";

import { MAX_IMAGES_PER_ARTWORK } from "@atelier/core/schemas/images";
import { Alert, buttonClass } from "@atelier/ui";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useCallback, useId, useRef, useState, type DragEvent } from "react";
import { serverFieldErrors } from "~/lib/field-errors";
import { useTRPC } from "~/trpc/react";
import { ImageCard, type ManagedImage } from "./artwork-images/image-card";
import { UploadList } from "./artwork-images/upload-list";
import { useUploads } from "./artwork-images/use-uploads";

const ACCEPT = "image/jpeg,image/png,image/webp,image/avif";

function moved<T>(list: T[], from: number, to: number): T[] {
  const next = [...list];
  const [item] = next.splice(from, 1);
  next.splice(to, 0, item!);
  return next;
}

/** Studio image manager for one artwork: upload (drop or pick), order, primary, alt text, delete. */
export function ArtworkImageManager({ artworkId }: { artworkId: string }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const inputId = useId();
  const fileInput = useRef<HTMLInputElement>(null);
  const listKey = trpc.artwork.image.list.queryKey({ artworkId });
  const images = useQuery(trpc.artwork.image.list.queryOptions({ artworkId }));
  const [error, setError] = useState<string | null>(null);
  const [dropActive, setDropActive] = useState(false);
  const [dragging, setDragging] = useState<string | null>(null);
  const [overIndex, setOverIndex] = useState<number | null>(null);
  const [announce, setAnnounce] = useState("");

  const router = useRouter();
  // the server-rendered parts of the page (status badge: new images send a published work back to review) follow too
  const refresh = useCallback(() => {
    void queryClient.invalidateQueries({ queryKey: listKey });
    router.refresh();
  }, [queryClient, listKey, router]);
  const uploads = useUploads(artworkId, refresh);
  const setList = (list: ManagedImage[]) => queryClient.setQueryData(listKey, list);
  const onFail = (e: { message: string }) => {
    setError(e.message);
    refresh();
  };
  const reorder = useMutation(trpc.artwork.image.reorder.mutationOptions({ onSuccess: setList, onError: onFail }));
  const primary = useMutation(trpc.artwork.image.setPrimary.mutationOptions({ onSuccess: setList, onError: onFail }));
  const remove = useMutation(trpc.artwork.image.delete.mutationOptions({ onSuccess: refresh, onError: onFail }));
  const updateAlt = useMutation(trpc.artwork.image.updateAlt.mutationOptions({ onSuccess: refresh }));
  const busy = reorder.isPending || primary.isPending || remove.isPending;

  const list = images.data ?? [];
  const room = MAX_IMAGES_PER_ARTWORK - list.length;

  function applyOrder(next: ManagedImage[], message: string) {
    setError(null);
    setList(next.map((img, position) => ({ ...img, position })));
    setAnnounce(message);
    reorder.mutate({ artworkId, orderedImageIds: next.map((i) => i.id) });
  }

  function onFiles(files: FileList | null) {
    if (!files?.length) return;
    setError(null);
    uploads.add(Array.from(files));
  }

  const isFileDrag = (e: DragEvent) => e.dataTransfer.types.includes("Files");

  return (
    <section aria-label="Artwork images" className="space-y-6">
      <div
        onDragOver={(e) => {
          if (!isFileDrag(e)) return;
          e.preventDefault();
          setDropActive(true);
        }}
        onDragLeave={() => setDropActive(false)}
        onDrop={(e) => {
          if (!isFileDrag(e)) return;
          e.preventDefault();
          setDropActive(false);
          onFiles(e.dataTransfer.files);
        }}
        data-testid="image-dropzone"
        className={`flex flex-col items-center justify-center gap-3 rounded-3xl border-2 border-dashed px-6 py-10 text-center transition-colors ${
          dropActive ? "border-accent bg-accent/5" : "border-line bg-white/50"
        }`}
      >
        <p className="font-display text-2xl">Drop images here</p>
        <p className="max-w-md text-sm text-ink-soft">
          JPEG, PNG, WebP or AVIF, up to 25 MB and at least 200 px on the short side. We remove location and camera data and make web-sized copies.
        </p>
        <label htmlFor={inputId} className={buttonClass("primary", room <= 0 ? "pointer-events-none opacity-50" : "cursor-pointer")}>
          Choose files
        </label>
        <input
          ref={fileInput}
          id={inputId}
          type="file"
          accept={ACCEPT}
          multiple
          className="sr-only"
          disabled={room <= 0}
          onChange={(e) => {
            onFiles(e.target.files);
            e.target.value = "";
          }}
        />
        <p className="text-xs text-muted" data-testid="image-count">
          {list.length} of {MAX_IMAGES_PER_ARTWORK} images{room <= 0 ? " — delete one to add another" : ""}
        </p>
      </div>

      <UploadList items={uploads.items} onDismiss={uploads.dismiss} />
      {error ? <Alert>{error}</Alert> : null}
      {images.error ? <Alert>{images.error.message}</Alert> : null}
      <p className="sr-only" aria-live="polite">
        {announce}
      </p>

      {images.isLoading ? <p className="text-sm text-muted">Loading images…</p> : null}
      {images.data && list.length === 0 ? (
        <p className="rounded-2xl border border-line bg-white/60 px-6 py-8 text-center text-ink-soft">
          No images yet. The first image you add becomes the primary image buyers see first.
        </p>
      ) : null}

      {list.length > 0 ? (
        <>
          <p className="text-sm text-muted">
            Drag images (or use Earlier / Later) to change the order. The first image is the primary one. Changing the images of a published artwork sends it
            back for review.
          </p>
          <ol className="grid gap-5 sm:grid-cols-2 lg:grid-cols-3" aria-label="Images in order">
            {list.map((image, index) => (
              <li
                key={image.id}
                data-testid="artwork-image"
                data-image-id={image.id}
                draggable={!busy}
                onDragStart={(e) => {
                  setDragging(image.id);
                  e.dataTransfer.effectAllowed = "move";
                  e.dataTransfer.setData("text/plain", image.id);
                }}
                onDragEnd={() => {
                  setDragging(null);
                  setOverIndex(null);
                }}
                onDragOver={(e) => {
                  if (!dragging) return;
                  e.preventDefault();
                  setOverIndex(index);
                }}
                onDrop={(e) => {
                  if (!dragging) return;
                  e.preventDefault();
                  const from = list.findIndex((i) => i.id === dragging);
                  setDragging(null);
                  setOverIndex(null);
                  if (from >= 0 && from !== index) applyOrder(moved(list, from, index), `Moved image ${from + 1} to position ${index + 1}.`);
                }}
                className={`rounded-2xl transition ${dragging === image.id ? "opacity-40" : ""} ${overIndex === index && dragging !== image.id ? "ring-2 ring-accent ring-offset-4 ring-offset-paper" : ""}`}
              >
                <ImageCard
                  image={image}
                  index={index}
                  count={list.length}
                  busy={busy}
                  onMove={(delta) => applyOrder(moved(list, index, index + delta), `Moved image ${index + 1} to position ${index + 1 + delta}.`)}
                  onPrimary={() => {
                    setError(null);
                    setAnnounce(`Image ${index + 1} is now the primary image.`);
                    primary.mutate({ imageId: image.id });
                  }}
                  onSaveAlt={async (altText) => {
                    try {
                      await updateAlt.mutateAsync({ imageId: image.id, altText });
                      return null;
                    } catch (e) {
                      return serverFieldErrors(e).altText ?? (e instanceof Error ? e.message : "Could not save the alt text.");
                    }
                  }}
                  onDelete={() => {
                    setError(null);
                    remove.mutate({ imageId: image.id });
                  }}
                />
              </li>
            ))}
          </ol>
        </>
      ) : null}
    </section>
  );
}
