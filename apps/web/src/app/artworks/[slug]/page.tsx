import { containerClass } from "@atelier/ui";
import type { Metadata } from "next";
import { cookies } from "next/headers";
import Link from "next/link";
import { FavoriteButton } from "~/components/artwork/favorite-button";
import { FollowButton } from "~/components/artwork/follow-button";
import { ImageViewer } from "~/components/artwork/image-viewer";
import { ArtworkGrid } from "~/components/gallery/artwork-card";
import { ListingGrid, HOW_PRODUCTS_SHIP } from "~/components/listings/listing-card";
import { formatDimensions } from "@atelier/core/artwork/dimensions";
import { mediaUrl, pickVariant } from "@atelier/core/images/urls";
import { SeeItOnYourWallLazy } from "~/components/wall-preview/see-it-on-your-wall-lazy";
import { formatMoney } from "@atelier/core/money";
import { countryName } from "@atelier/core/cart/shipping";
import { AddToCart } from "~/components/cart/add-to-cart";
import { orNotFound } from "~/lib/not-found";
import { DISPLAY_CURRENCY_COOKIE } from "~/lib/display-currency";
import { displayCurrencyOf } from "~/lib/gallery-params";
import { api } from "~/server/api";
import { currentIdentity } from "~/server/session";
import { publicAppUrl } from "~/server/payments";
import { EnquiryForm } from "./enquiry-form";
import { PriceBlock } from "./price-block";
import { ShippingAndReturns } from "./shipping-returns";
import { artworkJsonLd, jsonLdScript } from "./structured-data";

type Props = { params: Promise<{ slug: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { slug } = await params;
  const art = await (await api()).artwork.bySlug({ slug }).catch(() => null);
  if (!art) return { title: "Artwork" };
  const title = `${art.title} by ${art.artist.displayName}`;
  const facts = [
    art.medium,
    formatDimensions(art),
    art.year ? String(art.year) : null,
    art.availability.label ?? (art.availability.purchasable ? "Available" : null),
  ];
  const description = (art.description.trim() || facts.filter(Boolean).join(" · ")).slice(0, 200);
  const path = `/artworks/${art.slug}`;
  // a 1200 × 630 card drawn from the work's image, title, artist and price (./share-image.png/route.tsx)
  const image = { url: `${path}/share-image.png`, width: 1200, height: 630, alt: `${art.title} by ${art.artist.displayName}` };
  return {
    metadataBase: new URL(publicAppUrl()),
    title,
    description,
    alternates: { canonical: path },
    openGraph: { type: "website", siteName: "Atelier", url: path, title, description, images: [image] },
    twitter: { card: "summary_large_image", title, description, images: [image] },
  };
}

export default async function ArtworkPage({ params }: Props) {
  const { slug } = await params;
  const caller = await api();
  // the display currency the buyer picked in the gallery (cookie); none picked → no "≈" price
  const currency = displayCurrencyOf({}, (await cookies()).get(DISPLAY_CURRENCY_COOKIE)?.value, "");
  const [art, identity] = await Promise.all([orNotFound(caller.artwork.bySlug({ slug, displayCurrency: currency })), currentIdentity()]);
  const [more, similar, products] = await Promise.all([
    caller.artwork.moreFromArtist({ slug, limit: 8, displayCurrency: currency }),
    caller.artwork.moreLikeThis({ slug, limit: 8, displayCurrency: currency }),
    caller.shop.ofArtwork({ artworkId: art.id }),
  ]);
  const path = `/artworks/${art.slug}`;
  const { availability } = art;
  const wallPicture = art.images[0] ? pickVariant(art.images[0].variants, 640) : null;
  const details: [string, string][] = [
    ["Medium", art.medium],
    ["Dimensions", formatDimensions(art)],
    ...(art.year ? [["Year", String(art.year)] as [string, string]] : []),
    ["Kind", art.kind === "EDITION" ? `Edition${art.editionSize ? ` of ${art.editionSize}` : ""}` : "Original, one of a kind"],
    ...(availability.editionsLeft !== null ? [["Editions left", `${availability.editionsLeft} of ${art.editionSize}`] as [string, string]] : []),
  ];

  return (
    <div className={containerClass("pt-8 pb-20")}>
      {/* schema.org data for search engines: a data block, not a script, so it needs no CSP nonce */}
      <script type="application/ld+json" dangerouslySetInnerHTML={{ __html: jsonLdScript(artworkJsonLd(art, publicAppUrl())) }} />
      <nav aria-label="Breadcrumb" className="text-sm text-muted">
        <Link href="/gallery" className="hover:text-ink">
          Gallery
        </Link>{" "}
        /{" "}
        <Link href={`/artists/${art.artist.slug}`} className="hover:text-ink">
          {art.artist.displayName}
        </Link>
      </nav>
      <div className="mt-6 grid gap-12 lg:grid-cols-[minmax(0,1.35fr)_minmax(0,1fr)]">
        <ImageViewer images={art.images} title={art.title} />
        <div className="lg:pt-4">
          <h1 className="text-4xl leading-tight text-ink sm:text-5xl">{art.title}</h1>
          <p className="mt-2 text-lg text-ink-soft">
            by{" "}
            <Link href={`/artists/${art.artist.slug}`} className="underline decoration-line underline-offset-4 hover:decoration-ink">
              {art.artist.displayName}
            </Link>
            {art.year ? <span className="text-muted">, {art.year}</span> : null}
          </p>
          <PriceBlock priceAmount={art.priceAmount} currency={art.currency} availability={availability} approxPrice={art.approxPrice} />
          {availability.state === "sold" || availability.state === "sold_out" ? null : (
            <AddToCart artworkId={art.id} availability={availability} isMine={art.artist.isMe} kind={art.kind} />
          )}
          {art.sellerShare ? (
            <p className="mt-2 rounded-xl bg-paper-deep px-4 py-3 text-sm text-ink-soft" data-testid="seller-share">
              Your share of a sale shipped within {countryName(art.artist.country)}: <strong>{formatMoney(art.sellerShare.artistAmount, art.currency)}</strong>{" "}
              ({formatMoney(art.sellerShare.subtotalAmount, art.currency)} − {art.sellerShare.commissionBps / 100}% commission{" "}
              {formatMoney(art.sellerShare.commissionAmount, art.currency)} + shipping {formatMoney(art.sellerShare.shippingAmount, art.currency)}).
            </p>
          ) : null}
          <div className="mt-6 flex flex-wrap items-center gap-3">
            <FavoriteButton artworkId={art.id} initial={art.isFavorite} signedIn={Boolean(identity)} returnTo={path} />
            {art.favoriteCount ? <span className="text-sm text-muted">{art.favoriteCount} saved</span> : null}
          </div>
          {art.description ? <div className="mt-8 space-y-4 whitespace-pre-line text-ink-soft">{art.description}</div> : null}
          <dl className="mt-8 divide-y divide-line border-y border-line text-sm">
            {details.map(([k, v]) => (
              <div key={k} className="flex justify-between gap-6 py-3">
                <dt className="text-muted">{k}</dt>
                <dd className="text-right text-ink">{v}</dd>
              </div>
            ))}
          </dl>
          {wallPicture ? (
            <SeeItOnYourWallLazy
              artwork={{
                id: art.id,
                title: art.title,
                widthTenths: art.widthTenths,
                heightTenths: art.heightTenths,
                dimensionUnit: art.dimensionUnit,
                pictureUrl: mediaUrl(wallPicture.key),
                sizeLabel: formatDimensions(art),
              }}
              signedIn={Boolean(identity)}
              returnTo={path}
            />
          ) : null}
          {art.tags.length ? (
            <ul className="mt-6 flex flex-wrap gap-2" aria-label="Tags">
              {art.tags.map((t) => (
                <li key={t}>
                  <Link href={`/gallery?tag=${encodeURIComponent(t)}`} className="rounded-full bg-paper-deep px-3 py-1 text-xs text-ink-soft hover:bg-line">
                    #{t}
                  </Link>
                </li>
              ))}
            </ul>
          ) : null}
          <ShippingAndReturns terms={art.terms} />
          <EnquiryForm artworkId={art.id} artistName={art.artist.displayName} signedIn={Boolean(identity)} isMine={art.artist.isMe} returnTo={path} />
          <section aria-label="About the artist" className="mt-10 rounded-2xl border border-line bg-white/60 p-6">
            <p className="text-xs font-semibold uppercase tracking-[0.18em] text-muted">The artist</p>
            <Link href={`/artists/${art.artist.slug}`} className="mt-2 block font-display text-2xl text-ink hover:text-accent-deep">
              {art.artist.displayName}
            </Link>
            {art.artist.location ? <p className="text-sm text-muted">{art.artist.location}</p> : null}
            {art.artist.bio ? <p className="mt-3 line-clamp-4 text-sm text-ink-soft">{art.artist.bio}</p> : null}
            <div className="mt-4">
              <FollowButton
                artistId={art.artist.id}
                initial={art.artist.isFollowing}
                count={art.artist.followerCount}
                signedIn={Boolean(identity)}
                isMe={art.artist.isMe}
                returnTo={path}
              />
            </div>
          </section>
        </div>
      </div>

      {products.length ? (
        <section className="mt-20 border-t border-line pt-10" aria-labelledby="products-heading" data-testid="prints-and-products">
          <h2 id="products-heading" className="text-3xl">
            Prints and products
          </h2>
          <p className="mt-2 mb-8 max-w-2xl text-ink-soft">
            Licensed by {art.artist.displayName}: every sale pays the artist under their terms. {HOW_PRODUCTS_SHIP}
          </p>
          <ListingGrid listings={products} showArtwork={false} />
        </section>
      ) : null}

      {more.length ? (
        <section className="mt-20 border-t border-line pt-10" aria-labelledby="more-heading">
          <div className="mb-8 flex items-end justify-between">
            <h2 id="more-heading" className="text-3xl">
              More from {art.artist.displayName}
            </h2>
            <Link href={`/artists/${art.artist.slug}`} className="text-sm text-ink-soft underline-offset-4 hover:underline">
              All works →
            </Link>
          </div>
          <ArtworkGrid items={more} />
        </section>
      ) : null}

      {similar.items.length ? (
        <section className="mt-20 border-t border-line pt-10" aria-labelledby="similar-heading" data-testid="more-like-this">
          <div className="mb-8 flex items-end justify-between">
            <h2 id="similar-heading" className="text-3xl">
              More like this
            </h2>
            <p className="text-sm text-muted">{similar.mode === "vector" ? "Close in subject, medium and mood" : "Sharing tags or medium"}</p>
          </div>
          <ArtworkGrid items={similar.items} />
        </section>
      ) : null}
    </div>
  );
}
