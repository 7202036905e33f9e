import { toolTableMarkdown } from "../packages/api/src/mcp/docs.ts";

/** Prints the MCP tool table for the README (section "Outside AI assistants (MCP)"), generated from the server's definitions. */
console.log(toolTableMarkdown());
