import { containerClass } from "@atelier/ui";
import type { Metadata } from "next";
import Link from "next/link";
import { api } from "~/server/api";

export const metadata: Metadata = { title: "Stores" };

/** Every store on Atelier, with how much it has on sale. */
export default async function StoresPage() {
  const stores = await (await api()).store.list();
  return (
    <div className={containerClass("pt-8 pb-20")}>
      <h1 className="text-4xl sm:text-5xl">Stores</h1>
      <p className="mt-3 max-w-2xl text-lg text-ink-soft">
        Curators, galleries and shops selling licensed prints and products of Atelier artists&apos; work, within each artist&apos;s terms.{" "}
        <Link href="/store/apply" className="text-ink underline underline-offset-4">
          Open a store
        </Link>
      </p>
      {stores.length ? (
        <ul className="mt-10 grid gap-4 sm:grid-cols-2 lg:grid-cols-3">
          {stores.map((s) => (
            <li key={s.slug} className="rounded-2xl border border-line bg-white/70 p-6">
              <Link href={`/stores/${s.slug}`} className="font-display text-2xl text-ink hover:underline">
                {s.name}
              </Link>
              <p className="mt-2 line-clamp-3 text-sm text-ink-soft">{s.description}</p>
              <p className="mt-3 text-xs text-muted">
                {s.listingCount} {s.listingCount === 1 ? "product" : "products"} on sale
              </p>
            </li>
          ))}
        </ul>
      ) : (
        <p className="mt-10 rounded-2xl border border-dashed border-line px-6 py-16 text-center text-ink-soft">No stores yet.</p>
      )}
    </div>
  );
}
