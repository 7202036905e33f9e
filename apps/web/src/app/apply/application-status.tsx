"use client";

import { Alert, Badge, Button, buttonClass, Card } from "@atelier/ui";
import { useMutation } from "@tanstack/react-query";
import Link from "next/link";
import { useRouter } from "next/navigation";
import { useTRPC } from "~/trpc/react";
import { formatDate } from "~/lib/dates";

interface Props {
  isArtist: boolean;
  accessRemoved?: boolean;
  application: { status: string; displayName: string; submittedAt: string | null; reviewedAt: string | null; rejectionReason: string | null } | null;
}

const fmt = (iso: string | null) => formatDate(iso);

export function ApplicationStatus({ isArtist, accessRemoved = false, application }: Props) {
  const trpc = useTRPC();
  const router = useRouter();
  const withdraw = useMutation(trpc.artist.application.withdraw.mutationOptions({ onSuccess: () => router.refresh() }));

  if (accessRemoved && application?.status !== "PENDING") {
    return (
      <Card className="p-8" data-testid="application-status" data-status="ACCESS_REMOVED">
        <Badge tone="neutral">Artist access removed</Badge>
        <h2 className="mt-4 text-3xl">Your artist access was removed</h2>
        <p className="mt-3 text-ink-soft">An admin removed your artist access and your works were taken off sale. You can apply again.</p>
        <Link href="/apply?new=1" className={buttonClass("primary", "mt-6")}>
          Apply again
        </Link>
      </Card>
    );
  }

  if (isArtist || application?.status === "APPROVED") {
    return (
      <Card className="p-8" data-testid="application-status" data-status="APPROVED">
        <Badge tone="ok">Approved</Badge>
        <h2 className="mt-4 text-3xl">Welcome to Atelier{application ? `, ${application.displayName}` : ""}.</h2>
        <p className="mt-3 text-ink-soft">
          Your artist profile is ready. Next, connect your payout account with Stripe in your studio, then add your first works.
        </p>
        <Link href="/studio" className={buttonClass("primary", "mt-6")}>
          Open your studio
        </Link>
      </Card>
    );
  }
  if (application?.status === "PENDING") {
    return (
      <Card className="p-8" data-testid="application-status" data-status="PENDING">
        <Badge tone="accent">Under review</Badge>
        <h2 className="mt-4 text-3xl">Thank you, {application.displayName}.</h2>
        <p className="mt-3 text-ink-soft">
          Your application was submitted on {fmt(application.submittedAt)} and is with our curators. We will write to you as soon as it has been reviewed.
        </p>
        {withdraw.error ? <Alert className="mt-4">{withdraw.error.message}</Alert> : null}
        <Button variant="ghost" className="mt-6 -ml-3" disabled={withdraw.isPending} onClick={() => withdraw.mutate()}>
          {withdraw.isPending ? "Withdrawing…" : "Withdraw application"}
        </Button>
      </Card>
    );
  }
  const rejected = application?.status === "REJECTED";
  return (
    <Card className="p-8" data-testid="application-status" data-status={application?.status}>
      <Badge tone="warn">{rejected ? "Not accepted" : "Withdrawn"}</Badge>
      <h2 className="mt-4 text-3xl">{rejected ? "About your application" : "You withdrew your application"}</h2>
      {rejected ? (
        <>
          <p className="mt-3 text-ink-soft">Our curators reviewed your application on {fmt(application?.reviewedAt ?? null)}. Their note:</p>
          <blockquote
            className="mt-4 whitespace-pre-line border-l-2 border-accent bg-paper-deep/60 px-5 py-4 font-display text-lg text-ink"
            data-testid="rejection-reason"
          >
            {application?.rejectionReason}
          </blockquote>
          <p className="mt-4 text-ink-soft">You are welcome to apply again whenever your portfolio has grown.</p>
        </>
      ) : (
        <p className="mt-3 text-ink-soft">You can start a new application whenever you are ready.</p>
      )}
      <Link href="/apply?new=1" className={buttonClass("primary", "mt-6")}>
        Start a new application
      </Link>
    </Card>
  );
}
