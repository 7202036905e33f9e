import { isAppError } from "../errors.ts";
import { z } from "zod";
import type { LiveShowDeps } from "./deps.ts";
import { recordClaim, type ClaimOutcome } from "./claim.ts";
import { parseClaimLines, type BadClaimLine } from "./parse-claims.ts";
import { AppError } from "../errors.ts";

export interface BulkLineResult {
  line: number;
  itemNumber: number;
  handle: string;
  /** claimed: holds the item; queued: in line; existing: the buyer had already claimed it; refused: see reason */
  result: "claimed" | "queued" | "existing" | "refused";
  position?: number;
  reason?: string;
}

const RESULT: Record<ClaimOutcome, BulkLineResult["result"]> = { holding: "claimed", queued: "queued", existing: "existing" };

/**
 * Records the readable lines of a pasted comment export in their order (so earlier comments win), each line its
 * own claim: one refused line (unknown item, …) does not undo the others. Reports every line: recorded, refused
 * with the reason, or unreadable (`bad`). A show that is not live refuses the whole paste before anything is written.
 */
export async function recordBulkClaims(deps: LiveShowDeps, input: { showId: string; text: string }) {
  const show = await deps.db.liveShow.findUnique({ where: { id: input.showId }, select: { status: true } });
  if (!show) throw new AppError("NOT_FOUND", "We couldn't find that show.");
  if (show.status !== "LIVE") throw AppError.field("PRECONDITION_FAILED", "showId", "Start the show to record claims.");
  const { claims, bad } = parseClaimLines(input.text);
  const lines: BulkLineResult[] = [];
  for (const c of claims) {
    try {
      const r = await recordClaim(deps, { showId: input.showId, itemNumber: c.itemNumber, handle: c.handle, email: c.email });
      lines.push({ line: c.line, itemNumber: c.itemNumber, handle: c.handle, result: RESULT[r.outcome], position: r.claim.position });
    } catch (e) {
      lines.push({ line: c.line, itemNumber: c.itemNumber, handle: c.handle, result: "refused", reason: refusal(e) });
    }
  }
  return { lines, bad: bad satisfies BadClaimLine[] };
}

function refusal(e: unknown): string {
  if (isAppError(e)) return e.message;
  if (e instanceof z.ZodError) return e.issues[0]?.message ?? "Invalid claim";
  throw e;
}
