"use client";

import { useState } from "react";
import { ArtworkPicture, type PictureImage } from "../artwork-picture";

/** Main image with thumbnails underneath; clicking a thumbnail shows it large. */
export function ImageViewer({ images, title }: { images: (PictureImage & { id: string })[]; title: string }) {
  const [index, setIndex] = useState(0);
  const current = images[index] ?? null;
  return (
    <div>
      <div className="flex items-center justify-center bg-white p-4 shadow-[0_24px_60px_-34px_rgba(29,27,24,0.6)] sm:p-6">
        <ArtworkPicture
          key={current?.id ?? "none"}
          image={current}
          title={title}
          priority
          fit="contain"
          sizes="(min-width: 1024px) 640px, 100vw"
          className="max-h-[75vh] w-full"
        />
      </div>
      {images.length > 1 ? (
        <ul className="mt-4 flex flex-wrap gap-3" aria-label="More views">
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
      ) : null}
    </div>
  );
}
