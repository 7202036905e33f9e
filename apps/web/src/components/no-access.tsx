import { buttonClass, containerClass } from "@atelier/ui";
import Link from "next/link";

/** Shown to signed-in people who lack the role a page needs (the server enforces it on every procedure too). */
export function NoAccess({ area = "admin area", note = "It is for Atelier administrators." }: { area?: string; note?: string }) {
  return (
    <div className={containerClass("py-20 sm:py-24")}>
      <div className="max-w-2xl">
        <h1 className="text-4xl leading-tight">You don&apos;t have access to this page</h1>
        <p className="mt-4 text-lg text-ink-soft">
          The {area} is not open to your account. {note}
        </p>
        <Link href="/" className={buttonClass("secondary", "mt-8")}>
          Go to the home page
        </Link>
      </div>
    </div>
  );
}
