import { containerClass } from "@atelier/ui";
import type { Metadata } from "next";
import { ThreadView } from "~/components/enquiries/thread-view";
import { orNotFound } from "~/lib/not-found";
import { api } from "~/server/api";
import { requireIdentity } from "~/server/session";

export const metadata: Metadata = { title: "Enquiry" };

export default async function AccountEnquiryPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  await requireIdentity(`/account/enquiries/${encodeURIComponent(id)}`);
  const caller = await api();
  const thread = await orNotFound(caller.enquiry.byId({ enquiryId: id.slice(0, 64) }));
  if (thread.unread) await caller.enquiry.markRead({ enquiryId: thread.id });
  return (
    <div className={containerClass("py-12")}>
      <ThreadView thread={thread} backHref="/account/enquiries" backLabel="All your enquiries" />
    </div>
  );
}
