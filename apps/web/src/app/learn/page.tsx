import { containerClass } from "@atelier/ui";
import type { Metadata } from "next";
import Link from "next/link";
import { entriesByTopic } from "@atelier/core/knowledge/entries/index";
import { KNOWLEDGE_TOPICS, TOPIC_LABELS, learnUrl } from "@atelier/core/knowledge/entry";

export const metadata: Metadata = {
  title: "Learn · Atelier",
  description: "Short, sourced entries on techniques, mediums, movements, collecting, caring for art and how the art market works.",
};

/** The art knowledge base's index: every entry by topic (static: the entries live in the repo). */
export default function LearnPage() {
  return (
    <div className={containerClass("pt-10 pb-20")}>
      <p className="text-xs font-semibold uppercase tracking-[0.2em] text-accent">Art knowledge</p>
      <h1 className="mt-2 text-4xl sm:text-5xl">Learn</h1>
      <p className="mt-2 max-w-xl text-ink-soft">
        Short entries in our own words on how art is made, cared for and bought, each with sources to read further. The assistant answers from them too.
      </p>
      <nav aria-label="Topics" className="mt-6 flex flex-wrap gap-2 text-sm">
        {KNOWLEDGE_TOPICS.map((t) => (
          <a key={t} href={`#${t}`} className="rounded-full border border-ink/20 px-3 py-1 hover:border-ink/50">
            {TOPIC_LABELS[t]}
          </a>
        ))}
      </nav>
      {KNOWLEDGE_TOPICS.map((topic) => (
        <section key={topic} id={topic} className="mt-12" aria-labelledby={`h-${topic}`}>
          <h2 id={`h-${topic}`} className="text-2xl">
            {TOPIC_LABELS[topic]}
          </h2>
          <ul className="mt-4 grid gap-x-6 gap-y-2 sm:grid-cols-2 lg:grid-cols-3">
            {entriesByTopic(topic).map((e) => (
              <li key={e.slug}>
                <Link href={learnUrl(e.slug)} className="text-ink hover:underline">
                  {e.title}
                </Link>
              </li>
            ))}
          </ul>
        </section>
      ))}
    </div>
  );
}
