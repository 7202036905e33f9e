import { Badge, containerClass } from "@atelier/ui";
import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { ArtworkImageManager } from "~/components/artwork-image-manager";
import { db } from "~/server/db";
import { requireIdentity } from "~/server/session";

export const metadata: Metadata = { title: "Artwork images" };

const STATUS_LABEL: Record<string, string> = {
  DRAFT: "Draft",
  IN_REVIEW: "In review",
  PUBLISHED: "Published",
  REJECTED: "Changes requested",
  UNPUBLISHED: "Unpublished",
  ARCHIVED: "Archived",
  SOLD: "Sold",
};

/** The images of one artwork, for its artist (the studio edit page embeds the same manager). */
export default async function ArtworkImagesPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const identity = await requireIdentity(`/studio/artworks/${id}/images`);
  // ownership in the query itself: another artist's artwork is simply not found
  const artwork = await db.artwork.findFirst({ where: { id, artist: { userId: identity.id } }, select: { id: true, title: true, status: true } });
  if (!artwork) notFound();

  return (
    <div className={containerClass("py-12")}>
      <nav className="text-sm text-muted" aria-label="Breadcrumb">
        <Link href="/studio" className="hover:text-ink">
          Studio
        </Link>{" "}
        /{" "}
        <Link href={`/studio/artworks/${artwork.id}`} className="hover:text-ink">
          {artwork.title}
        </Link>{" "}
        / Images
      </nav>
      <header className="mt-4 flex flex-wrap items-end justify-between gap-4 border-b border-line pb-6">
        <div>
          <p className="text-sm font-semibold uppercase tracking-widest text-muted">Images</p>
          <h1 className="mt-1 text-4xl">{artwork.title}</h1>
        </div>
        <Badge tone={artwork.status === "PUBLISHED" ? "ok" : artwork.status === "REJECTED" ? "accent" : "neutral"} className="px-3 py-1 text-sm">
          {STATUS_LABEL[artwork.status] ?? artwork.status}
        </Badge>
      </header>
      <div className="mt-8">
        <ArtworkImageManager artworkId={artwork.id} />
      </div>
    </div>
  );
}
