import { buttonClass, containerClass } from "@atelier/ui";
import Link from "next/link";
import { studioAccessCopy, type StudioApplication } from "./studio-access";

/** Shown to signed-in people without the artist role who open the studio: what their application means for them. */
export function StudioNoAccess({ application, contactEmail }: { application: StudioApplication | null; contactEmail: string }) {
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
