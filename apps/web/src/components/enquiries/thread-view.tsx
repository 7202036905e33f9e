import Link from "next/link";
import { formatDateTime } from "~/lib/dates";
import { ArtworkThumb } from "../artwork-thumb";
import { ReplyForm } from "./reply-form";

export interface EnquiryThread {
  id: string;
  side: "collector" | "artist";
  artwork: { title: string; slug: string; isPublic: boolean; artistName: string; thumbnailKey: string | null; thumbnailAlt: string };
  collectorName: string;
  artistName: string;
  messages: { id: string; body: string; createdAt: Date; fromMe: boolean; authorName: string }[];
}

/** One conversation about one work, oldest message first, with the reply box. The same view for both parties. */
export function ThreadView({ thread, backHref, backLabel }: { thread: EnquiryThread; backHref: string; backLabel: string }) {
  const other = thread.side === "artist" ? thread.collectorName : thread.artistName;
  return (
    <div className="max-w-3xl">
      <Link href={backHref} className="text-sm text-muted hover:text-ink">
        ← {backLabel}
      </Link>
      <div className="mt-4 flex items-center gap-4">
        <ArtworkThumb imageKey={thread.artwork.thumbnailKey} alt={thread.artwork.thumbnailAlt} className="h-20 w-20 shrink-0" />
        <div>
          <h1 className="text-3xl leading-tight">{thread.artwork.title}</h1>
          <p className="text-sm text-ink-soft">
            Conversation with {other}
            {thread.artwork.isPublic ? (
              <>
                {" · "}
                <Link href={`/artworks/${thread.artwork.slug}`} className="underline underline-offset-4 hover:text-ink">
                  View the work
                </Link>
              </>
            ) : null}
          </p>
        </div>
      </div>
      <ol className="mt-8 space-y-4" aria-label="Messages" data-testid="enquiry-messages">
        {thread.messages.map((m) => (
          <li key={m.id} className={`flex ${m.fromMe ? "justify-end" : "justify-start"}`}>
            <div className={`max-w-[85%] rounded-2xl px-4 py-3 ${m.fromMe ? "bg-ink text-paper" : "border border-line bg-white text-ink"}`}>
              <p className={`text-xs ${m.fromMe ? "text-paper/70" : "text-muted"}`}>
                {m.fromMe ? "You" : m.authorName} · {formatDateTime(m.createdAt)}
              </p>
              <p className="mt-1 whitespace-pre-line">{m.body}</p>
            </div>
          </li>
        ))}
      </ol>
      <ReplyForm enquiryId={thread.id} otherName={other} />
    </div>
  );
}
