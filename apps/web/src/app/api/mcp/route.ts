import { handleMcpRequest } from "@atelier/api";
import { env } from "~/env";
import { requestContext } from "~/server/request-context";

/**
 * The MCP endpoint for outside AI assistants (packages/api/src/http/mcp.ts). Never the session cookie:
 * an agent acts for a person only with that person's bearer token, so a browser cannot be made to lend it a session.
 */
function handler(req: Request) {
  return handleMcpRequest(req, {
    createContext: (r) => requestContext(r.headers, async () => null, undefined, "mcp"),
    appUrl: env.APP_URL?.replace(/\/$/, ""),
  });
}

export { handler as DELETE, handler as GET, handler as POST };
