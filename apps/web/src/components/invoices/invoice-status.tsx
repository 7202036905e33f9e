import { Badge } from "@atelier/ui";

const LABEL: Record<string, { text: string; tone: "neutral" | "accent" | "ok" | "warn" }> = {
  DRAFT: { text: "Not sent to Stripe", tone: "warn" },
  OPEN: { text: "Open", tone: "neutral" },
  PAID: { text: "Paid", tone: "ok" },
  VOID: { text: "Void", tone: "accent" },
  UNCOLLECTIBLE: { text: "Uncollectible", tone: "accent" },
};

export function InvoiceStatusBadge({ status }: { status: string }) {
  const l = LABEL[status] ?? { text: status, tone: "neutral" as const };
  return (
    <Badge tone={l.tone} data-testid="invoice-status">
      {l.text}
    </Badge>
  );
}
