import { Badge, cn } from "@atelier/ui";
import { formatDate, isoDateTime } from "~/lib/dates";

const ITEM_LABEL: Record<string, string> = {
  PAID: "Paid · to ship",
  SHIPPED: "Shipped",
  DELIVERED: "Delivered",
  REFUNDED: "Refunded",
  RESERVED: "Reserved",
  RELEASED: "Released",
};
const ITEM_TONE: Record<string, "neutral" | "accent" | "ok" | "warn"> = { PAID: "warn", SHIPPED: "neutral", DELIVERED: "ok", REFUNDED: "accent" };

export function ItemStatusBadge({ status }: { status: string }) {
  return (
    <Badge tone={ITEM_TONE[status] ?? "neutral"} data-status={status}>
      {ITEM_LABEL[status] ?? status}
    </Badge>
  );
}

const ORDER_LABEL: Record<string, string> = {
  AWAITING_PAYMENT: "Awaiting payment",
  PAID: "Paid",
  EXPIRED: "Expired",
  CANCELLED: "Cancelled",
  REFUNDED: "Refunded",
};
const ORDER_TONE: Record<string, "neutral" | "accent" | "ok" | "warn"> = { AWAITING_PAYMENT: "warn", PAID: "ok", REFUNDED: "accent" };

export function OrderStatusBadge({ status }: { status: string }) {
  return (
    <Badge tone={ORDER_TONE[status] ?? "neutral"} data-status={status}>
      {ORDER_LABEL[status] ?? status}
    </Badge>
  );
}

/** PAID → SHIPPED → DELIVERED for one item, with the dates it reached each step. A refunded item says so instead. */
export function StatusTimeline({
  status,
  paidAt,
  shippedAt,
  deliveredAt,
}: {
  status: string;
  paidAt: Date | null;
  shippedAt: Date | null;
  deliveredAt: Date | null;
}) {
  if (status === "REFUNDED") return <p className="text-sm text-accent-deep">Refunded in full.</p>;
  const steps = [
    { key: "PAID", label: "Paid", at: paidAt, done: true },
    { key: "SHIPPED", label: "Shipped", at: shippedAt, done: status === "SHIPPED" || status === "DELIVERED" },
    { key: "DELIVERED", label: "Delivered", at: deliveredAt, done: status === "DELIVERED" },
  ];
  return (
    <ol className="flex items-start gap-2 text-xs" aria-label="Shipping progress">
      {steps.map((s, i) => (
        <li key={s.key} className="flex min-w-0 flex-1 items-start gap-2" aria-current={s.done && !steps[i + 1]?.done ? "step" : undefined}>
          <span className={cn("mt-0.5 size-3 shrink-0 rounded-full border-2", s.done ? "border-ink bg-ink" : "border-line bg-white")} aria-hidden />
          <span className="min-w-0">
            <span className={cn("block font-medium", s.done ? "text-ink" : "text-muted")}>
              {s.label}
              <span className="sr-only">{s.done ? " (done)" : " (not yet)"}</span>
            </span>
            {s.at ? (
              <time dateTime={isoDateTime(s.at)} className="block text-muted">
                {formatDate(s.at)}
              </time>
            ) : null}
          </span>
        </li>
      ))}
    </ol>
  );
}

/** A shipping address as Checkout collected it (Stripe's shape or a flat one); unknown keys are ignored. */
export function ShippingAddress({ value }: { value: unknown }) {
  const lines = addressLines(value);
  if (!lines.length) return <p className="text-sm text-muted">No shipping address was collected.</p>;
  return (
    <address className="text-sm not-italic leading-6 text-ink">
      {lines.map((l, i) => (
        <span key={i} className="block">
          {l}
        </span>
      ))}
    </address>
  );
}

function addressLines(value: unknown): string[] {
  if (!value || typeof value !== "object") return [];
  const v = value as Record<string, unknown>;
  const a = (v.address && typeof v.address === "object" ? v.address : v) as Record<string, unknown>;
  const str = (x: unknown) => (typeof x === "string" && x.trim() ? x.trim() : null);
  const cityLine = [str(a.postalCode) ?? str(a.postal_code), str(a.city)].filter(Boolean).join(" ");
  return [str(v.name), str(a.line1), str(a.line2), cityLine || null, str(a.state), str(a.country), str(v.phone)].filter((x): x is string => !!x);
}
