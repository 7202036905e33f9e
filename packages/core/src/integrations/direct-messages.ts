/**
 * Sending an invoice's payment link by Instagram or Facebook direct message, through Meta's Graph API (the
 * Messenger Platform, which carries Instagram messaging for a professional account linked to a Facebook Page).
 * Without META_PAGE_ID and META_PAGE_ACCESS_TOKEN the adapter says so and sends nothing: the link is always on the
 * console to copy and paste by hand. Meta only lets a business answer someone who wrote to it (a 24-hour window
 * after their last message), so the buyer is found among the Page's conversations by their handle, and Meta's own
 * refusal (window closed, no such conversation) is passed on as it is.
 */

export type DirectMessageChannel = "INSTAGRAM" | "FACEBOOK";

export const DIRECT_MESSAGE_CHANNELS: Record<DirectMessageChannel, { name: string; platform: "instagram" | "messenger" }> = {
  INSTAGRAM: { name: "Instagram", platform: "instagram" },
  FACEBOOK: { name: "Facebook Messenger", platform: "messenger" },
};

export interface MetaMessagingSettings {
  META_PAGE_ID?: string;
  META_PAGE_ACCESS_TOKEN?: string;
  /** default https://graph.facebook.com/v21.0 */
  META_GRAPH_URL?: string;
}

export type DirectMessageResult = { ok: true; detail: string } | { ok: false; reason: "not-configured" | "no-conversation" | "refused"; message: string };

export const directMessagesConfigured = (s: MetaMessagingSettings): boolean => !!(s.META_PAGE_ID && s.META_PAGE_ACCESS_TOKEN);

interface Participant {
  id: string;
  username?: string;
  name?: string;
}

/** Sends `text` to `handle` on the channel, or says honestly why it could not. `fetchFn` is the network (tests pass a local server's). */
export async function sendDirectMessage(
  settings: MetaMessagingSettings,
  channel: DirectMessageChannel,
  handle: string,
  text: string,
  fetchFn: typeof fetch = fetch,
): Promise<DirectMessageResult> {
  const { name, platform } = DIRECT_MESSAGE_CHANNELS[channel];
  if (!directMessagesConfigured(settings))
    return {
      ok: false,
      reason: "not-configured",
      message: `${name} messages are not set up on this Atelier (META_PAGE_ID and META_PAGE_ACCESS_TOKEN are not set). Copy the link and send it to @${handle.replace(/^@/, "")} yourself.`,
    };
  const graph = (settings.META_GRAPH_URL ?? "https://graph.facebook.com/v21.0").replace(/\/$/, "");
  const page = encodeURIComponent(settings.META_PAGE_ID!);
  const auth = { Authorization: `Bearer ${settings.META_PAGE_ACCESS_TOKEN}` };
  const wanted = handle.replace(/^@/, "").toLowerCase();

  const list = await fetchFn(`${graph}/${page}/conversations?platform=${platform}&fields=participants&limit=100`, { headers: auth });
  const listed = (await list.json().catch(() => ({}))) as { data?: { participants?: { data?: Participant[] } }[]; error?: { message?: string } };
  if (!list.ok) return { ok: false, reason: "refused", message: `${name} refused: ${listed.error?.message ?? `HTTP ${list.status}`}` };
  const recipient = (listed.data ?? [])
    .flatMap((c) => c.participants?.data ?? [])
    .find((p) => p.id !== settings.META_PAGE_ID && (p.username ?? p.name ?? "").toLowerCase() === wanted);
  if (!recipient)
    return {
      ok: false,
      reason: "no-conversation",
      message: `@${handle} has no ${name} conversation with your page yet (Meta lets a business message only someone who wrote first). Copy the link instead.`,
    };

  const sent = await fetchFn(`${graph}/${page}/messages`, {
    method: "POST",
    headers: { ...auth, "Content-Type": "application/json" },
    body: JSON.stringify({ recipient: { id: recipient.id }, messaging_type: "RESPONSE", message: { text } }),
  });
  const body = (await sent.json().catch(() => ({}))) as { message_id?: string; error?: { message?: string } };
  if (!sent.ok || !body.message_id) return { ok: false, reason: "refused", message: `${name} refused: ${body.error?.message ?? `HTTP ${sent.status}`}` };
  return { ok: true, detail: `Sent to @${wanted} on ${name}.` };
}
