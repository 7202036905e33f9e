import { containerClass } from "@atelier/ui";
import type { Metadata } from "next";
import Link from "next/link";
import { EnquiryList } from "~/components/enquiries/enquiry-list";
import { api } from "~/server/api";

export const metadata: Metadata = { title: "Studio · Enquiries" };

/** Collectors' questions about the artist's works (the studio area is gated to artists in proxy.ts). */
export default async function StudioEnquiriesPage({ searchParams }: { searchParams: Promise<{ cursor?: string }> }) {
  const { cursor } = await searchParams;
  const { items, nextCursor, unreadCount } = await (await api()).enquiry.inbox({ cursor: cursor?.slice(0, 128) || undefined, limit: 25 });
  return (
    <div className={containerClass("py-10")}>
      <h1 className="text-4xl">Enquiries</h1>
      <p className="mt-2 text-ink-soft">
        Collectors&apos; questions about your works. {unreadCount ? `${unreadCount} with a new message.` : ""} Your answers are mailed to them; your email
        address is never shown.
      </p>
      <EnquiryList
        items={items}
        hrefBase="/studio/enquiries"
        empty="No questions yet. When a collector asks about one of your works, it appears here and you get a mail."
      />
      {nextCursor ? (
        <Link href={`/studio/enquiries?cursor=${encodeURIComponent(nextCursor)}`} className="mt-6 inline-block text-sm underline underline-offset-4">
          Older enquiries →
        </Link>
      ) : null}
    </div>
  );
}
