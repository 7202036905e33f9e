import { buttonClass } from "@atelier/ui";
import Link from "next/link";

/** Shown to signed-in people without the artist role who open the studio (and to artists whose access was removed). */
export function StudioNoAccess({ accessRemoved = false }: { accessRemoved?: boolean }) {
  if (accessRemoved) {
    return (
      <div className="mx-auto max-w-xl px-4 py-24 text-center" data-testid="studio-access-removed">
        <p className="text-xs font-semibold uppercase tracking-[0.2em] text-accent">Studio</p>
        <h1 className="mt-3 text-4xl">Your artist access was removed</h1>
        <p className="mt-4 text-ink-soft">
          An Atelier admin removed your artist access, so your published works are no longer for sale (nothing was deleted). If you would like to sell on
          Atelier again, you can apply again; once you are approved, your works can be republished from the studio.
        </p>
        <Link href="/apply" className={buttonClass("primary", "mt-8")}>
          Apply again
        </Link>
      </div>
    );
  }
  return (
    <div className="mx-auto max-w-xl px-4 py-24 text-center">
      <p className="text-xs font-semibold uppercase tracking-[0.2em] text-accent">Studio</p>
      <h1 className="mt-3 text-4xl">The studio is for Atelier artists</h1>
      <p className="mt-4 text-ink-soft">
        Here artists list their work, follow reviews and keep their profile. If you make art, tell us about your practice — we review every application by hand.
      </p>
      <Link href="/apply" className={buttonClass("primary", "mt-8")}>
        Apply to sell on Atelier
      </Link>
    </div>
  );
}
