import Link from "next/link";
import { MockupStrip } from "./mockup-strip";

interface Props {
  mockups: Parameters<typeof MockupStrip>[0]["mockups"];
  title: string;
  isPublic: boolean;
  /** the studio licensing page names the work the examples show */
  artworkLink?: { href: string; title: string };
  /** what to say when there are none (default: about this work) */
  emptyText?: string;
}

/** "How your work looks on each product": the mockups the generate-mockups job drew, with what is true about them. */
export function MockupsSection({ mockups, title, isPublic, artworkLink, emptyText }: Props) {
  return (
    <section className="border-t border-line pt-8" aria-labelledby="mockups">
      <h2 id="mockups" className="text-2xl">
        How your work looks on each product
      </h2>
      <p className="mt-1 max-w-3xl text-sm text-ink-soft">
        {artworkLink ? (
          <>
            Shown with{" "}
            <Link href={artworkLink.href} className="underline underline-offset-4">
              {artworkLink.title}
            </Link>
            , your most recently published work.{" "}
          </>
        ) : null}
        One picture for each product your licensing terms allow, drawn by Atelier from the work&apos;s first image; redrawn when you change that image or your
        terms. They are illustrations, not photographs of the products.
      </p>
      <div className="mt-6">
        {mockups.length ? (
          <MockupStrip mockups={mockups} title={title} />
        ) : (
          <p className="rounded-xl border border-dashed border-line px-4 py-6 text-sm text-ink-soft" data-testid="no-mockups">
            {emptyText ??
              (isPublic
                ? "No product pictures yet. They are drawn in the background within a minute or two of publishing, for each product your terms allow; if your terms allow none, there are none."
                : "Product pictures are drawn once this work is published.")}
          </p>
        )}
      </div>
    </section>
  );
}
