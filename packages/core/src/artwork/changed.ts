import type { EventSender } from "@atelier/events";
import { artworkChangedEvent } from "@atelier/events";

/**
 * Tells background work that an artwork's public text or visibility changed (embed-artwork keeps
 * its search embedding in step). Sent after the change committed; an unchanged text costs a hash.
 */
export async function announceArtworkChange(events: EventSender, artworkId: string, now = new Date()): Promise<void> {
  await events.send(artworkChangedEvent(artworkId, now));
}
