import type { ComponentProps } from "react";
import { buttonClass, containerClass } from "@atelier/ui";
import Link from "next/link";
import { ArtworkPicture } from "~/components/artwork-picture";
import { ArtworkCard } from "~/components/gallery/artwork-card";
import { api } from "~/server/api";
import { currentIdentity } from "~/server/session";

const canvases = [
  "from-[#c2412d] via-[#e07a4f] to-[#f2c57c]",
  "from-[#1f3a5f] via-[#3f6e8c] to-[#b8d0d9]",
  "from-[#2f4a33] via-[#6d8f5e] to-[#e3dcc2]",
  "from-[#3a2b44] via-[#8a5a7a] to-[#f0c9b8]",
];

const steps = [
  { title: "Artists apply", body: "Every artist is reviewed by people, then paid through Stripe Connect once onboarding is complete." },
  { title: "Collectors discover", body: "Browse originals, numbered editions and licensed prints, or ask the patron assistant what fits your wall." },
  {
    title: "Everyone is paid exactly",
    body: "One payment is split to the cent between artist, platform and any licensing partner, and every share is on record.",
  },
];

export default async function HomePage() {
  const identity = await currentIdentity();
  const caller = await api();
  const [hero, newest, recommended] = await Promise.all([
    caller.artwork.featured({ limit: 4 }),
    caller.artwork.list({ limit: 12, sort: "newest" }).then((p) => p.items),
    identity ? caller.artwork.recommended({ limit: 8 }).then((r) => r.items) : Promise.resolve([]),
  ]);
  // the hero shows the collectors' favourites; the row below shows what is new, without repeating them
  const heroIds = new Set(hero.map((a) => a.id));
  const recent = newest.filter((a) => !heroIds.has(a.id)).slice(0, 8);
  return (
    <>
      <section className={containerClass("grid items-center gap-12 pt-14 pb-20 md:grid-cols-[1.1fr_1fr] md:pt-20")}>
        <div>
          <p className="text-xs font-semibold uppercase tracking-[0.2em] text-accent">Open-source art marketplace</p>
          <h1 className="mt-4 text-5xl leading-[1.05] text-ink sm:text-6xl">Original art, fairly sold.</h1>
          <p className="mt-6 max-w-xl text-lg text-ink-soft">
            Atelier connects independent artists with collectors. Originals, editions and licensed prints — with an AI patron assistant that knows the
            catalogue, and payments that give every party its exact share.
          </p>
          <div className="mt-8 flex flex-wrap gap-3">
            {identity ? (
              <Link href="/account" className={buttonClass("primary")}>
                Go to your account
              </Link>
            ) : (
              <Link href="/sign-up" className={buttonClass("primary")}>
                Create a free account
              </Link>
            )}
            <Link href="/#for-artists" className={buttonClass("secondary")}>
              I&apos;m an artist
            </Link>
          </div>
        </div>
        {hero.length === 4 ? (
          <div className="grid grid-cols-2 gap-4">
            {hero.map((a, i) => (
              <Link
                key={a.id}
                href={`/artworks/${a.slug}`}
                className={`rounded-sm bg-white p-3 shadow-[0_18px_40px_-20px_rgba(29,27,24,0.45)] ${i % 2 ? "mt-10" : ""}`}
              >
                <ArtworkPicture image={a.image} title={a.title} aspect={4 / 5} priority sizes="(min-width: 768px) 260px, 45vw" />
              </Link>
            ))}
          </div>
        ) : (
          <div aria-hidden className="grid grid-cols-2 gap-4">
            {canvases.map((c, i) => (
              <div key={c} className={`rounded-sm bg-white p-3 shadow-[0_18px_40px_-20px_rgba(29,27,24,0.45)] ${i % 2 ? "mt-10" : ""}`}>
                <div className={`aspect-[4/5] bg-gradient-to-br ${c}`} />
              </div>
            ))}
          </div>
        )}
      </section>

      {recommended.length ? (
        <section aria-labelledby="recommended" className={containerClass("pb-16")}>
          <ArtworkStrip
            id="recommended"
            title="Recommended for you"
            href="/favourites"
            linkLabel="From your favourites and the artists you follow →"
            items={recommended}
          />
        </section>
      ) : null}

      {recent.length ? (
        <section aria-labelledby="recent" className={containerClass("pb-16")}>
          <ArtworkStrip id="recent" title="Recently published" href="/gallery" linkLabel="See the whole gallery →" items={recent} />
        </section>
      ) : null}

      <section id="how-it-works" className="border-y border-line bg-white/50">
        <div className={containerClass("py-16")}>
          <h2 className="text-3xl">How Atelier works</h2>
          <ol className="mt-8 grid gap-6 md:grid-cols-3">
            {steps.map((s, i) => (
              <li key={s.title} className="rounded-2xl border border-line bg-paper p-6">
                <span className="font-display text-3xl text-accent">{i + 1}</span>
                <h3 className="mt-2 text-xl">{s.title}</h3>
                <p className="mt-2 text-ink-soft">{s.body}</p>
              </li>
            ))}
          </ol>
        </div>
      </section>

      <section id="for-artists" className={containerClass("grid gap-10 py-16 md:grid-cols-2")}>
        <div>
          <h2 className="text-3xl">For artists</h2>
          <p className="mt-4 text-ink-soft">
            Apply with your statement and portfolio. Once approved you manage your own portfolio, set prices and licensing terms, and see every sale, transfer
            and payout. The artist assistant helps write your bio, statements and listing descriptions from your images — drafts you approve, never published
            for you.
          </p>
        </div>
        <div className="rounded-2xl border border-line bg-white/70 p-6">
          <p className="text-sm font-medium text-muted">An example sale of an original at €1,200.00</p>
          <dl className="mt-4 divide-y divide-line text-sm">
            {[
              ["Collector pays", "€1,200.00"],
              ["Artist receives", "€600.00"],
              ["Platform commission (50%, configurable)", "€600.00"],
            ].map(([k, v]) => (
              <div key={k} className="flex justify-between py-2.5">
                <dt className="text-ink-soft">{k}</dt>
                <dd className="font-mono">{v}</dd>
              </div>
            ))}
          </dl>
          <p className="mt-3 text-xs text-muted">Shares are computed in whole cents and always add up to the amount charged.</p>
        </div>
      </section>
    </>
  );
}

/** A titled, horizontally scrolling row of artwork cards. */
function ArtworkStrip({
  id,
  title,
  href,
  linkLabel,
  items,
}: {
  id: string;
  title: string;
  href: string;
  linkLabel: string;
  items: ComponentProps<typeof ArtworkCard>["artwork"][];
}) {
  return (
    <>
      <div className="mb-6 flex flex-wrap items-end justify-between gap-x-6 gap-y-2">
        <h2 id={id} className="text-3xl">
          {title}
        </h2>
        <Link href={href} className="text-sm text-ink-soft underline-offset-4 hover:underline">
          {linkLabel}
        </Link>
      </div>
      <div className="-mx-4 flex snap-x scroll-px-4 gap-6 overflow-x-auto px-4 pb-4 sm:mx-0 sm:scroll-px-0 sm:px-0" data-testid={`${id}-strip`}>
        {items.map((a) => (
          <div key={a.id} className="w-56 shrink-0 snap-start">
            <ArtworkCard artwork={a} />
          </div>
        ))}
      </div>
    </>
  );
}
