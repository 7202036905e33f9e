import { cn } from "@atelier/ui";

/** A square-ish thumbnail from a stored image variant key, on the image's dominant colour while it loads. */
export function ArtworkThumb({
  imageKey,
  alt,
  color,
  className,
  fit = "cover",
}: {
  imageKey: string | null | undefined;
  alt: string;
  color?: string | null;
  className?: string;
  fit?: "cover" | "contain";
}) {
  return (
    <div className={cn("relative overflow-hidden bg-paper-deep", className)} style={color ? { backgroundColor: color } : undefined}>
      {imageKey ? (
        <img
          src={`/media/${imageKey}`}
          alt={alt}
          loading="lazy"
          className={cn("h-full w-full text-[0px]", fit === "cover" ? "object-cover" : "object-contain")}
        />
      ) : (
        <div className="flex h-full w-full items-center justify-center text-xs uppercase tracking-[0.2em] text-muted">No image yet</div>
      )}
    </div>
  );
}
