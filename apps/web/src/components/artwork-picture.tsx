import type { CSSProperties } from "react";

export interface PictureVariant {
  format: "avif" | "webp";
  width: number;
  height: number;
  key: string;
}

export interface PictureImage {
  altText: string;
  width: number;
  height: number;
  dominantColor: string;
  blurDataUrl: string;
  variants: PictureVariant[];
}

export const mediaUrl = (key: string) => `/media/${key.split("/").map(encodeURIComponent).join("/")}`;

function srcSet(variants: PictureVariant[], format: PictureVariant["format"]): string {
  return variants
    .filter((v) => v.format === format)
    .sort((a, b) => a.width - b.width)
    .map((v) => `${mediaUrl(v.key)} ${v.width}w`)
    .join(", ");
}

/** A safe CSS colour from the stored dominant colour (hex only), else a neutral paper tone. */
function safeColor(c: string | undefined): string {
  return c && /^#[0-9a-f]{3,8}$/i.test(c) ? c : "#ece6da";
}

/**
 * An artwork image: AVIF and WebP sources with width descriptors, lazy by default, painted over its blur
 * placeholder and dominant colour (so the space never jumps and never flashes white). With no image, a calm
 * tile in the work's colour with its title.
 */
export function ArtworkPicture({
  image,
  title,
  sizes,
  priority = false,
  className = "",
  fit = "cover",
  aspect,
}: {
  image: PictureImage | null;
  title: string;
  sizes: string;
  priority?: boolean;
  className?: string;
  fit?: "cover" | "contain";
  /** forced aspect ratio (w/h); defaults to the image's own */
  aspect?: number;
}) {
  if (!image || image.variants.length === 0) {
    return (
      <div
        role="img"
        aria-label={image?.altText || `${title} (no image yet)`}
        className={`flex items-center justify-center bg-gradient-to-br from-paper-deep to-line/60 p-6 text-center ${className}`}
        style={{ aspectRatio: aspect ?? 4 / 5, backgroundColor: safeColor(image?.dominantColor) }}
      >
        <span className="font-display text-lg text-ink-soft/80 italic">{title}</span>
      </div>
    );
  }
  const webp = srcSet(image.variants, "webp");
  const avif = srcSet(image.variants, "avif");
  const fallback =
    [...image.variants]
      .filter((v) => v.format === "webp")
      .sort((a, b) => a.width - b.width)
      .at(-1) ?? image.variants.at(-1)!;
  const style: CSSProperties = {
    aspectRatio: aspect ?? image.width / image.height,
    backgroundColor: safeColor(image.dominantColor),
    backgroundImage: image.blurDataUrl.startsWith("data:image/") ? `url("${image.blurDataUrl}")` : undefined,
    backgroundSize: "cover",
    backgroundPosition: "center",
  };
  return (
    <picture className={`block overflow-hidden ${className}`} style={style}>
      {avif ? <source type="image/avif" srcSet={avif} sizes={sizes} /> : null}
      {webp ? <source type="image/webp" srcSet={webp} sizes={sizes} /> : null}
      <img
        src={mediaUrl(fallback.key)}
        alt={image.altText || title}
        width={image.width}
        height={image.height}
        sizes={sizes}
        loading={priority ? "eager" : "lazy"}
        fetchPriority={priority ? "high" : "auto"}
        decoding="async"
        className={`h-full w-full ${fit === "cover" ? "object-cover" : "object-contain"}`}
      />
    </picture>
  );
}
