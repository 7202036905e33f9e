import { containerClass } from "@atelier/ui";
import type { Metadata } from "next";
import Link from "next/link";
import { ListingGrid, HOW_PRODUCTS_SHIP } from "~/components/listings/listing-card";
import { orNotFound } from "~/lib/not-found";
import { api } from "~/server/api";

type Props = { params: Promise<{ slug: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { slug } = await params;
  const page = await (await api()).store.bySlug({ slug }).catch(() => null);
  return page ? { title: `${page.store.name} · Stores`, description: page.store.description.slice(0, 200) } : { title: "Store" };
}

/** A store's public page: who they are and the licensed prints and products they sell now. */
export default async function StorePage({ params }: Props) {
  const { slug } = await params;
  const { store, listings } = await orNotFound((await api()).store.bySlug({ slug }));
  const website = store.website && /^https?:\/\//.test(store.website) ? store.website : null;
  return (
    <div className={containerClass("pt-8 pb-20")}>
      <nav aria-label="Breadcrumb" className="text-sm text-muted">
        <Link href="/stores" className="hover:text-ink">
          Stores
        </Link>
      </nav>
      <header className="mt-6 max-w-3xl">
        <p className="text-xs font-semibold uppercase tracking-[0.2em] text-accent">Store</p>
        <h1 className="mt-2 text-4xl sm:text-5xl">{store.name}</h1>
        <p className="mt-4 whitespace-pre-line text-lg text-ink-soft">{store.description}</p>
        {website ? (
          <a href={website} target="_blank" rel="noreferrer noopener" className="mt-3 inline-block break-all text-sm text-accent-deep underline">
            {new URL(website).host}
          </a>
        ) : null}
      </header>
      <section aria-labelledby="listings" className="mt-12 border-t border-line pt-10">
        <h2 id="listings" className="text-3xl">
          Prints and products
        </h2>
        <p className="mt-2 mb-8 max-w-2xl text-ink-soft">
          Every product here is licensed by its artist, at a price within their terms; each sale pays the artist their royalty. {HOW_PRODUCTS_SHIP}
        </p>
        {listings.length ? (
          <ListingGrid listings={listings} showSeller={false} />
        ) : (
          <p className="rounded-2xl border border-dashed border-line px-6 py-16 text-center text-ink-soft">Nothing on sale here right now.</p>
        )}
      </section>
    </div>
  );
}
