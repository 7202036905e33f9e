import { parseSearchRequest, type SearchRequest } from "./intent.ts";

/** "tell me when", "let me know if", "alert me about", "save a search for", "watch for", "I'm waiting for" … */
const ASK_FOR_ALERT = new RegExp(
  String.raw`^(?:(?:hi|hey|hello|please|ok|okay)[\s,!]+)*(?:(?:can|could|would|will)\s+you\s+(?:please\s+)?)?(?:` +
    [
      String.raw`(?:tell|let|notify|alert|email|e-mail|ping|message|warn)\s+me(?:\s+know)?\s+(?:when(?:ever)?|if|as\s+soon\s+as|once)`,
      String.raw`(?:notify|alert|email|e-mail)\s+me\s+(?:about|of)`,
      String.raw`(?:set\s+up|create|add|make|save)\s+(?:an?\s+|my\s+)?(?:alerts?|saved\s+search(?:es)?|search\s+alerts?)\s+(?:for|on|about)`,
      String.raw`save\s+(?:this|a|the|my)\s+search(?:\s+for)?`,
      String.raw`(?:keep\s+an\s+eye\s+out|watch\s+out|look\s+out|watch)\s+for`,
      String.raw`i'?m\s+(?:waiting|looking\s+out)\s+for`,
    ].join("|") +
    String.raw`)\s+(.+)$`,
  "i",
);

/** The verb that ends "… appears": it says when, not what. */
const APPEARS =
  /\s+(?:appears?|comes?\s+(?:up|in|along|out)|(?:is|are|gets?)\s+(?:listed|published|added|posted|uploaded)|shows?\s+up|turns?\s+up|becomes?\s+available|arrives?|goes\s+on\s+sale|is\s+(?:for\s+sale|available))(?:\s+(?:on|at)\s+atelier)?\s*$/i;

/**
 * "tell me when a small blue abstract under €800 appears" → the search to save: size small, up to
 * €800, words "blue abstract". Null when the message does not ask to be told about new works.
 */
export function readSaveSearchRequest(text: string): SearchRequest | null {
  const m = ASK_FOR_ALERT.exec(text.trim().replace(/[\s.!?]+$/, ""));
  if (!m?.[1]) return null;
  const what = m[1]
    .replace(APPEARS, "")
    .replace(/^(?:(?:a|an|any|another|some|new|more|the\s+next)\s+)+/i, "")
    .trim();
  return what ? parseSearchRequest(what) : null;
}
