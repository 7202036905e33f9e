/**
 * Cross-site request forgery guard for the writes that are not tRPC (POST /api/chat, image uploads):
 * a browser always says where a request comes from (Origin on every POST, Sec-Fetch-Site in every
 * current browser), so a write from another site's page is refused before anything is read. Scripts
 * that authenticate with a bearer API token and send no cookie pass: a token is not ambient, another
 * site cannot make a browser attach it.
 *
 * tRPC mutations need no such check: they are POSTs with `Content-Type: application/json`, which a
 * cross-site page can only send after a CORS preflight we never answer, and a form cannot send.
 */
export function crossSiteRefusal(req: Request, appUrl: string | undefined): Response | null {
  const headers = req.headers;
  const bearer = headers.get("authorization")?.toLowerCase().startsWith("bearer ");
  if (bearer && !headers.get("cookie")) return null;

  const origin = headers.get("origin");
  if (origin !== null) return allowedOrigins(headers, appUrl).has(hostOf(origin) ?? "\0") ? null : refuse();
  // no Origin (older browsers on same-origin requests, or not a browser): only a browser's own word counts
  const site = headers.get("sec-fetch-site");
  return site === "cross-site" || site === "same-site" ? refuse() : null;
}

function allowedOrigins(headers: Headers, appUrl: string | undefined): Set<string> {
  const hosts = new Set<string>();
  const fromApp = appUrl ? hostOf(appUrl) : null;
  if (fromApp) hosts.add(fromApp);
  const host = headers.get("host");
  if (host) hosts.add(host.toLowerCase());
  const forwarded = headers.get("x-forwarded-host")?.split(",")[0]?.trim();
  if (forwarded) hosts.add(forwarded.toLowerCase());
  return hosts;
}

function hostOf(url: string): string | null {
  try {
    const u = new URL(url);
    return u.protocol === "http:" || u.protocol === "https:" ? u.host.toLowerCase() : null;
  } catch {
    return null;
  }
}

function refuse(): Response {
  return Response.json(
    {
      error: { code: "FORBIDDEN", message: "Cross-site requests are not accepted here. Use Atelier's own pages, or an API token from a script.", field: null },
    },
    { status: 403 },
  );
}
