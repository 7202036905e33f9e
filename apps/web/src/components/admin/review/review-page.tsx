import { Badge, Card, containerClass } from "@atelier/ui";
import Link from "next/link";
import { formatDateTime } from "~/lib/dates";
import { ReviewActions, type ReviewKind } from "./review-actions";

export function Field({ label, children }: { label: string; children: React.ReactNode }) {
  return (
    <div>
      <dt className="text-xs font-semibold uppercase tracking-widest text-muted">{label}</dt>
      <dd className="mt-1.5 text-ink">{children}</dd>
    </div>
  );
}

export const externalLink = (url: string | null) =>
  url ? (
    <a href={url} target="_blank" rel="noreferrer noopener" className="break-all text-accent-deep underline">
      {url}
    </a>
  ) : (
    <span className="text-muted">—</span>
  );

export interface ReviewedApplication {
  id: string;
  status: string;
  submittedAt: Date | null;
  reviewedAt: Date | null;
  rejectionReason: string | null;
  user: { name: string; email: string };
  reviewedBy: { name: string } | null;
}

/** One application under review: who applied, what they wrote (`children`, a list of `Field`s) and the decision. */
export function ReviewPage(props: {
  kind: ReviewKind;
  back: { href: string; label: string };
  title: string;
  app: ReviewedApplication;
  children: React.ReactNode;
}) {
  const { app } = props;
  return (
    <div className={containerClass("py-12")}>
      <Link href={props.back.href} className="text-sm text-ink-soft hover:text-ink">
        ← {props.back.label}
      </Link>
      <div className="mt-4 flex flex-wrap items-center gap-3">
        <h1 className="text-4xl">{props.title}</h1>
        <Badge tone={app.status === "APPROVED" ? "ok" : app.status === "REJECTED" ? "warn" : "accent"} data-testid="application-status">
          {app.status.charAt(0) + app.status.slice(1).toLowerCase()}
        </Badge>
      </div>
      <p className="mt-2 text-ink-soft">
        {app.user.name} · {app.user.email} · submitted {formatDateTime(app.submittedAt)}
      </p>
      <div className="mt-8 grid gap-8 lg:grid-cols-[1fr_20rem]">
        <Card className="p-6 sm:p-8">
          <dl className="grid gap-6">{props.children}</dl>
        </Card>
        <aside>
          <Card className="p-6">
            {app.status === "PENDING" ? (
              <ReviewActions id={app.id} kind={props.kind} />
            ) : (
              <div className="space-y-3 text-sm text-ink-soft">
                <p>
                  Reviewed by <span className="text-ink">{app.reviewedBy?.name ?? "—"}</span> on {formatDateTime(app.reviewedAt)}.
                </p>
                {app.rejectionReason ? (
                  <blockquote className="border-l-2 border-accent pl-3 whitespace-pre-line text-ink">{app.rejectionReason}</blockquote>
                ) : null}
              </div>
            )}
          </Card>
        </aside>
      </div>
    </div>
  );
}
