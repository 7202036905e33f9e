"use client";

import { useCallback, useRef, useState } from "react";

const MAX_UPLOAD_MB = 25;

export interface UploadItem {
  id: string;
  name: string;
  /** 0–1 of the bytes sent; processing on the server follows 1 */
  progress: number;
  state: "waiting" | "uploading" | "processing" | "failed";
  error?: string;
}

interface UploadError {
  error?: { code?: string; message?: string; field?: string | null };
}

/**
 * Sends files one at a time to POST /api/artworks/:id/images with XMLHttpRequest (for upload
 * progress). Successful uploads leave the list and call `onUploaded`; failures stay with their message.
 */
export function useUploads(artworkId: string, onUploaded: () => void) {
  const [items, setItems] = useState<UploadItem[]>([]);
  const chain = useRef<Promise<void>>(Promise.resolve());
  const update = (id: string, patch: Partial<UploadItem>) => setItems((xs) => xs.map((x) => (x.id === id ? { ...x, ...patch } : x)));

  const send = useCallback(
    (id: string, file: File) =>
      new Promise<void>((resolve) => {
        const xhr = new XMLHttpRequest();
        const form = new FormData();
        form.set("file", file);
        xhr.open("POST", `/api/artworks/${encodeURIComponent(artworkId)}/images`);
        xhr.responseType = "json";
        update(id, { state: "uploading" });
        xhr.upload.onprogress = (e) => {
          if (e.lengthComputable) update(id, { progress: e.loaded / e.total });
        };
        xhr.upload.onload = () => update(id, { progress: 1, state: "processing" });
        xhr.onload = () => {
          if (xhr.status >= 200 && xhr.status < 300) {
            setItems((xs) => xs.filter((x) => x.id !== id));
            onUploaded();
          } else {
            const body = xhr.response as UploadError | null;
            update(id, { state: "failed", error: body?.error?.message ?? `Upload failed (${xhr.status}).` });
          }
          resolve();
        };
        xhr.onerror = () => {
          update(id, { state: "failed", error: "The connection was lost. Check your network and try again." });
          resolve();
        };
        xhr.send(form);
      }),
    [artworkId, onUploaded],
  );

  const add = useCallback(
    (files: Iterable<File>) => {
      for (const file of files) {
        const id = `${file.name}-${file.size}-${Math.random().toString(36).slice(2)}`;
        if (file.size > MAX_UPLOAD_MB * 1024 * 1024) {
          setItems((xs) => [
            ...xs,
            { id, name: file.name, progress: 0, state: "failed", error: `This file is larger than ${MAX_UPLOAD_MB} MB. Upload a smaller file.` },
          ]);
          continue;
        }
        setItems((xs) => [...xs, { id, name: file.name, progress: 0, state: "waiting" }]);
        chain.current = chain.current.then(() => send(id, file));
      }
    },
    [send],
  );

  const dismiss = (id: string) => setItems((xs) => xs.filter((x) => x.id !== id));
  return { items, add, dismiss };
}
