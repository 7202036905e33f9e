import { buttonClass, containerClass } from "@atelier/ui";
import Link from "next/link";
import { studioAccessCopy, type StudioApplication } from "./studio-access";

/** Shown to signed-in people without the artist role who open the studio: what their application means for them (or that an admin removed their access). */
export function StudioNoAccess({
  application,
  contactEmail,
  accessRemoved = false,
}: {
  application: StudioApplication | null;
  contactEmail: string;
  accessRemoved?: boolean;
}) {
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
  const copy = studioAccessCopy(application, contactEmail);
  return (
    <div className={containerClass("py-20 sm:py-24")} data-testid="studio-no-access" data-state={copy.state}>
      <div className="max-w-2xl">
        <p className="text-xs font-semibold uppercase tracking-[0.2em] text-accent">Studio</p>
        <h1 className="mt-3 text-4xl leading-tight">{copy.title}</h1>
        <p className="mt-4 text-lg text-ink-soft">{copy.body}</p>
        <div className="mt-8 flex flex-wrap gap-3">
          <Link href={copy.action.href} className={buttonClass("primary")}>
            {copy.action.label}
          </Link>
          {copy.secondary ? (
            <Link href={copy.secondary.href} className={buttonClass("secondary")}>
              {copy.secondary.label}
            </Link>
          ) : null}
        </div>
      </div>
    </div>
  );
}
