import { containerClass } from "@atelier/ui";
import type { Metadata } from "next";
import Link from "next/link";
import { formatDate } from "~/lib/dates";
import { api } from "~/server/api";
import { requireIdentity } from "~/server/session";
import { DeleteButton } from "./delete-button";

export const metadata: Metadata = { title: "Your rooms" };

/** The signed-in buyer's own wall photos and the previews rendered on them: private, deletable. */
export default async function AccountRoomsPage() {
  await requireIdentity("/account/rooms");
  const caller = await api();
  const [rooms, previews] = await Promise.all([caller.wall.rooms(), caller.wall.previews({ limit: 24 })]);
  return (
    <div className={containerClass("py-12")}>
      <h1 className="text-4xl">Your rooms</h1>
      <p className="mt-2 max-w-2xl text-ink-soft">
        Photos of your walls for <span className="text-ink">See it on your wall</span> on any artwork&apos;s page. Only you can see them: we removed their
        location and camera details when you uploaded them. Deleting a photo deletes its previews too.
      </p>
      {rooms.length === 0 ? (
        <p className="mt-8 text-ink-soft" data-testid="no-rooms">
          No photos yet. Open a work from the{" "}
          <Link href="/gallery" className="underline underline-offset-4">
            gallery
          </Link>{" "}
          and use <span className="text-ink">Your wall</span> under See it on your wall.
        </p>
      ) : (
        <ul className="mt-8 grid gap-4 sm:grid-cols-2 lg:grid-cols-3" data-testid="room-list">
          {rooms.map((r) => (
            <li key={r.id} className="overflow-hidden rounded-2xl border border-line bg-white/60">
              <img src={r.thumbUrl} alt={`Your photo: ${r.name}`} className="aspect-[3/2] w-full bg-paper-deep object-cover" />
              <div className="flex items-start justify-between gap-3 p-4">
                <div>
                  <p className="font-medium text-ink">{r.name}</p>
                  <p className="text-sm text-muted">
                    {formatDate(r.createdAt)} · {r.previewCount === 1 ? "1 preview" : `${r.previewCount} previews`}
                  </p>
                </div>
                <DeleteButton kind="room" id={r.id} name={r.name} />
              </div>
            </li>
          ))}
        </ul>
      )}
      {previews.length ? (
        <section className="mt-12" aria-labelledby="previews-heading">
          <h2 id="previews-heading" className="text-2xl">
            Previews
          </h2>
          <ul className="mt-4 grid gap-4 sm:grid-cols-2 lg:grid-cols-3">
            {previews.map((p) => (
              <li key={p.id} className="overflow-hidden rounded-2xl border border-line bg-white/60">
                <a href={p.url} target="_blank" rel="noreferrer">
                  <img src={p.url} alt={`${p.artwork.title} on ${p.room.name}`} className="aspect-[3/2] w-full bg-paper-deep object-cover" />
                </a>
                <div className="flex items-start justify-between gap-3 p-4 text-sm">
                  <div>
                    <Link href={`/artworks/${p.artwork.slug}`} className="font-medium text-ink hover:underline">
                      {p.artwork.title}
                    </Link>
                    <p className="text-muted">
                      {p.room.name} · {p.frame} · {p.composite ? "composite" : "AI render"}
                    </p>
                  </div>
                  <DeleteButton kind="preview" id={p.id} name={p.artwork.title} />
                </div>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
    </div>
  );
}
