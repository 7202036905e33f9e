import { containerClass } from "@atelier/ui";
import type { Metadata } from "next";
import Link from "next/link";

export const metadata: Metadata = { title: "Your store · Atelier" };

/** What a signed-in person without a store sees at /store (proxy.ts rewrites here with a 403). */
export default function StoreNoAccessPage() {
  return (
    <div className={containerClass("py-16")}>
      <div className="max-w-2xl">
        <h1 className="text-4xl">You don&apos;t have a store yet</h1>
        <p className="mt-4 text-lg text-ink-soft">
          Stores sell licensed prints and products of Atelier artists&apos; work, within each artist&apos;s terms. Apply for one: our team reviews every
          application and writes to you with the answer.
        </p>
        <Link href="/store/apply" className="mt-8 inline-block rounded-full bg-ink px-5 py-2.5 text-sm font-medium text-paper">
          Apply for a store
        </Link>
      </div>
    </div>
  );
}
