import { containerClass } from "@atelier/ui";
import type { Metadata } from "next";
import { FollowButton } from "~/components/artwork/follow-button";
import { ArtworkGrid } from "~/components/gallery/artwork-card";
import { ListingGrid, HOW_PRODUCTS_SHIP } from "~/components/listings/listing-card";
import { LoadMore } from "~/components/gallery/load-more";
import { orNotFound } from "~/lib/not-found";
import { api } from "~/server/api";
import { currentIdentity } from "~/server/session";

type Props = { params: Promise<{ slug: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { slug } = await params;
  const artist = await (await api()).artist.public.bySlug({ slug }).catch(() => null);
  return { title: artist ? `${artist.displayName} · Atelier` : "Artist · Atelier", description: artist?.bio.slice(0, 160) };
}

function safeUrl(url: string | null): string | null {
  return url && /^https?:\/\//i.test(url) ? url : null;
}

export default async function ArtistPage({ params }: Props) {
  const { slug } = await params;
  const caller = await api();
  const [artist, identity, shop] = await Promise.all([
    orNotFound(caller.artist.public.bySlug({ slug })),
    currentIdentity(),
    caller.shop.byArtist({ slug }).catch(() => []),
  ]);
  const website = safeUrl(artist.website);
  const instagram = artist.instagram?.replace(/^@/, "");
  return (
    <div className={containerClass("pt-10 pb-20")}>
      <header className="grid gap-8 border-b border-line pb-10 md:grid-cols-[1fr_20rem]">
        <div>
          <p className="text-xs font-semibold uppercase tracking-[0.2em] text-accent">Artist</p>
          <h1 className="mt-2 text-4xl sm:text-6xl">{artist.displayName}</h1>
          {artist.location ? <p className="mt-2 text-ink-soft">{artist.location}</p> : null}
          {artist.bio ? <p className="mt-6 max-w-2xl text-lg text-ink-soft">{artist.bio}</p> : null}
        </div>
        <aside className="space-y-4 md:pt-10">
          <FollowButton
            artistId={artist.id}
            initial={artist.isFollowing}
            count={artist.followerCount}
            signedIn={Boolean(identity)}
            isMe={artist.isMe}
            returnTo={`/artists/${artist.slug}`}
          />
          <ul className="space-y-1 text-sm">
            <li className="text-muted">
              {artist.workCount} work{artist.workCount === 1 ? "" : "s"} on Atelier
            </li>
            {website ? (
              <li>
                <a href={website} rel="noopener noreferrer nofollow" target="_blank" className="text-ink-soft underline-offset-4 hover:underline">
                  {website.replace(/^https?:\/\//, "").replace(/\/$/, "")}
                </a>
              </li>
            ) : null}
            {instagram ? (
              <li>
                <a
                  href={`https://instagram.com/${encodeURIComponent(instagram)}`}
                  rel="noopener noreferrer nofollow"
                  target="_blank"
                  className="text-ink-soft underline-offset-4 hover:underline"
                >
                  @{instagram}
                </a>
              </li>
            ) : null}
          </ul>
        </aside>
      </header>
      {artist.statement ? (
        <section className="mx-auto max-w-3xl py-12" aria-labelledby="statement">
          <h2 id="statement" className="text-xs font-semibold uppercase tracking-[0.18em] text-muted">
            Statement
          </h2>
          <blockquote className="mt-4 whitespace-pre-line font-display text-xl leading-relaxed text-ink italic sm:text-2xl">{artist.statement}</blockquote>
        </section>
      ) : null}
      <section aria-labelledby="works" className="pt-10">
        <h2 id="works" className="mb-8 text-3xl">
          Works
        </h2>
        {artist.works.items.length ? (
          <>
            <ArtworkGrid items={artist.works.items} priorityCount={4} />
            {artist.works.nextCursor ? (
              <LoadMore list={{ filters: { artist: artist.slug, availability: "all" }, sort: "newest", limit: 60 }} initialCursor={artist.works.nextCursor} />
            ) : null}
          </>
        ) : (
          <p className="rounded-2xl border border-dashed border-line px-6 py-16 text-center text-ink-soft">No published works yet.</p>
        )}
      </section>
      {shop.length ? (
        <section aria-labelledby="shop" className="mt-16 border-t border-line pt-10" data-testid="artist-shop">
          <h2 id="shop" className="text-3xl">
            Shop
          </h2>
          <p className="mt-2 mb-8 text-ink-soft">
            Prints and products of {artist.displayName}&apos;s work, sold by the artist. {HOW_PRODUCTS_SHIP}
          </p>
          <ListingGrid listings={shop} showSeller={false} />
        </section>
      ) : null}
    </div>
  );
}
