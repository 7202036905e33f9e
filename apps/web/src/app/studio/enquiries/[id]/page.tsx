import { containerClass } from "@atelier/ui";
import type { Metadata } from "next";
import { ThreadView } from "~/components/enquiries/thread-view";
import { orNotFound } from "~/lib/not-found";
import { api } from "~/server/api";

export const metadata: Metadata = { title: "Studio · Enquiry" };

export default async function StudioEnquiryPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const caller = await api();
  const thread = await orNotFound(caller.enquiry.byId({ enquiryId: id.slice(0, 64) }));
  if (thread.unread) await caller.enquiry.markRead({ enquiryId: thread.id });
  return (
    <div className={containerClass("py-10")}>
      <ThreadView thread={thread} backHref="/studio/enquiries" backLabel="All enquiries" />
    </div>
  );
}
