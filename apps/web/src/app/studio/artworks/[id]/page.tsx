import type { ArtworkStatus } from "@atelier/core/schemas/artwork";
import { Alert, Card, containerClass } from "@atelier/ui";
import { TRPCError } from "@trpc/server";
import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { ArtworkImageManager } from "~/components/artwork-image-manager";
import { STATUS_EXPLANATION, StatusBadge } from "~/components/artwork-status";
import { api } from "~/server/api";
import { ArtworkForm } from "../artwork-form";
import { LifecycleActions } from "./lifecycle-actions";
import { ArtworkLicensingForm } from "./artwork-licensing-form";
import { formatDate } from "~/lib/dates";
import { MockupsSection } from "~/components/mockups/mockups-section";

export const metadata: Metadata = { title: "Edit artwork · Studio" };

async function load(id: string) {
  try {
    return await (await api()).artwork.getForEdit({ id });
  } catch (e) {
    if (e instanceof TRPCError && (e.code === "NOT_FOUND" || e.code === "BAD_REQUEST")) notFound();
    throw e;
  }
}

/** The owner's licensing view of the work (terms it follows or overrides); admins viewing the page get none. */
async function loadLicensing(id: string, isOwner: boolean) {
  return isOwner ? (await api()).licensing.artwork({ artworkId: id }) : null;
}

export default async function EditArtworkPage({ params, searchParams }: { params: Promise<{ id: string }>; searchParams: Promise<{ created?: string }> }) {
  const { id } = await params;
  const artwork = await load(id);
  const { created } = await searchParams;
  const status = artwork.status as ArtworkStatus;
  const readOnly = !artwork.isOwner || status === "SOLD" || status === "ARCHIVED";
  const f = artwork.form;
  const licensing = await loadLicensing(artwork.id, artwork.isOwner);
  const mockups = artwork.isOwner ? await (await api()).mockup.ofMyArtwork({ artworkId: artwork.id }) : null;

  return (
    <div className={containerClass("py-12")}>
      <Link href="/studio" className="text-sm text-ink-soft hover:text-ink">
        ← Your artworks
      </Link>
      <div className="mt-4 flex flex-wrap items-center gap-3">
        <h1 className="text-4xl">{artwork.title}</h1>
        <StatusBadge status={status} />
      </div>
      {created ? (
        <Alert tone="success" className="mt-6">
          Draft created. Add images below, then submit it for review.
        </Alert>
      ) : null}

      <div className="mt-10 grid gap-10 lg:grid-cols-[1fr_20rem]">
        <div className="min-w-0 space-y-12">
          <ArtworkForm
            artworkId={artwork.id}
            readOnly={readOnly}
            initial={{
              ...f,
              depth: f.depth,
              year: f.year === undefined ? "" : String(f.year),
              tags: f.tags.join(", "),
              editionSize: f.editionSize === undefined ? "" : String(f.editionSize),
            }}
          />
          <section className="border-t border-line pt-8">
            <h2 className="text-2xl">Images</h2>
            <p className="mt-1 text-sm text-ink-soft">The first image is the cover collectors see in the gallery.</p>
            <div className="mt-4">
              <ArtworkImageManager artworkId={artwork.id} />
            </div>
          </section>
          {licensing ? (
            <section className="border-t border-line pt-8" aria-labelledby="licensing">
              <h2 id="licensing" className="text-2xl">
                Licensing
              </h2>
              <p className="mt-1 text-sm text-ink-soft">
                {licensing.hasOverride ? "This work has terms of its own where a field below is set; the rest follow " : "This work follows "}
                <Link href="/studio/licensing" className="underline underline-offset-4">
                  your licensing terms
                </Link>
                .
                {licensing.hasOverride
                  ? " Empty a field (or choose “As your terms”) to follow them there too."
                  : " Fill in a field to set it differently for this work only."}
              </p>
              <div className="mt-6">
                <ArtworkLicensingForm view={licensing} />
              </div>
            </section>
          ) : null}
          {mockups ? <MockupsSection mockups={mockups.mockups} title={mockups.title} isPublic={mockups.isPublic} /> : null}
        </div>

        <aside className="space-y-6 lg:sticky lg:top-24 lg:self-start">
          <Card>
            <h2 className="text-lg">Status</h2>
            <div className="mt-2">
              <StatusBadge status={status} />
            </div>
            <p className="mt-3 text-sm text-ink-soft">{STATUS_EXPLANATION[status]}</p>
            {status === "DRAFT" && artwork.reviewNote ? (
              <p className="mt-4 rounded-lg bg-warn/10 px-3 py-2 text-sm text-warn">
                <span className="font-medium">Changes requested:</span> {artwork.reviewNote}
              </p>
            ) : null}
            {status === "REJECTED" && artwork.rejectionReason ? (
              <p className="mt-4 rounded-lg bg-accent/5 px-3 py-2 text-sm text-accent-deep">
                <span className="font-medium">Reason:</span> {artwork.rejectionReason}
              </p>
            ) : null}
            {artwork.isOwner ? (
              <div className="mt-5">
                <LifecycleActions id={artwork.id} status={status} imageCount={artwork.images.length} />
              </div>
            ) : (
              <p className="mt-4 text-sm text-muted">You are viewing this as an admin; only the artist can change it.</p>
            )}
          </Card>
          {artwork.publishedAt ? <p className="px-2 text-sm text-muted">First published {formatDate(artwork.publishedAt)}.</p> : null}
        </aside>
      </div>
    </div>
  );
}
