import { ResourceTemplate, type McpServer } from "@modelcontextprotocol/sdk/server/mcp.js";
import { ErrorCode, McpError, type ReadResourceResult } from "@modelcontextprotocol/sdk/types.js";
import { slugInputSchema } from "@atelier/core/schemas/discovery";
import { TRPCError } from "@trpc/server";
import { toTRPCError } from "../errors.ts";
import type { ToolEnv } from "./tool-kit.ts";
import { artistDetail, artworkDetail } from "./tools/catalogue.ts";

/** The artwork and artist pages as resources a client can attach to a conversation: the same JSON get_artwork / get_artist answer. */
export const RESOURCE_TEMPLATES = {
  artwork: "atelier://artworks/{slug}",
  artist: "atelier://artists/{slug}",
} as const;

export function registerResources(server: McpServer, env: ToolEnv): void {
  server.registerResource(
    "artwork",
    new ResourceTemplate(RESOURCE_TEMPLATES.artwork, { list: undefined }),
    { title: "Artwork page", description: "One artwork as its page shows it (get_artwork's answer), by slug.", mimeType: "application/json" },
    (uri, { slug }) => read(uri, () => artworkDetail(env, slugInputSchema.parse({ slug }))),
  );
  server.registerResource(
    "artist",
    new ResourceTemplate(RESOURCE_TEMPLATES.artist, { list: undefined }),
    { title: "Artist page", description: "One artist with their public works (get_artist's answer), by slug.", mimeType: "application/json" },
    (uri, { slug }) => read(uri, () => artistDetail(env, slugInputSchema.parse({ slug }))),
  );
}

async function read(uri: URL, load: () => Promise<unknown>): Promise<ReadResourceResult> {
  try {
    return { contents: [{ uri: uri.href, mimeType: "application/json", text: JSON.stringify(await load()) }] };
  } catch (e) {
    const mapped = e instanceof TRPCError ? e : toTRPCError(e);
    if (mapped instanceof TRPCError && mapped.code !== "INTERNAL_SERVER_ERROR")
      throw new McpError(ErrorCode.InvalidParams, `${mapped.code}: ${mapped.message}`);
    throw e;
  }
}
