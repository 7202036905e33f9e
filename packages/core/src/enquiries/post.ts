import type { Prisma } from "@atelier/db";
import { emailEvent, eventsWithTransaction } from "@atelier/events";
import { threadPath, type EnquiryDeps } from "./deps.ts";

export interface ThreadParties {
  id: string;
  artworkTitle: string;
  collector: { id: string; name: string; email: string };
  artist: { id: string; name: string; email: string };
}

/**
 * Writes one message into a thread (inside the caller's transaction): the message, the thread's last-message
 * time and the author's read mark, and the mail to the other party, queued with the transaction so the
 * mail goes out exactly when the message exists. Returns what to run after commit.
 */
export async function postMessage(deps: EnquiryDeps, tx: Prisma.TransactionClient, thread: ThreadParties, authorId: string, body: string) {
  const now = deps.now();
  const fromArtist = authorId === thread.artist.id;
  const message = await tx.enquiryMessage.create({ data: { enquiryId: thread.id, authorId, body, createdAt: now }, select: { id: true, createdAt: true } });
  await tx.enquiry.update({
    where: { id: thread.id },
    data: { lastMessageAt: now, ...(fromArtist ? { artistReadAt: now } : { collectorReadAt: now }) },
  });
  const sender = fromArtist ? thread.artist : thread.collector;
  const recipient = fromArtist ? thread.collector : thread.artist;
  const mail = emailEvent(
    {
      template: fromArtist ? "enquiry-reply" : "enquiry-received",
      to: recipient.email,
      props: {
        displayName: recipient.name,
        senderName: sender.name,
        artworkTitle: thread.artworkTitle,
        message: body,
        threadUrl: `${deps.appUrl}${threadPath(fromArtist ? "collector" : "artist", thread.id)}`,
      },
    },
    `enquiry-message:${message.id}`,
  );
  const afterCommit = await eventsWithTransaction(deps.events, tx, mail);
  return { message, afterCommit };
}

/** The select that loads a thread's two parties for postMessage. */
export const threadPartiesSelect = {
  id: true,
  artwork: { select: { title: true, artist: { select: { displayName: true } } } },
  collector: { select: { id: true, name: true, email: true } },
  artistUser: { select: { id: true, email: true } },
} as const;

export function toThreadParties(row: {
  id: string;
  artwork: { title: string; artist: { displayName: string } };
  collector: { id: string; name: string; email: string };
  artistUser: { id: string; email: string };
}): ThreadParties {
  return {
    id: row.id,
    artworkTitle: row.artwork.title,
    collector: { ...row.collector, name: row.collector.name || "A collector" },
    artist: { id: row.artistUser.id, email: row.artistUser.email, name: row.artwork.artist.displayName },
  };
}
