import { containerClass } from "@atelier/ui";
import type { Metadata } from "next";
import Link from "next/link";
import { ArtworkForm } from "../artwork-form";

export const metadata: Metadata = { title: "New artwork · Studio" };

export default async function NewArtworkPage() {
  return (
    <div className={containerClass("py-12")}>
      <div className="max-w-3xl">
        <Link href="/studio" className="text-sm text-ink-soft hover:text-ink">
          ← Your artworks
        </Link>
        <h1 className="mt-4 text-4xl">New artwork</h1>
        <p className="mt-2 text-ink-soft">Start with the details. You add images next, then submit the artwork for review.</p>
        <div className="mt-10">
          <ArtworkForm />
        </div>
      </div>
    </div>
  );
}
