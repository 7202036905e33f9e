import { openDownload } from "@atelier/core/downloads/links";
import type { Storage } from "@atelier/core/storage";
import type { Db } from "@atelier/db";

export interface DownloadDeps {
  db: Db;
  storage: Storage;
  linkKey: Uint8Array;
  now?: () => Date;
}

const escape = (s: string) => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

/** A short page a person can read when the link is refused (the browser opened it, so plain text would be bare). */
function refusal(status: number, message: string): Response {
  const title = status === 410 ? "This link has expired" : "This file can't be downloaded";
  const html = `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1"><title>${title} · Atelier</title>
<style>body{font:16px/1.5 system-ui,sans-serif;background:#f7f4ee;color:#22201c;margin:0;display:grid;place-items:center;min-height:100vh}main{max-width:28rem;padding:2rem}h1{font:600 1.6rem Georgia,serif;margin:0 0 .5rem}a{color:inherit}</style></head>
<body><main><h1>${title}</h1><p>${escape(message)}</p><p><a href="/orders">Go to your orders</a></p></main></body></html>`;
  return new Response(html, {
    status,
    headers: { "content-type": "text/html; charset=utf-8", "cache-control": "no-store", "referrer-policy": "no-referrer", "x-content-type-options": "nosniff" },
  });
}

/**
 * GET /api/downloads/:token — the clean file of a paid digital download, as an attachment, for a signed link that
 * has not expired (core/downloads/links.ts). Tampered: 403; expired: 410; refunded: 403; each with a page that
 * says what to do. Never cached: the link is the permission.
 */
export async function serveDownload(token: string, deps: DownloadDeps): Promise<Response> {
  const opened = await openDownload(deps, token.slice(0, 256));
  if (!opened.ok) return refusal(opened.status, opened.message);
  return new Response(opened.bytes as BodyInit, {
    headers: {
      "content-type": opened.contentType,
      "content-length": String(opened.bytes.byteLength),
      "content-disposition": `attachment; filename="${opened.filename}"`,
      "cache-control": "private, no-store",
      "referrer-policy": "no-referrer",
      "x-content-type-options": "nosniff",
    },
  });
}
