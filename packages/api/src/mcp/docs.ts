import { MCP_TOOLS } from "./server.ts";

/** The README's tool table, generated from the definitions (a test keeps the README equal to it). */
export function toolTableMarkdown(): string {
  const rows = MCP_TOOLS.map(
    (t) => `| \`${t.name}\` | ${t.scope ? `\`${t.scope}\`` : "anonymous, or a token with `catalogue:read`"} | ${t.writes ? "yes" : "no"} | ${t.title} |`,
  );
  return ["| tool | token scope | writes | what it does |", "| --- | --- | --- | --- |", ...rows].join("\n");
}
