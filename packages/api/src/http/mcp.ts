import { logger } from "@atelier/core/observability/logger";
import { WebStandardStreamableHTTPServerTransport } from "@modelcontextprotocol/sdk/server/webStandardStreamableHttp.js";
import type { Context } from "../context.ts";
import { createMcpServer } from "../mcp/server.ts";
import { fail } from "./json-error.ts";
import { inRequestScope } from "./request-scope.ts";

export interface McpDeps {
  /** the request's context, built from its headers with no session: an agent proves who it acts for with a bearer token only */
  createContext: (req: Request) => Promise<Context>;
  /** the public origin (APP_URL); absent → only loopback hosts are served */
  appUrl?: string;
}

/** An MCP message is small; a megabyte is far more than any tool's input. */
const MAX_BODY_BYTES = 1024 * 1024;

const LOOPBACK_HOSTS = new Set(["localhost", "127.0.0.1", "[::1]"]);

/**
 * DNS-rebinding protection: a page on another site that resolves its own name to this server still
 * sends its own name as Host (and its own origin as Origin), so only Atelier's public host and loopback
 * names are served, and a browser's Origin must be one of them. Clients that are not browsers send no Origin.
 */
export function hostRefusal(req: Request, appUrl: string | undefined): string | null {
  const allowedHost = (host: string) => {
    const h = host.toLowerCase();
    if (appUrl && h === new URL(appUrl).host.toLowerCase()) return true;
    return LOOPBACK_HOSTS.has(h.replace(/:\d+$/, ""));
  };
  const host = req.headers.get("host");
  if (!host || !allowedHost(host)) return `This MCP endpoint does not answer for the host ${host ?? "(none)"}.`;
  const origin = req.headers.get("origin");
  if (origin !== null) {
    let originHost: string | null = null;
    try {
      const u = new URL(origin);
      originHost = u.protocol === "http:" || u.protocol === "https:" ? u.host : null;
    } catch {
      originHost = null;
    }
    if (!originHost || !allowedHost(originHost)) return `Requests from ${origin} are not accepted here.`;
  }
  return null;
}

/**
 * POST /api/mcp: the Model Context Protocol over Streamable HTTP, stateless (a new server and transport
 * per request, no session ids) with JSON answers. GET (a server-sent stream) and DELETE (ending a session)
 * have no meaning without sessions: 405.
 */
export async function handleMcpRequest(req: Request, deps: McpDeps): Promise<Response> {
  return inRequestScope(req, async () => {
    const refused = hostRefusal(req, deps.appUrl);
    if (refused) return fail(403, "FORBIDDEN", refused);
    if (req.method !== "POST") {
      return Response.json(
        { jsonrpc: "2.0", error: { code: -32000, message: "Method not allowed: this endpoint is stateless, send JSON-RPC messages by POST." }, id: null },
        { status: 405, headers: { allow: "POST" } },
      );
    }
    const ctx = await deps.createContext(req);
    const server = createMcpServer(ctx);
    const transport = new WebStandardStreamableHTTPServerTransport({
      sessionIdGenerator: undefined,
      enableJsonResponse: true,
      maxRequestBodySize: MAX_BODY_BYTES,
    });
    transport.onerror = (err) => logger().warn("mcp: transport error", { err });
    try {
      await server.connect(transport);
      return await transport.handleRequest(req);
    } finally {
      // JSON responses are complete when handleRequest returns; closing frees the per-request server
      await server.close().catch(() => undefined);
    }
  });
}
