import type { Db } from "@atelier/db";
import { invoicesChangedSince } from "@atelier/core/invoices/read";

export interface InvoiceStreamDeps {
  db: Db;
  /** the signed-in user, if they are an artist; anyone else gets 401/403 */
  getArtistId: () => Promise<{ userId: string } | "anonymous" | "not-artist">;
  /** how often the stream looks for changes (ms) */
  pollMs?: number;
  /** a comment line this often keeps proxies from closing an idle stream */
  heartbeatMs?: number;
}

const encoder = new TextEncoder();

/**
 * GET /api/studio/invoices/stream: server-sent events for the artist's console and invoice list. Every
 * `pollMs` it asks the database which of the artist's invoices changed since the last look (an index on
 * (sellerId, updatedAt)) and sends each batch as an `invoices` event (ids, statuses, what the rows show);
 * the browser refreshes what it shows. A webhook's job writes the row, so the page follows within a poll of
 * the write, without a reload — and the same on every server, since the database is the only channel.
 */
export async function streamInvoiceChanges(req: Request, deps: InvoiceStreamDeps): Promise<Response> {
  const who = await deps.getArtistId();
  if (who === "anonymous") return new Response("Sign in to follow your invoices.", { status: 401 });
  if (who === "not-artist") return new Response("Only artists have invoices.", { status: 403 });
  const pollMs = deps.pollMs ?? 250;
  const heartbeatMs = deps.heartbeatMs ?? 15_000;
  let since = new Date();
  let closed = false;
  const stream = new ReadableStream<Uint8Array>({
    async start(controller) {
      const send = (text: string) => {
        if (!closed) controller.enqueue(encoder.encode(text));
      };
      const close = () => {
        if (closed) return;
        closed = true;
        try {
          controller.close();
        } catch {
          /* already closed by the client */
        }
      };
      req.signal.addEventListener("abort", close);
      send(`retry: 2000\nevent: ready\ndata: ${JSON.stringify({ since: since.toISOString() })}\n\n`);
      let lastBeat = Date.now();
      while (!closed) {
        try {
          const { rows, cursor } = await invoicesChangedSince(deps.db, who.userId, since);
          since = cursor;
          if (rows.length) {
            const changes = rows.map((r) => ({ id: r.id, reference: r.reference, status: r.status, updatedAt: r.updatedAt.toISOString(), showId: r.showId }));
            send(`event: invoices\ndata: ${JSON.stringify(changes)}\n\n`);
          } else if (Date.now() - lastBeat > heartbeatMs) {
            send(`: still here\n\n`);
            lastBeat = Date.now();
          }
        } catch {
          // the database went away for a moment: the browser reconnects (retry: 2000) and asks again
          close();
          break;
        }
        await new Promise((r) => setTimeout(r, pollMs));
      }
    },
    cancel() {
      closed = true;
    },
  });
  return new Response(stream, {
    headers: {
      "content-type": "text/event-stream; charset=utf-8",
      "cache-control": "no-cache, no-transform",
      connection: "keep-alive",
      "x-accel-buffering": "no",
    },
  });
}
