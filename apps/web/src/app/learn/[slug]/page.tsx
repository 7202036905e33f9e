import { containerClass } from "@atelier/ui";
import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { KNOWLEDGE_ENTRIES, knowledgeEntry } from "@atelier/core/knowledge/entries/index";
import { TOPIC_LABELS, learnUrl } from "@atelier/core/knowledge/entry";

type Params = { params: Promise<{ slug: string }> };

/** Every entry is known at build time: the pages are static. */
export function generateStaticParams() {
  return KNOWLEDGE_ENTRIES.map((e) => ({ slug: e.slug }));
}
export const dynamicParams = false;

export async function generateMetadata({ params }: Params): Promise<Metadata> {
  const e = knowledgeEntry((await params).slug);
  return e ? { title: `${e.title} · Learn · Atelier`, description: e.body.split(/(?<=\.)\s/)[0] } : {};
}

/** One knowledge entry: its text, its sources, and entries that share its tags. */
export default async function LearnEntryPage({ params }: Params) {
  const e = knowledgeEntry((await params).slug);
  if (!e) notFound();
  const related = KNOWLEDGE_ENTRIES.filter((o) => o.slug !== e.slug && o.tags.some((t) => e.tags.includes(t))).slice(0, 6);
  return (
    <article className={containerClass("max-w-2xl pt-10 pb-20")}>
      <p className="text-xs font-semibold uppercase tracking-[0.2em] text-accent">
        <Link href={`/learn#${e.topic}`} className="hover:underline">
          {TOPIC_LABELS[e.topic]}
        </Link>
      </p>
      <h1 className="mt-2 text-4xl">{e.title}</h1>
      <p className="mt-6 text-lg leading-relaxed">{e.body}</p>
      <section className="mt-8" aria-labelledby="sources">
        <h2 id="sources" className="text-sm font-semibold uppercase tracking-wide text-ink-soft">
          Sources to read further
        </h2>
        <ul className="mt-2 list-disc pl-5 text-sm text-ink-soft">
          {e.sources.map((s) => (
            <li key={s}>{s}</li>
          ))}
        </ul>
        <p className="mt-2 text-xs text-ink-soft">Written in our own words; the sources are where to go deeper.</p>
      </section>
      {related.length ? (
        <section className="mt-8" aria-labelledby="related">
          <h2 id="related" className="text-sm font-semibold uppercase tracking-wide text-ink-soft">
            Related
          </h2>
          <ul className="mt-2 flex flex-wrap gap-2 text-sm">
            {related.map((r) => (
              <li key={r.slug}>
                <Link href={learnUrl(r.slug)} className="rounded-full border border-ink/20 px-3 py-1 hover:border-ink/50">
                  {r.title}
                </Link>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      <p className="mt-10 text-sm">
        <Link href="/learn" className="text-accent-deep underline">
          All entries
        </Link>
      </p>
    </article>
  );
}
