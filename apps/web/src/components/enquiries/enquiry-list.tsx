import Link from "next/link";
import { formatDateTime } from "~/lib/dates";
import { ArtworkThumb } from "../artwork-thumb";

export interface EnquiryListItem {
  id: string;
  artwork: { title: string; thumbnailKey: string | null; thumbnailAlt: string };
  withName: string;
  lastMessageAt: Date;
  lastMessage: { excerpt: string; fromMe: boolean } | null;
  messageCount: number;
  unread: boolean;
}

/** Threads, latest first, for the studio (questions about your works) and the account (your questions). */
export function EnquiryList({ items, hrefBase, empty }: { items: EnquiryListItem[]; hrefBase: string; empty: React.ReactNode }) {
  if (!items.length) return <div className="mt-8 rounded-2xl border border-dashed border-line p-8 text-ink-soft">{empty}</div>;
  return (
    <ul className="mt-8 divide-y divide-line rounded-2xl border border-line bg-white/70" data-testid="enquiry-list">
      {items.map((e) => (
        <li key={e.id}>
          <Link href={`${hrefBase}/${e.id}`} className="flex items-center gap-4 p-4 hover:bg-paper-deep/60">
            <ArtworkThumb imageKey={e.artwork.thumbnailKey} alt={e.artwork.thumbnailAlt} className="h-16 w-16 shrink-0" />
            <div className="min-w-0 flex-1">
              <p className="flex flex-wrap items-baseline gap-x-3 text-ink">
                <span className={e.unread ? "font-semibold" : ""}>{e.artwork.title}</span>
                <span className="text-sm text-muted">with {e.withName}</span>
                {e.unread ? <span className="rounded-full bg-accent/10 px-2 py-0.5 text-xs font-medium text-accent-deep">New</span> : null}
              </p>
              {e.lastMessage ? (
                <p className="mt-1 truncate text-sm text-ink-soft">
                  {e.lastMessage.fromMe ? "You: " : ""}
                  {e.lastMessage.excerpt}
                </p>
              ) : null}
            </div>
            <p className="hidden shrink-0 text-right text-xs text-muted sm:block">
              {formatDateTime(e.lastMessageAt)}
              <br />
              {e.messageCount} {e.messageCount === 1 ? "message" : "messages"}
            </p>
          </Link>
        </li>
      ))}
    </ul>
  );
}
