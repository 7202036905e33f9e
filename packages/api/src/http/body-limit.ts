/** Request bodies we accept, in bytes. */
export const BODY_LIMITS = {
  /** tRPC calls (JSON inputs: the largest is an artwork description or a profile) */
  trpc: 1024 * 1024,
  /** one chat turn, with a visitor's history */
  chat: 64 * 1024,
} as const;

function tooLarge(limit: number): Response {
  const size = limit >= 1024 * 1024 ? `${limit / (1024 * 1024)} MB` : `${limit / 1024} KB`;
  return Response.json(
    { error: { code: "PAYLOAD_TOO_LARGE", message: `The request body is larger than ${size}.`, field: null } },
    { status: 413, headers: { connection: "close" } },
  );
}

/**
 * The request with its body read into memory, or a 413 once it is known to be too big: at once from
 * Content-Length, else as soon as the streamed bytes pass the limit (the rest is never read). The
 * handler after it reads the buffered copy, so nothing downstream can be made to read more.
 */
export async function boundedRequest(req: Request, limit: number): Promise<Request | Response> {
  if (req.method === "GET" || req.method === "HEAD" || !req.body) return req;
  const declared = req.headers.get("content-length");
  if (declared !== null && Number(declared) > limit) {
    await req.body.cancel().catch(() => {});
    return tooLarge(limit);
  }
  const reader = req.body.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.byteLength;
    if (total > limit) {
      await reader.cancel().catch(() => {});
      return tooLarge(limit);
    }
    chunks.push(value);
  }
  const body = new Uint8Array(total);
  let at = 0;
  for (const c of chunks) {
    body.set(c, at);
    at += c.byteLength;
  }
  return new Request(req.url, { method: req.method, headers: req.headers, body, signal: req.signal });
}
