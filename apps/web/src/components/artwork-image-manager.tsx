import Link from "next/link";

/**
 * Placeholder for the image manager (upload, reorder, alt text), which is built on another branch and
 * replaces this file when merged. Same export name and props.
 */
export function ArtworkImageManager({ artworkId }: { artworkId: string }) {
  return (
    <p className="text-sm text-ink-soft">
      Upload and arrange images on the{" "}
      <Link href={`/studio/artworks/${artworkId}/images`} className="text-ink underline underline-offset-4">
        images page
      </Link>
      .
    </p>
  );
}
