import { Alert, containerClass } from "@atelier/ui";
import { TRPCError } from "@trpc/server";
import type { Metadata } from "next";
import Link from "next/link";
import { api } from "~/server/api";
import { MockupsSection } from "~/components/mockups/mockups-section";
import { LicensingTermsForm } from "./licensing-terms-form";

export const metadata: Metadata = { title: "Licensing · Studio" };

async function load() {
  try {
    return await (await api()).licensing.mine();
  } catch (e) {
    if (e instanceof TRPCError && e.code === "PRECONDITION_FAILED") return null;
    throw e;
  }
}

export default async function StudioLicensingPage() {
  const mine = await load();
  const latest = mine ? await (await api()).mockup.myLatest() : null;
  return (
    <div className={containerClass("py-12")}>
      <div className="max-w-3xl">
        <h1 className="text-4xl">Licensing</h1>
        <p className="mt-2 text-ink-soft">
          Your terms for prints and products of your work: what you earn when another store sells them, the least they may cost, how far they may be discounted
          and what they may be. They apply to all your works; an artwork&apos;s own page can set different terms for that work.
        </p>
      </div>
      {!mine ? (
        <Alert tone="info" className="mt-8 max-w-3xl">
          Start by{" "}
          <Link href="/studio/profile" className="font-medium text-ink underline underline-offset-4">
            setting up your artist profile
          </Link>
          ; then set your licensing terms here.
        </Alert>
      ) : (
        <div className="mt-10">
          {!mine.saved ? (
            <Alert tone="info" className="mb-8 max-w-3xl">
              You have not set terms yet, so Atelier&apos;s defaults apply: shown below. Other stores cannot sell your work until you allow it.
            </Alert>
          ) : null}
          <LicensingTermsForm initial={mine.form} productTypes={mine.productTypes} initialExample={mine.example} />
          <div className="mt-12">
            {latest ? (
              <MockupsSection
                mockups={latest.mockups}
                title={latest.title}
                isPublic
                artworkLink={{ href: `/studio/artworks/${latest.artworkId}`, title: latest.title }}
              />
            ) : (
              <MockupsSection
                mockups={[]}
                title=""
                isPublic={false}
                emptyText="Pictures of your work on each product appear here once one of your works is published."
              />
            )}
          </div>
        </div>
      )}
    </div>
  );
}
