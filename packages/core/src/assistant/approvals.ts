import type { UIMessage } from "ai";

type Part = UIMessage["parts"][number];
type ApprovalPart = Part & { toolCallId: string; state: string; approval?: { id: string; approved?: boolean; reason?: string } };

const isToolPart = (p: Part): p is ApprovalPart => typeof (p as { toolCallId?: unknown }).toolCallId === "string";

/**
 * The client answers an approval request by sending back the assistant message it was shown.
 * Only the decisions are taken from it: each stored "approval-requested" part becomes
 * "approval-responded" with the user's yes or no. Everything else stays as the server stored
 * it, so a modified client cannot rewrite what the assistant said or what a tool returned.
 */
export function applyApprovalDecisions(stored: UIMessage, incoming: UIMessage): { message: UIMessage; decided: number } {
  const decisions = new Map<string, { approved: boolean; reason?: string }>();
  for (const p of incoming.parts) {
    if (isToolPart(p) && p.state === "approval-responded" && p.approval && typeof p.approval.approved === "boolean") {
      decisions.set(p.approval.id, {
        approved: p.approval.approved,
        reason: typeof p.approval.reason === "string" ? p.approval.reason.slice(0, 500) : undefined,
      });
    }
  }
  let decided = 0;
  const parts = stored.parts.map((p) => {
    if (!isToolPart(p) || p.state !== "approval-requested" || !p.approval) return p;
    const d = decisions.get(p.approval.id);
    if (!d) return p;
    decided++;
    return { ...p, state: "approval-responded", approval: { ...p.approval, approved: d.approved, ...(d.reason ? { reason: d.reason } : {}) } } as Part;
  });
  return { message: { ...stored, parts }, decided };
}
