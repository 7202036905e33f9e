import { formatPrice } from "@atelier/core/money";
import type { ListingView } from "@atelier/core/stores/listing-view";
import Link from "next/link";
import { ArtworkPicture } from "~/components/artwork-picture";
import { AddProductToCart } from "./add-product-to-cart";

/** What buyers are told about licensed products next to them. */
export const HOW_PRODUCTS_SHIP =
  "Prints and products are made to order by Atelier's print lab and posted to you (downloads are yours from your account once paid); they check out in the same cart as artworks.";

/** One licensed product on sale: the work, the product, the price after any discount, and who sells it. */
export function ListingCard({ listing, showSeller = true, showArtwork = true }: { listing: ListingView; showSeller?: boolean; showArtwork?: boolean }) {
  const l = listing;
  return (
    <article className="flex flex-col overflow-hidden rounded-2xl border border-line bg-white/70" data-testid="listing-card">
      {showArtwork ? (
        <Link href={`/artworks/${l.artwork.slug}`} className="block">
          <ArtworkPicture image={l.artwork.image} title={l.artwork.title} sizes="(min-width: 1024px) 22vw, (min-width: 640px) 45vw, 90vw" aspect={1} />
        </Link>
      ) : null}
      <div className="flex flex-1 flex-col gap-1 p-4">
        <p className="text-xs font-semibold uppercase tracking-[0.16em] text-accent">{l.product.typeName}</p>
        <p className="text-sm text-ink-soft">{l.product.variantName}</p>
        {showArtwork ? (
          <p className="mt-1">
            <Link href={`/artworks/${l.artwork.slug}`} className="font-display text-lg text-ink hover:underline">
              {l.artwork.title}
            </Link>
            <span className="block text-sm text-ink-soft">
              by{" "}
              <Link href={`/artists/${l.artwork.artist.slug}`} className="hover:underline">
                {l.artwork.artist.displayName}
              </Link>
            </span>
          </p>
        ) : null}
        <p className="mt-auto pt-2 text-ink" data-testid="listing-price">
          <span className="font-medium">{formatPrice(l.saleAmount, l.currency)}</span>
          {l.discountBps > 0 ? (
            <>
              {" "}
              <s className="text-sm text-muted">{formatPrice(l.unitAmount, l.currency)}</s>
            </>
          ) : null}
        </p>
        {showSeller ? (
          <p className="text-xs text-muted">
            {l.store ? (
              <>
                Sold by{" "}
                <Link href={`/stores/${l.store.slug}`} className="underline underline-offset-2 hover:text-ink">
                  {l.store.name}
                </Link>
              </>
            ) : (
              "From the artist's own shop"
            )}
          </p>
        ) : null}
        <AddProductToCart listingId={l.id} label={`${l.product.typeName}, ${l.product.variantName}, of ${l.artwork.title}`} />
      </div>
    </article>
  );
}

export function ListingGrid({ listings, showSeller, showArtwork }: { listings: ListingView[]; showSeller?: boolean; showArtwork?: boolean }) {
  return (
    <div className="grid grid-cols-2 gap-4 sm:grid-cols-3 lg:grid-cols-4">
      {listings.map((l) => (
        <ListingCard key={l.id} listing={l} showSeller={showSeller} showArtwork={showArtwork} />
      ))}
    </div>
  );
}
