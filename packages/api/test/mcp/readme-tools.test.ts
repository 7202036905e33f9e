import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { toolTableMarkdown } from "../../src/mcp/docs.ts";

describe("README: Outside AI assistants (MCP)", () => {
  it("lists exactly the tools the server defines (regenerate the table with toolTableMarkdown() when a tool changes)", () => {
    const readme = fs.readFileSync(path.join(import.meta.dirname, "../../../../README.md"), "utf8");
    const section = readme.slice(readme.indexOf("## Outside AI assistants (MCP)"));
    expect(section).toContain(toolTableMarkdown());
  });
});
