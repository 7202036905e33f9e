import type { LanguageModelV4CallOptions, LanguageModelV4Prompt } from "@ai-sdk/provider";

export interface OfflineToolResult {
  toolName: string;
  /** the tool's JSON output; undefined when it failed or was denied */
  output: unknown;
  error?: string;
  denied?: boolean;
}

export interface OfflineFile {
  mediaType: string;
  data: Uint8Array | string | URL;
}

/** The parts of a prompt the offline policy reads. */
export interface OfflineConversation {
  /** the latest user message's text */
  userText: string;
  /** files (images) attached to the latest user message */
  userFiles: OfflineFile[];
  /** every earlier user message's text, oldest first (for follow-ups like "cheaper ones") */
  earlierUserTexts: string[];
  /** tool results received since the latest user message, in order */
  toolResults: OfflineToolResult[];
  /** names of the tools this call may use */
  tools: ReadonlySet<string>;
  /** the system instructions, if any */
  instructions: string;
}

function textOf(content: { type: string; text?: string }[]): string {
  return content
    .filter((p) => p.type === "text")
    .map((p) => p.text ?? "")
    .join("\n")
    .trim();
}

function resultOf(part: { toolName: string; output: { type: string; value?: unknown; reason?: string } }): OfflineToolResult {
  const o = part.output;
  switch (o.type) {
    case "json":
      return { toolName: part.toolName, output: o.value };
    case "text":
      return { toolName: part.toolName, output: o.value };
    case "execution-denied":
      return { toolName: part.toolName, output: undefined, denied: true, error: o.reason ?? "denied" };
    default:
      return { toolName: part.toolName, output: undefined, error: typeof o.value === "string" ? o.value : JSON.stringify(o.value ?? "error") };
  }
}

export function readConversation(prompt: LanguageModelV4Prompt, tools: NonNullable<LanguageModelV4CallOptions["tools"]>): OfflineConversation {
  let lastUser = -1;
  prompt.forEach((m, i) => {
    if (m.role === "user") lastUser = i;
  });
  const userTexts = prompt.flatMap((m) => (m.role === "user" ? [textOf(m.content)] : []));
  const last = lastUser >= 0 ? prompt[lastUser] : undefined;
  const userFiles: OfflineFile[] = [];
  if (last?.role === "user") {
    for (const p of last.content)
      if (p.type === "file" && (p.data.type === "data" || p.data.type === "url"))
        userFiles.push({ mediaType: p.mediaType, data: p.data.type === "data" ? p.data.data : p.data.url });
  }
  const toolResults: OfflineToolResult[] = [];
  for (const m of prompt.slice(lastUser + 1)) {
    if (m.role !== "tool" && m.role !== "assistant") continue;
    for (const p of m.content) if (p.type === "tool-result") toolResults.push(resultOf(p));
  }
  return {
    userText: userTexts.at(-1) ?? "",
    userFiles,
    earlierUserTexts: userTexts.slice(0, -1),
    toolResults,
    tools: new Set(tools.map((t) => t.name)),
    instructions: prompt
      .filter((m) => m.role === "system")
      .map((m) => m.content)
      .join("\n"),
  };
}
