"use client";

import { lazy, Suspense, useState } from "react";
import { ArtworkPicture, type PictureImage } from "../artwork-picture";

// the viewer's code (~20 KB gzipped) is fetched only when someone opens it, never with the page
const loadLightbox = () => import("./zoom-lightbox");
const ZoomLightbox = lazy(loadLightbox);

/** Main image with thumbnails underneath; clicking a thumbnail shows it large, clicking the image (or "View full screen") opens the zoom viewer. */
export function ImageViewer({ images, title }: { images: (PictureImage & { id: string })[]; title: string }) {
  const [index, setIndex] = useState(0);
  const [zoomed, setZoomed] = useState(false);
  const current = images[index] ?? null;
  const zoomable = images.filter((i) => i.variants.length > 0).length === images.length && images.length > 0;
  const open = () => setZoomed(true);
  return (
    <div>
      <div className="relative flex items-center justify-center bg-white p-4 shadow-[0_24px_60px_-34px_rgba(29,27,24,0.6)] sm:p-6">
        {zoomable ? (
          <button
            type="button"
            onClick={open}
            onPointerEnter={() => void loadLightbox()}
            onFocus={() => void loadLightbox()}
            className="block w-full cursor-zoom-in"
            aria-label={`View “${title}” full screen`}
          >
            <ArtworkPicture
              key={current?.id ?? "none"}
              image={current}
              title={title}
              priority
              fit="contain"
              sizes="(min-width: 1024px) 640px, 100vw"
              className="max-h-[75vh] w-full"
            />
          </button>
        ) : (
          <ArtworkPicture image={current} title={title} priority fit="contain" sizes="(min-width: 1024px) 640px, 100vw" className="max-h-[75vh] w-full" />
        )}
      </div>
      <div className="mt-4 flex flex-wrap items-start justify-between gap-3">
        {images.length > 1 ? (
          <ul className="flex flex-wrap gap-3" aria-label="More views">
            {images.map((img, i) => (
              <li key={img.id}>
                <button
                  type="button"
                  onClick={() => setIndex(i)}
                  aria-label={`Show view ${i + 1}${img.altText ? `: ${img.altText}` : ""}`}
                  aria-pressed={i === index}
                  className={`block w-20 bg-white p-1 transition ${i === index ? "ring-2 ring-ink" : "opacity-70 ring-1 ring-line hover:opacity-100"}`}
                >
                  <ArtworkPicture image={img} title={title} sizes="80px" aspect={1} />
                </button>
              </li>
            ))}
          </ul>
        ) : (
          <span />
        )}
        {zoomable ? (
          <button
            type="button"
            onClick={open}
            onPointerEnter={() => void loadLightbox()}
            className="inline-flex items-center gap-2 rounded-full border border-ink/20 bg-white/60 px-4 py-2 text-sm text-ink hover:border-ink/50"
          >
            <svg aria-hidden viewBox="0 0 24 24" className="h-4 w-4" fill="none" stroke="currentColor" strokeWidth="1.8">
              <path d="M4 9V4h5M20 9V4h-5M4 15v5h5M20 15v5h-5" />
            </svg>
            View full screen
          </button>
        ) : null}
      </div>
      {zoomed ? (
        <Suspense
          fallback={
            <p className="sr-only" role="status">
              Opening the full-screen view…
            </p>
          }
        >
          <ZoomLightbox images={images} title={title} index={index} onIndex={setIndex} onClose={() => setZoomed(false)} />
        </Suspense>
      ) : null}
    </div>
  );
}
