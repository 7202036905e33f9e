import { Badge } from "@atelier/ui";

const LABELS = { DRAFT: "Not started", LIVE: "Live", ENDED: "Ended" } as const;
const TONES = { DRAFT: "neutral", LIVE: "accent", ENDED: "ok" } as const;

export function ShowStatusBadge({ status }: { status: keyof typeof LABELS }) {
  return <Badge tone={TONES[status]}>{LABELS[status]}</Badge>;
}
