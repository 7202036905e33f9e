import { buttonClass } from "@atelier/ui";
import type { Metadata } from "next";
import Link from "next/link";
import { ProblemPage } from "~/components/problem-page";

export const metadata: Metadata = { title: "Page not found" };

/** Every unknown address, and every artwork, artist or record that is not (or no longer) public. */
export default function NotFound() {
  return (
    <ProblemPage
      code="404 · Not found"
      title="We couldn't find that page"
      actions={
        <>
          <Link href="/gallery" className={buttonClass("primary")}>
            Browse the gallery
          </Link>
          <Link href="/artists" className={buttonClass("secondary")}>
            Meet the artists
          </Link>
        </>
      }
    >
      <p>The link may be mistyped, or the artist may have taken the page down. Search the collection, or start from the gallery.</p>
      <form
        action="/gallery"
        method="get"
        role="search"
        className="!mt-6 flex max-w-md rounded-full border border-line bg-white/80 p-1 focus-within:border-ink/40"
      >
        <label htmlFor="not-found-q" className="sr-only">
          Search artworks
        </label>
        <input
          id="not-found-q"
          name="q"
          type="search"
          maxLength={200}
          placeholder="Search titles, artists, tags…"
          className="min-w-0 flex-1 bg-transparent px-4 text-base text-ink placeholder:text-muted focus:outline-none"
        />
        <button type="submit" className="rounded-full bg-ink px-4 py-2 text-sm font-medium text-paper hover:bg-ink-soft">
          Search
        </button>
      </form>
    </ProblemPage>
  );
}
