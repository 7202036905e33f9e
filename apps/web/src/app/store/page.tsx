import { Card, containerClass } from "@atelier/ui";
import type { Metadata } from "next";
import Link from "next/link";
import { ListingList } from "~/components/listings/listing-row";
import { NewListingForm } from "~/components/listings/new-listing-form";
import { api } from "~/server/api";
import { StorePayments } from "./store-payments";
import { StoreSales } from "./store-sales";

export const metadata: Metadata = { title: "Your store" };

/** The store owner's dashboard: payouts, what they sell (and what was paused, and why), and a form to list more. */
export default async function StoreDashboardPage({ searchParams }: { searchParams: Promise<{ onboarding?: string }> }) {
  const sp = await searchParams;
  const caller = await api();
  const [{ store, listings, payments }, sales, listable, catalogue] = await Promise.all([
    caller.store.mine(),
    caller.store.sales(),
    caller.store.listable({ limit: 50 }),
    caller.product.catalogue({ currency: "EUR" }),
  ]);
  const paused = listings.filter((l) => l.status === "PAUSED" && l.pauseReason).length;
  return (
    <div className={containerClass("py-12")}>
      <p className="text-xs font-semibold uppercase tracking-[0.2em] text-accent">Your store</p>
      <div className="mt-2 flex flex-wrap items-baseline justify-between gap-3">
        <h1 className="text-4xl">{store.name}</h1>
        <Link href={`/stores/${store.slug}`} className="text-sm text-ink-soft underline underline-offset-4 hover:text-ink">
          See your public page →
        </Link>
      </div>
      <div className="mt-8 grid grid-cols-[minmax(0,1fr)] gap-8 lg:grid-cols-[minmax(0,1fr)_22rem]">
        <div className="min-w-0 space-y-10">
          <section aria-labelledby="sales-heading">
            <h2 id="sales-heading" className="mb-4 text-2xl">
              Sales and payouts
            </h2>
            <StoreSales report={sales} />
          </section>
          <section aria-labelledby="listings-heading">
            <h2 id="listings-heading" className="text-2xl">
              Your listings
            </h2>
            <p className="mt-1 mb-4 text-sm text-ink-soft">
              {paused
                ? `${paused} paused because the artist changed their terms: change the price or discount, then resume.`
                : "When an artist changes their terms, listings that no longer keep them are paused and you are mailed why."}
            </p>
            <ListingList kind="store" listings={listings} />
          </section>
        </div>
        <aside className="space-y-6">
          <Card className="p-6">
            <StorePayments initial={payments} returned={sp.onboarding === "returned"} />
          </Card>
          <Card className="p-6">
            <h2 className="mb-4 text-xl">List a product</h2>
            <NewListingForm kind="store" artworks={listable} productTypes={catalogue.productTypes} />
          </Card>
        </aside>
      </div>
    </div>
  );
}
