import { containerClass } from "@atelier/ui";
import type { Metadata } from "next";
import Link from "next/link";
import { EnquiryList } from "~/components/enquiries/enquiry-list";
import { api } from "~/server/api";
import { requireIdentity } from "~/server/session";

export const metadata: Metadata = { title: "Your enquiries" };

/** The questions the signed-in collector asked artists, with their answers. */
export default async function AccountEnquiriesPage({ searchParams }: { searchParams: Promise<{ cursor?: string }> }) {
  await requireIdentity("/account/enquiries");
  const { cursor } = await searchParams;
  const { items, nextCursor } = await (await api()).enquiry.mine({ cursor: cursor?.slice(0, 128) || undefined, limit: 25 });
  return (
    <div className={containerClass("py-12")}>
      <h1 className="text-4xl">Your enquiries</h1>
      <p className="mt-2 text-ink-soft">Questions you asked artists about their works. When an artist answers, you get a mail and the reply appears here.</p>
      <EnquiryList
        items={items}
        hrefBase="/account/enquiries"
        empty={
          <>
            No enquiries yet. On any artwork&apos;s page, use <span className="text-ink">Ask the artist</span> to ask about size, framing or shipping.{" "}
            <Link href="/gallery" className="underline underline-offset-4">
              Browse the gallery
            </Link>
          </>
        }
      />
      {nextCursor ? (
        <Link href={`/account/enquiries?cursor=${encodeURIComponent(nextCursor)}`} className="mt-6 inline-block text-sm underline underline-offset-4">
          Older enquiries →
        </Link>
      ) : null}
    </div>
  );
}
