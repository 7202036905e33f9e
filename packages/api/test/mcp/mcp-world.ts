import type { Db } from "@atelier/db";
import { Client } from "@modelcontextprotocol/sdk/client/index.js";
import { StreamableHTTPClientTransport } from "@modelcontextprotocol/sdk/client/streamableHttp.js";
import type { CallToolResult } from "@modelcontextprotocol/sdk/types.js";
import http from "node:http";
import type { AddressInfo } from "node:net";
import { createContext } from "../../src/index.ts";
import { handleMcpRequest } from "../../src/http/mcp.ts";
import type { PaymentsWorld } from "../payments/world.ts";

/**
 * The MCP route handler on a real local HTTP server (node:http adapted to the Fetch Request/Response the
 * Next.js route hands it), with the context the web app builds: no session, bearer tokens only.
 */
export interface McpEndpoint {
  url: string;
  close(): Promise<void>;
}

export async function startMcpEndpoint(db: Db, world: PaymentsWorld): Promise<McpEndpoint> {
  let appUrl = "";
  let n = 0;
  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on("data", (c: Buffer) => chunks.push(c));
    req.on("end", () => {
      const headers = new Headers();
      for (const [k, v] of Object.entries(req.headers)) if (typeof v === "string") headers.set(k, v);
      const request = new Request(`${appUrl}${req.url ?? "/"}`, {
        method: req.method,
        headers,
        body: req.method === "GET" || req.method === "HEAD" ? undefined : Buffer.concat(chunks),
      });
      void handleMcpRequest(request, {
        appUrl,
        createContext: (r) =>
          createContext({
            db,
            headers: r.headers,
            getSessionUserId: async () => null,
            clientIp: `203.0.113.${(++n % 250) + 1}`,
            events: world.jobDeps.events,
            payments: world.payments,
            clock: world.jobDeps.now,
            appUrl,
            surface: "mcp",
          }),
      }).then(async (r) => {
        res.writeHead(r.status, Object.fromEntries(r.headers.entries()));
        res.end(Buffer.from(await r.arrayBuffer()));
      });
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  appUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    url: `${appUrl}/api/mcp`,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

/** An MCP client (the official SDK's) connected over Streamable HTTP, with a bearer token or anonymous. */
export async function connectAgent(endpoint: McpEndpoint, token?: string): Promise<Client> {
  const client = new Client({ name: "atelier-test-agent", version: "1.0.0" });
  const transport = new StreamableHTTPClientTransport(new URL(endpoint.url), {
    requestInit: token ? { headers: { authorization: `Bearer ${token}` } } : undefined,
  });
  await client.connect(transport);
  return client;
}

export async function callTool(client: Client, name: string, args: Record<string, unknown> = {}): Promise<CallToolResult> {
  return (await client.callTool({ name, arguments: args })) as CallToolResult;
}

/** The structured answer of a tool that succeeded (fails the test with the tool's own words otherwise). */
export async function answer<T = Record<string, unknown>>(client: Client, name: string, args: Record<string, unknown> = {}): Promise<T> {
  const r = await callTool(client, name, args);
  if (r.isError) throw new Error(`${name} failed: ${JSON.stringify(r.content)}`);
  return r.structuredContent as T;
}

/** The text of a tool error ("CODE: message" and one line per field). */
export function errorText(r: CallToolResult): string {
  return r.content.map((c) => (c.type === "text" ? c.text : "")).join("\n");
}
