import { formatPrice } from "@atelier/core/money";
import { Alert, Badge, Card, containerClass } from "@atelier/ui";
import { TRPCError } from "@trpc/server";
import type { Metadata } from "next";
import Link from "next/link";
import { ListingList } from "~/components/listings/listing-row";
import { NewListingForm } from "~/components/listings/new-listing-form";
import { api } from "~/server/api";

export const metadata: Metadata = { title: "Shop · Studio" };

async function load() {
  const caller = await api();
  try {
    return await Promise.all([caller.shop.mine(), caller.shop.listable({ limit: 50 }), caller.shop.stores(), caller.product.catalogue({ currency: "EUR" })]);
  } catch (e) {
    if (e instanceof TRPCError && e.code === "PRECONDITION_FAILED") return null;
    throw e;
  }
}

/** The artist's own shop (no store share) and every store that sells their work. */
export default async function StudioShopPage() {
  const loaded = await load();
  if (!loaded)
    return (
      <div className={containerClass("py-12")}>
        <h1 className="text-4xl">Shop</h1>
        <Alert tone="info" className="mt-8 max-w-3xl">
          Start by{" "}
          <Link href="/studio/profile" className="font-medium text-ink underline underline-offset-4">
            setting up your artist profile
          </Link>
          ; then open your shop here.
        </Alert>
      </div>
    );
  const [listings, listable, stores, catalogue] = loaded;
  return (
    <div className={containerClass("py-12")}>
      <div className="max-w-3xl">
        <h1 className="text-4xl">Shop</h1>
        <p className="mt-2 text-ink-soft">
          Prints and products of your own work, sold from your artist page. No store takes a share: after the print lab&apos;s cost and Atelier&apos;s fee, the
          rest is yours. Your{" "}
          <Link href="/studio/licensing" className="text-ink underline underline-offset-4">
            licensing terms
          </Link>{" "}
          apply here too.
        </p>
      </div>
      <div className="mt-10 grid grid-cols-[minmax(0,1fr)] gap-8 lg:grid-cols-[minmax(0,1fr)_22rem]">
        <section aria-labelledby="shop-heading">
          <h2 id="shop-heading" className="mb-4 text-2xl">
            Your shop
          </h2>
          <ListingList kind="shop" listings={listings} />
        </section>
        <aside>
          <Card className="p-6">
            <h2 className="mb-4 text-xl">Add a product</h2>
            <NewListingForm kind="shop" artworks={listable} productTypes={catalogue.productTypes} />
          </Card>
        </aside>
      </div>
      <section aria-labelledby="stores-heading" className="mt-16 border-t border-line pt-10" data-testid="stores-selling">
        <h2 id="stores-heading" className="text-2xl">
          Stores selling your work
        </h2>
        <p className="mt-1 mb-6 max-w-2xl text-sm text-ink-soft">
          Stores may list your work only where your terms allow stores, and only within them. When you change your terms, listings that no longer keep them are
          paused and their store is told why.
        </p>
        {stores.length ? (
          <ul className="grid gap-4 sm:grid-cols-2">
            {stores.map(({ store, listings: ls }) => (
              <li key={store.slug} className="rounded-2xl border border-line bg-white/70 p-5">
                <Link href={`/stores/${store.slug}`} className="font-display text-xl text-ink hover:underline">
                  {store.name}
                </Link>
                <ul className="mt-3 space-y-2 text-sm">
                  {ls.map((l) => (
                    <li key={l.id} className="flex flex-wrap items-baseline justify-between gap-2">
                      <span className="text-ink-soft">
                        {l.artwork.title} · {l.product.typeName}, {l.product.variantName}
                      </span>
                      <span className="flex items-center gap-2 text-ink">
                        {formatPrice(l.saleAmount, l.currency)}
                        {l.status === "PAUSED" ? <Badge tone="warn">Paused</Badge> : null}
                      </span>
                    </li>
                  ))}
                </ul>
              </li>
            ))}
          </ul>
        ) : (
          <p className="rounded-2xl border border-dashed border-line px-6 py-10 text-center text-ink-soft">No store sells your work yet.</p>
        )}
      </section>
    </div>
  );
}
