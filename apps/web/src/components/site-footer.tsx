import { containerClass } from "@atelier/ui";
import Link from "next/link";

export function SiteFooter() {
  return (
    <footer className="mt-24 border-t border-line bg-paper-deep/40">
      <div className={containerClass("grid gap-8 py-10 text-sm text-ink-soft sm:grid-cols-3")}>
        <div>
          <p className="font-display text-xl text-ink">
            Atelier<span className="text-accent">.</span>
          </p>
          <p className="mt-2 max-w-xs">An open-source marketplace for original art, built so that every sale pays every party its exact share.</p>
        </div>
        <div className="space-y-2">
          <p className="font-medium text-ink">Marketplace</p>
          <Link href="/gallery" className="block hover:text-ink">
            Gallery
          </Link>
          <Link href="/artists" className="block hover:text-ink">
            Artists
          </Link>
          <Link href="/stores" className="block hover:text-ink">
            Stores
          </Link>
          <Link href="/learn" className="block hover:text-ink">
            Learn about art
          </Link>
          <Link href="/#for-artists" className="block hover:text-ink">
            Sell your work
          </Link>
          <Link href="/store/apply" className="block hover:text-ink">
            Open a store
          </Link>
        </div>
        <div className="space-y-2">
          <p className="font-medium text-ink">Developers</p>
          <Link href="/account#tokens" className="block hover:text-ink">
            API tokens
          </Link>
          <Link href="/status" className="block hover:text-ink">
            Service status
          </Link>
        </div>
      </div>
      <p className="border-t border-line py-4 text-center text-xs text-muted">© {new Date().getFullYear()} Atelier contributors · MIT licensed</p>
    </footer>
  );
}
