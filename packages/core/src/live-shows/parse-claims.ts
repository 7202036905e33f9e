import { emailSchema } from "../schemas/accounts.ts";
import { HANDLE_PATTERN, MAX_BULK_LINES, MAX_ITEM_NUMBER, normaliseHandle } from "../schemas/live-shows.ts";

export interface ParsedClaim {
  /** 1-based line number in the pasted text */
  line: number;
  itemNumber: number;
  handle: string;
  email?: string;
}
export interface BadClaimLine {
  line: number;
  text: string;
  reason: string;
}
export interface ParsedClaimLines {
  claims: ParsedClaim[];
  bad: BadClaimLine[];
}

/** Words viewers and tools put before or after the number ("SOLD 12", "claim 12", "12 mine"). */
const CLAIM_WORDS = new Set(["sold", "claim", "claimed", "claims", "mine", "take", "want", "me"]);
const NUMBER = /^#?(\d+)$/;
const EMAIL_LIKE = /^[^@\s]+@[^@\s]+$/;

/**
 * Reads claims pasted from a comment export, one per line, in any of the shapes viewers write: `12 @jane`,
 * `@jane 12`, `#12 jane jane@x.com`, `jane: 12`, `SOLD 12 @jane`, `claim 12 jane`. A line needs exactly one item
 * number and one handle (an email is optional). Blank lines are skipped; every other line that can't be read is
 * returned in `bad` with the reason, never dropped.
 */
export function parseClaimLines(text: string): ParsedClaimLines {
  const claims: ParsedClaim[] = [];
  const bad: BadClaimLine[] = [];
  const lines = text.split(/\r\n|\r|\n/);
  lines.forEach((rawLine, index) => {
    const line = index + 1;
    const trimmed = rawLine.trim();
    if (trimmed === "") return;
    if (line > MAX_BULK_LINES) {
      bad.push({ line, text: trimmed, reason: `Paste at most ${MAX_BULK_LINES} lines at once` });
      return;
    }
    const result = parseLine(trimmed);
    if ("reason" in result) bad.push({ line, text: trimmed, reason: result.reason });
    else claims.push({ line, ...result });
  });
  return { claims, bad };
}

function parseLine(text: string): Omit<ParsedClaim, "line"> | { reason: string } {
  // "jane: 12" / "jane:12" / "jane, 12": a colon or comma separates the commenter's name from the comment
  const tokens = text
    .replace(/[:,;]/g, " ")
    .split(/\s+/)
    .filter((t) => t !== "");
  const numbers: number[] = [];
  const handles: string[] = [];
  const emails: string[] = [];
  for (const token of tokens) {
    const n = NUMBER.exec(token);
    if (n) numbers.push(Number(n[1]));
    else if (EMAIL_LIKE.test(token)) emails.push(token);
    else if (!CLAIM_WORDS.has(token.toLowerCase())) handles.push(token);
  }
  if (numbers.length === 0) return { reason: "No item number" };
  if (numbers.length > 1) return { reason: `More than one item number (${numbers.join(", ")}): one claim per line` };
  const itemNumber = numbers[0]!;
  if (itemNumber < 1 || itemNumber > MAX_ITEM_NUMBER) return { reason: `Item numbers go from 1 to ${MAX_ITEM_NUMBER}` };
  if (handles.length === 0) return { reason: "No buyer handle" };
  if (handles.length > 1) return { reason: `More than one name (${handles.join(", ")}): write one handle per line` };
  const handle = normaliseHandle(handles[0]!);
  if (!HANDLE_PATTERN.test(handle)) return { reason: `“${handles[0]}” is not a handle (letters, digits, dots, dashes, underscores)` };
  if (emails.length > 1) return { reason: "More than one email address" };
  if (emails.length === 0) return { itemNumber, handle };
  const email = emailSchema.safeParse(emails[0]);
  if (!email.success) return { reason: `“${emails[0]}” is not a valid email address` };
  return { itemNumber, handle, email: email.data };
}
